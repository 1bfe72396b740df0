using System.Text.Json;

namespace Kraken.Codegen.Tool.Introspection;

/// <summary>
/// What a server's introspection supports beyond the oldest common form, read from its own meta-types, so that the
/// introspection query asks for everything the server can answer and nothing it would reject.
/// </summary>
internal sealed record IntrospectionCapabilities(
    bool SchemaDescription,
    bool SpecifiedByUrl,
    bool IsOneOf,
    bool IsRepeatable,
    bool DeprecatedFieldArguments,
    bool DeprecatedDirectiveArguments,
    bool DeprecatedInputFields,
    bool InputValueDeprecation)
{
    public static IntrospectionCapabilities All { get; } = new(true, true, true, true, true, true, true, true);

    public static IntrospectionCapabilities None { get; } = new(false, false, false, false, false, false, false, false);

    public const string ProbeQuery = """
        query IntrospectionCapabilities {
          schemaType: __type(name: "__Schema") { fields { name } }
          typeType: __type(name: "__Type") { fields { name args { name } } }
          fieldType: __type(name: "__Field") { fields { name args { name } } }
          directiveType: __type(name: "__Directive") { fields { name args { name } } }
          inputValueType: __type(name: "__InputValue") { fields { name } }
        }
        """;

    /// <summary>Reads the probe's answer (<c>{"data": …}</c>); null when it holds no data.</summary>
    public static IntrospectionCapabilities? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new IntrospectionCapabilities(
            SchemaDescription: HasField(data, "schemaType", "description"),
            SpecifiedByUrl: HasField(data, "typeType", "specifiedByURL"),
            IsOneOf: HasField(data, "typeType", "isOneOf"),
            IsRepeatable: HasField(data, "directiveType", "isRepeatable"),
            DeprecatedFieldArguments: HasArgument(data, "fieldType", "args", "includeDeprecated"),
            DeprecatedDirectiveArguments: HasArgument(data, "directiveType", "args", "includeDeprecated"),
            DeprecatedInputFields: HasArgument(data, "typeType", "inputFields", "includeDeprecated"),
            InputValueDeprecation: HasField(data, "inputValueType", "isDeprecated"));
    }

    private static IEnumerable<JsonElement> Fields(JsonElement data, string alias) =>
        data.TryGetProperty(alias, out var type) && type.ValueKind == JsonValueKind.Object
        && type.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array
            ? fields.EnumerateArray()
            : Enumerable.Empty<JsonElement>();

    private static bool HasField(JsonElement data, string alias, string field) =>
        Fields(data, alias).Any(f => f.TryGetProperty("name", out var name) && name.GetString() == field);

    private static bool HasArgument(JsonElement data, string alias, string field, string argument) =>
        Fields(data, alias).Any(f =>
            f.TryGetProperty("name", out var name) && name.GetString() == field
            && f.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Array
            && args.EnumerateArray().Any(a => a.TryGetProperty("name", out var argumentName) && argumentName.GetString() == argument));
}
