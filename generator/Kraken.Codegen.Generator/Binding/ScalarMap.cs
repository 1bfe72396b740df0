using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>How one GraphQL scalar becomes a CLR type, and the calls that read and write it.</summary>
internal sealed record ScalarInfo(string ClrType, bool IsValueType, string ReadCall, string WriteCall, bool IsFallback)
{
    /// <summary>An expression reading the value the reader stands on.</summary>
    public string Read() => ReadCall + "(ref reader)";

    /// <summary>A statement writing <paramref name="value"/>.</summary>
    public string Write(string value) => WriteCall + "(writer, " + value + ");";
}

/// <summary>
/// The scalar mappings: the specification's five, Kraken's custom scalars (documented in the README), and the
/// user's own from MSBuild items, which take precedence. Anything else becomes <c>JsonElement</c>.
/// </summary>
internal sealed class ScalarMap
{
    private const string Json = "global::Kraken.Codegen.Runtime.Json.GraphQLJson.";

    private static readonly Dictionary<string, ScalarInfo> Defaults = new(StringComparer.Ordinal)
    {
        ["Int"] = Builtin("int", true, "Int32"),
        ["Float"] = Builtin("double", true, "Double"),
        ["String"] = Builtin("string", false, "String"),
        ["Boolean"] = Builtin("bool", true, "Boolean"),
        ["ID"] = Builtin("string", false, "Id"),
        ["DateTime"] = Builtin("global::System.DateTimeOffset", true, "DateTimeOffset"),
        ["Date"] = Builtin("global::System.DateOnly", true, "DateOnly"),
        ["Time"] = Builtin("global::System.TimeOnly", true, "TimeOnly"),
        ["Decimal"] = Builtin("decimal", true, "Decimal"),
        ["FloatSafeDecimal"] = Builtin("decimal", true, "Decimal"),
        ["BigInt"] = Builtin("long", true, "Int64"),
        ["Long"] = Builtin("long", true, "Int64"),
        ["UUID"] = Builtin("global::System.Guid", true, "Guid"),
        ["GenericScalar"] = Builtin("global::System.Text.Json.JsonElement", true, "JsonElement"),
        ["JSON"] = Builtin("global::System.Text.Json.JsonElement", true, "JsonElement"),
        // JSONString carries JSON inside a string; it stays a string so nothing is lost or re-parsed behind the caller's back.
        ["JSONString"] = Builtin("string", false, "String"),
        ["Email"] = Builtin("string", false, "String"),
        ["NonEmptyString"] = Builtin("string", false, "String"),
        ["NonEmptyID"] = Builtin("string", false, "Id"),
        ["URI"] = Builtin("string", false, "String"),
        ["URL"] = Builtin("string", false, "String"),
    };

    private static readonly ScalarInfo Fallback = new("global::System.Text.Json.JsonElement", true, Json + "ReadJsonElement", Json + "WriteJsonElement", IsFallback: true);

    private readonly Dictionary<string, ScalarInfo> _userMappings = new(StringComparer.Ordinal);

    public ScalarMap(IEnumerable<ScalarMapping> userMappings)
    {
        foreach (var mapping in userMappings)
        {
            var converter = mapping.Converter.StartsWith("global::", StringComparison.Ordinal) ? mapping.Converter : "global::" + mapping.Converter;
            var clrType = mapping.ClrType.Contains(".") && !mapping.ClrType.StartsWith("global::", StringComparison.Ordinal) ? "global::" + mapping.ClrType : mapping.ClrType;
            _userMappings[mapping.GraphQLName] = new ScalarInfo(clrType, mapping.IsValueType, converter + ".Read", converter + ".Write", IsFallback: false);
        }
    }

    public ScalarInfo Get(string scalarName) =>
        _userMappings.TryGetValue(scalarName, out var user) ? user
        : Defaults.TryGetValue(scalarName, out var known) ? known
        : Fallback;

    public bool IsKnown(string scalarName) => _userMappings.ContainsKey(scalarName) || Defaults.ContainsKey(scalarName);

    /// <summary>The default table, for documentation and tests.</summary>
    public static IReadOnlyDictionary<string, string> DefaultClrTypes => Defaults.ToDictionary(pair => pair.Key, pair => pair.Value.ClrType);

    private static ScalarInfo Builtin(string clrType, bool isValueType, string method) =>
        new(clrType, isValueType, Json + "Read" + method, Json + "Write" + method, IsFallback: false);
}
