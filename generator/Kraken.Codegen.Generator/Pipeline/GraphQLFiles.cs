using System.Globalization;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// How the project's files and MSBuild settings reach the generator and the analyzer (both use this class, so they
/// always agree on what a file is). The conventions are documented in the README:
/// <list type="bullet">
/// <item><c>*.graphqls</c> and files named <c>schema.graphql</c> are schema SDL; <c>*.schema.json</c> files are introspection results.</item>
/// <item>Every other <c>*.graphql</c> file holds operations and fragments.</item>
/// <item>An operation file belongs to the schema in its own folder or the nearest folder above it.</item>
/// <item>The item metadata <c>GraphQLKind</c> (Schema or Operations) overrides the convention for one file.</item>
/// </list>
/// </summary>
internal static class GraphQLFiles
{
    public const string NamespaceProperty = "build_property.KrakenCodegenNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string ClientNameProperty = "build_property.KrakenCodegenClientName";
    public const string AsOfDateProperty = "build_property.KrakenCodegenAsOfDate";
    public const string ScalarsProperty = "build_property.KrakenCodegenScalars";
    public const string ReportUnusedFragmentsProperty = "build_property.KrakenCodegenReportUnusedFragments";
    public const string KindMetadata = "build_metadata.AdditionalFiles.GraphQLKind";
    public const string ClientNameMetadata = "build_metadata.AdditionalFiles.GraphQLClientName";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.GraphQLNamespace";

    public static bool IsCandidate(string path) =>
        path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".graphqls", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

    public static GraphQLFileKind Classify(string path, string? kindMetadata)
    {
        if (string.Equals(kindMetadata, "Schema", StringComparison.OrdinalIgnoreCase))
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GraphQLFileKind.SchemaIntrospection : GraphQLFileKind.SchemaSdl;
        }

        if (string.Equals(kindMetadata, "Operations", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLFileKind.Operations;
        }

        if (path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLFileKind.SchemaIntrospection;
        }

        return path.EndsWith(".graphqls", StringComparison.OrdinalIgnoreCase) || string.Equals(Path.GetFileName(path), "schema.graphql", StringComparison.OrdinalIgnoreCase)
            ? GraphQLFileKind.SchemaSdl
            : GraphQLFileKind.Operations;
    }

    public static GraphQLFileInput? Read(AdditionalText text, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsCandidate(text.Path))
        {
            return null;
        }

        var content = text.GetText(cancellationToken)?.ToString();
        if (content is null)
        {
            return null;
        }

        options.TryGetValue(KindMetadata, out var kind);
        options.TryGetValue(ClientNameMetadata, out var clientName);
        options.TryGetValue(NamespaceMetadata, out var ns);
        return new GraphQLFileInput(
            text.Path,
            Classify(text.Path, NullIfEmpty(kind)),
            content,
            DirectoryOf(text.Path),
            NullIfEmpty(clientName),
            NullIfEmpty(ns));
    }

    /// <summary>The folder of a path, with a trailing separator, so that prefix tests never match a sibling folder.</summary>
    public static string DirectoryOf(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        return directory.Length == 0 ? string.Empty : directory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
    }

    public static GeneratorSettings ReadSettings(AnalyzerConfigOptions global)
    {
        var errors = new List<string>();
        global.TryGetValue(NamespaceProperty, out var ns);
        if (string.IsNullOrWhiteSpace(ns))
        {
            global.TryGetValue(RootNamespaceProperty, out ns);
        }

        ns = (ns ?? string.Empty).Trim();
        if (ns.Length > 0 && !IsValidNamespace(ns))
        {
            errors.Add($"KrakenCodegenNamespace '{ns}' is not a valid C# namespace.");
            ns = "GraphQL.Generated";
        }

        global.TryGetValue(ClientNameProperty, out var clientName);
        if (!string.IsNullOrWhiteSpace(clientName) && !IsIdentifier(clientName!.Trim()))
        {
            errors.Add($"KrakenCodegenClientName '{clientName}' is not a valid C# identifier.");
            clientName = null;
        }

        DateTime? asOf = null;
        if (global.TryGetValue(AsOfDateProperty, out var asOfText) && !string.IsNullOrWhiteSpace(asOfText))
        {
            if (DateTime.TryParseExact(asOfText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                asOf = parsed;
            }
            else
            {
                errors.Add($"KrakenCodegenAsOfDate '{asOfText}' is not a date in the form yyyy-MM-dd.");
            }
        }

        global.TryGetValue(ScalarsProperty, out var scalarsText);
        var scalars = ParseScalarMappings(scalarsText, errors);
        global.TryGetValue(ReportUnusedFragmentsProperty, out var reportUnused);
        var reportUnusedFragments = !string.Equals(reportUnused?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return new GeneratorSettings(ns, NullIfEmpty(clientName?.Trim()), asOf, scalars, errors.ToEquatableArray(), reportUnusedFragments);
    }

    /// <summary>
    /// Reads <c>Name=ClrType|Converter|ValueType</c> entries separated by semicolons (the .targets file builds this
    /// from <c>KrakenCodegenScalar</c> items).
    /// </summary>
    public static EquatableArray<ScalarMapping> ParseScalarMappings(string? text, List<string> errors)
    {
        var result = new List<ScalarMapping>();
        foreach (var entry in (text ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = entry.Trim();
            var equals = trimmed.IndexOf('=');
            var parts = equals < 0 ? Array.Empty<string>() : trimmed.Substring(equals + 1).Split('|');
            if (equals <= 0 || parts.Length < 2 || string.IsNullOrWhiteSpace(parts[0]) || string.IsNullOrWhiteSpace(parts[1]))
            {
                errors.Add($"The scalar mapping '{trimmed}' needs a ClrType and a Converter (KrakenCodegenScalar Include=\"Name\" ClrType=\"…\" Converter=\"…\").");
                continue;
            }

            var name = trimmed.Substring(0, equals).Trim();
            var clrType = parts[0].Trim();
            var converter = parts[1].Trim();
            var isValueType = parts.Length > 2 && string.Equals(parts[2].Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (!IsQualifiedName(converter) || !IsTypeName(clrType))
            {
                errors.Add($"The scalar mapping for '{name}' names an invalid type or converter ('{clrType}', '{converter}').");
                continue;
            }

            result.Add(new ScalarMapping(name, clrType, converter, isValueType));
        }

        return result.ToEquatableArray();
    }

    private static bool IsValidNamespace(string ns) => ns.Split('.').All(IsIdentifier);

    private static bool IsQualifiedName(string name) => (name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring(8) : name).Split('.').All(IsIdentifier);

    // Type names may be generic or nullable (NodaTime.Instant, System.Collections.Generic.List<int>); allow the characters of such names only.
    private static bool IsTypeName(string name) => name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '<' or '>' or ',' or ' ' or '?' or ':' or '[' or ']');

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
