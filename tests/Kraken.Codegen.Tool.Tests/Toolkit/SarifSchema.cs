using NJsonSchema;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>Validates SARIF output against Resources/sarif-2.1.0-subset.schema.json (a subset of the official schema; see its description).</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resources", "sarif-2.1.0-subset.schema.json"))).GetAwaiter().GetResult());

    public static void AssertValid(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        Assert.True(errors.Count == 0, "The SARIF log does not match the SARIF 2.1.0 schema:\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }
}
