using System.Reflection;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Sarif;

/// <summary>
/// Writes a SARIF 2.1.0 log with one run: the tool, its rules, and results with one-based regions. Relative paths are
/// written as relative URIs against <c>%SRCROOT%</c> (the folder the command ran in); absolute paths as file URIs.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public static string Write(IReadOnlyList<SarifRule> rules, IReadOnlyList<SarifResult> results)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Directory.GetCurrentDirectory().TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
            foreach (var result in results)
            {
                WriteResult(json, result, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<SarifRule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "kraken-codegen");
        json.WriteString("informationUri", "https://github.com/kraken-codegen/kraken-codegen");
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        json.WriteString("semanticVersion", version.Split('+')[0]);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.ShortDescription);
            json.WriteEndObject();
            // SARIF wants an absolute URI here; a relative help link (a docs path) is left out.
            if (rule.HelpUri is { } help && Uri.TryCreate(help, UriKind.Absolute, out _))
            {
                json.WriteString("helpUri", help);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        if (ruleIndex.TryGetValue(result.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", result.Level);
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        if (result.Location is { } location)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, location.Path);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.StartLine + 1);
            json.WriteNumber("startColumn", location.StartColumn + 1);
            json.WriteNumber("endLine", location.EndLine + 1);
            json.WriteNumber("endColumn", location.EndColumn + 1);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
    }

    /// <summary>The SARIF level of a severity.</summary>
    public static string Level(Core.Diagnostics.GraphQLDiagnosticSeverity severity) => severity switch
    {
        Core.Diagnostics.GraphQLDiagnosticSeverity.Error => "error",
        Core.Diagnostics.GraphQLDiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
