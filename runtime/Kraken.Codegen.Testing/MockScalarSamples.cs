using System.Text.Json;

namespace Kraken.Codegen.Testing;

/// <summary>
/// The value the mock answers for each scalar when nothing more specific is configured, in the style of the Kraken
/// reference examples. Change entries through <see cref="MockGraphQLServerOptions.ScalarSamples"/>.
/// </summary>
public static class MockScalarSamples
{
    /// <summary>The answer for a custom scalar that has no entry in the table.</summary>
    public const string UnknownCustomScalar = "abc123";

    /// <summary>A fresh, editable copy of the default table, keyed by scalar name.</summary>
    public static Dictionary<string, object?> CreateDefaults() => new(StringComparer.Ordinal)
    {
        ["String"] = "abc123",
        ["ID"] = "abc123",
        ["Int"] = 1,
        ["Float"] = 1.0m,
        ["Boolean"] = true,
        ["DateTime"] = "2020-01-01T00:00:00.000Z",
        ["Date"] = "2020-01-01",
        ["Time"] = "00:00:00",
        ["JSONString"] = """{"key": "value"}""",
        ["GenericScalar"] = KeyValueObject(),
        ["JSON"] = KeyValueObject(),
        ["Decimal"] = 1.0m,
        ["FloatSafeDecimal"] = 1.0m,
    };

    private static JsonElement KeyValueObject() => JsonDocument.Parse("""{"key": "value"}""").RootElement.Clone();
}
