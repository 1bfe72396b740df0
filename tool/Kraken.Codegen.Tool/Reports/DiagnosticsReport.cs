using System.Text;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Tool.Sarif;

namespace Kraken.Codegen.Tool.Reports;

/// <summary>Validation diagnostics as compiler-style text, JSON or SARIF.</summary>
internal static class DiagnosticsReport
{
    public static string Text(IReadOnlyList<GraphQLDiagnostic> diagnostics, Terminal.TerminalStyle? style = null)
    {
        style ??= Terminal.TerminalStyle.Plain;
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            // "file(line,col): error KGQL0206: …" with the severity word in its colour.
            var line = diagnostic.ToString();
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            var marker = line.IndexOf(": " + severity + " ", StringComparison.Ordinal);
            text.Append(marker < 0 ? line : line.Substring(0, marker + 2) + style.Severity(severity) + line.Substring(marker + 2 + severity.Length)).Append('\n');
        }

        text.Append(Summary(diagnostics)).Append('\n');
        return text.ToString();
    }

    public static string Summary(IReadOnlyList<GraphQLDiagnostic> diagnostics) =>
        $"{diagnostics.Count(d => d.IsError)} error(s), {diagnostics.Count(d => d.Severity == GraphQLDiagnosticSeverity.Warning)} warning(s).";

    public static string Json(IReadOnlyList<GraphQLDiagnostic> diagnostics) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("errorCount", diagnostics.Count(d => d.IsError));
        json.WriteNumber("warningCount", diagnostics.Count(d => d.Severity == GraphQLDiagnosticSeverity.Warning));
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("title", diagnostic.Descriptor.Title);
            json.WriteString("message", diagnostic.Message);
            JsonText.WriteLocation(json, diagnostic.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Sarif(IReadOnlyList<GraphQLDiagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new SarifRule(d.Id, d.Title.Replace(" ", string.Empty, StringComparison.Ordinal), d.Title, d.HelpLink))
            .ToList();
        var results = diagnostics.Select(d => new SarifResult(d.Id, SarifWriter.Level(d.Severity), d.Message, d.Location)).ToList();
        return SarifWriter.Write(rules, results);
    }
}
