using NJsonSchema;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// Validates SARIF output against the official SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, fetched at build time
/// from npm, see the project file) when it is available, and always against Resources/sarif-2.1.0-subset.schema.json,
/// a hand-written subset that needs no network.
/// </summary>
internal static class SarifSchema
{
    public static readonly string OfficialPath = Path.Combine(AppContext.BaseDirectory, "Resources", "sarif-2.1.0-rtm.5.json");

    private static readonly Lazy<JsonSchema> Subset = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Resources", "sarif-2.1.0-subset.schema.json")));

    private static readonly Lazy<JsonSchema?> Official = new(() => File.Exists(OfficialPath) ? Load(OfficialPath) : null);

    public static bool OfficialAvailable => Official.Value is not null;

    public static void AssertValid(string sarif)
    {
        AssertValid(Subset.Value, sarif, "the SARIF 2.1.0 subset schema");
        if (Official.Value is { } official)
        {
            AssertValid(official, sarif, "the official SARIF 2.1.0 schema");
        }
    }

    public static void AssertValidAgainstOfficial(string sarif)
    {
        Skip.If(Official.Value is null, "The official SARIF schema was not fetched at build time (npm or the npm registry was unavailable); the subset schema still checks the output.");
        AssertValid(Official.Value!, sarif, "the official SARIF 2.1.0 schema");
    }

    private static void AssertValid(JsonSchema schema, string sarif, string which)
    {
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, $"The SARIF log does not match {which}:\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    private static JsonSchema Load(string path) => JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult();
}
