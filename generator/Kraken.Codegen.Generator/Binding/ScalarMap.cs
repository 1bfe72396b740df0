using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// The scalar mappings: the specification's five, Kraken's custom scalars (documented in the README), and the
/// user's own from MSBuild items, which take precedence. Anything else is read as any JSON value (a fallback that
/// the generator warns about).
/// </summary>
internal sealed class ScalarMap
{
    private static readonly Dictionary<string, ScalarSpec> Defaults = new(StringComparer.Ordinal)
    {
        ["Int"] = new(ScalarKind.Int32),
        ["Float"] = new(ScalarKind.Double),
        ["String"] = new(ScalarKind.String),
        ["Boolean"] = new(ScalarKind.Boolean),
        ["ID"] = new(ScalarKind.Id),
        ["DateTime"] = new(ScalarKind.DateTimeOffset),
        ["Date"] = new(ScalarKind.DateOnly),
        ["Time"] = new(ScalarKind.TimeOnly),
        ["Decimal"] = new(ScalarKind.Decimal),
        ["FloatSafeDecimal"] = new(ScalarKind.Decimal),
        ["BigInt"] = new(ScalarKind.Int64),
        ["Long"] = new(ScalarKind.Int64),
        ["UUID"] = new(ScalarKind.Guid),
        ["GenericScalar"] = new(ScalarKind.JsonElement),
        ["JSON"] = new(ScalarKind.JsonElement),
        // JSONString carries JSON inside a string; it stays a string so nothing is lost or re-parsed behind the caller's back.
        ["JSONString"] = new(ScalarKind.String),
        ["Email"] = new(ScalarKind.String),
        ["NonEmptyString"] = new(ScalarKind.String),
        ["NonEmptyID"] = new(ScalarKind.Id),
        ["URI"] = new(ScalarKind.String),
        ["URL"] = new(ScalarKind.String),
        // Kraken's role and sector names: strings the server checks against its lists.
        ["BusinessRoleString"] = new(ScalarKind.String),
        ["BusinessSectorString"] = new(ScalarKind.String),
        ["RoleString"] = new(ScalarKind.String),
        // Takes a date, returns the midnight that starts it.
        ["IndustryMidnightAlignedDateField"] = new(ScalarKind.MidnightAlignedDate),
    };

    private static readonly ScalarSpec Fallback = new(ScalarKind.JsonElement);

    private readonly Dictionary<string, ScalarSpec> _userMappings = new(StringComparer.Ordinal);

    public ScalarMap(IEnumerable<ScalarMapping> userMappings)
    {
        foreach (var mapping in userMappings)
        {
            _userMappings[mapping.GraphQLName] = new ScalarSpec(ScalarKind.Custom, mapping.ClrType, mapping.Converter, mapping.IsValueType);
        }
    }

    public ScalarSpec Get(string scalarName) =>
        _userMappings.TryGetValue(scalarName, out var user) ? user
        : Defaults.TryGetValue(scalarName, out var known) ? known
        : Fallback;

    public bool IsKnown(string scalarName) => _userMappings.ContainsKey(scalarName) || Defaults.ContainsKey(scalarName);
}
