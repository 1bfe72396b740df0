using System.Text.Json;

namespace Kraken.Codegen.Testing;

/// <summary>Values flowing through the mock's resolvers are JSON elements, or the marker for "answer with defaults".</summary>
internal static class MockValues
{
    /// <summary>No value was configured: the field answers with sample values.</summary>
    public static readonly object NotProvided = new();

    public static JsonElement ToJson(object? value) => value switch
    {
        JsonElement element => element,
        _ => JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object)),
    };
}
