using System.Globalization;

namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// The project-wide MSBuild settings of Kraken.Codegen (see <c>buildTransitive/Kraken.Codegen.props</c>), read and checked
/// once for the generator, the analyzer and the language server. Problems become <see cref="ConfigurationErrors"/>
/// (the generator reports them as KGQL0504); the faulty setting then keeps its default.
/// </summary>
public sealed record ProjectSettings(
    string Namespace,
    string? ClientName,
    DateTime? AsOfDate,
    IReadOnlyList<ScalarMapping> ScalarMappings,
    IReadOnlyList<string> ConfigurationErrors,
    bool ReportUnusedFragments)
{
    public const string NamespaceProperty = "KrakenCodegenNamespace";
    public const string RootNamespaceProperty = "RootNamespace";
    public const string ClientNameProperty = "KrakenCodegenClientName";
    public const string AsOfDateProperty = "KrakenCodegenAsOfDate";
    public const string ScalarsProperty = "KrakenCodegenScalars";
    public const string ReportUnusedFragmentsProperty = "KrakenCodegenReportUnusedFragments";
    public const string IncludeGraphQLProperty = "KrakenCodegenIncludeGraphQL";

    /// <summary>The settings of a project that sets none.</summary>
    public static ProjectSettings Default { get; } = Read(_ => null);

    /// <summary>The options the validator takes from these settings.</summary>
    public Validation.ValidationOptions ToValidationOptions() => new() { AsOfDate = AsOfDate, ReportUnusedFragments = ReportUnusedFragments };

    /// <summary>Reads the settings through <paramref name="property"/>, which returns an MSBuild property's value or null.</summary>
    public static ProjectSettings Read(Func<string, string?> property)
    {
        var errors = new List<string>();
        var ns = property(NamespaceProperty);
        if (string.IsNullOrWhiteSpace(ns))
        {
            ns = property(RootNamespaceProperty);
        }

        ns = (ns ?? string.Empty).Trim();
        if (ns.Length > 0 && !IsValidNamespace(ns))
        {
            errors.Add($"KrakenCodegenNamespace '{ns}' is not a valid C# namespace.");
            ns = "GraphQL.Generated";
        }

        var clientName = property(ClientNameProperty);
        if (!string.IsNullOrWhiteSpace(clientName) && !IsIdentifier(clientName!.Trim()))
        {
            errors.Add($"KrakenCodegenClientName '{clientName}' is not a valid C# identifier.");
            clientName = null;
        }

        DateTime? asOf = null;
        var asOfText = property(AsOfDateProperty);
        if (!string.IsNullOrWhiteSpace(asOfText))
        {
            if (DateTime.TryParseExact(asOfText!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                asOf = parsed;
            }
            else
            {
                errors.Add($"KrakenCodegenAsOfDate '{asOfText}' is not a date in the form yyyy-MM-dd.");
            }
        }

        var scalars = ParseScalarMappings(property(ScalarsProperty), errors);
        var reportUnusedFragments = !string.Equals(property(ReportUnusedFragmentsProperty)?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var trimmedClientName = clientName?.Trim();
        return new ProjectSettings(ns, string.IsNullOrEmpty(trimmedClientName) ? null : trimmedClientName, asOf, scalars, errors, reportUnusedFragments);
    }

    /// <summary>
    /// Reads <c>Name=ClrType|Converter|ValueType</c> entries separated by semicolons (the .targets file builds this
    /// from <c>KrakenCodegenScalar</c> items).
    /// </summary>
    public static IReadOnlyList<ScalarMapping> ParseScalarMappings(string? text, List<string> errors)
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

        return result;
    }

    /// <summary>
    /// The value of <see cref="ScalarsProperty"/> for <c>KrakenCodegenScalar</c> items, written the way the .targets
    /// file writes it (<c>@(KrakenCodegenScalar->'%(Identity)=%(ClrType)|%(Converter)|%(IsValueType)', ';')</c>).
    /// </summary>
    public static string FormatScalarItems(IEnumerable<(string Name, string? ClrType, string? Converter, string? IsValueType)> items) =>
        string.Join(";", items.Select(item => $"{item.Name}={item.ClrType}|{item.Converter}|{item.IsValueType}"));

    private static bool IsValidNamespace(string ns) => ns.Split('.').All(IsIdentifier);

    private static bool IsQualifiedName(string name) => (name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring(8) : name).Split('.').All(IsIdentifier);

    // Type names may be generic or nullable (NodaTime.Instant, System.Collections.Generic.List<int>); allow the characters of such names only.
    private static bool IsTypeName(string name) => name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '<' or '>' or ',' or ' ' or '?' or ':' or '[' or ']');

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
