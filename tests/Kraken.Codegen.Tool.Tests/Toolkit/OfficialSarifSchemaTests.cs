namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>SARIF output against the official SARIF 2.1.0 JSON schema (fetched at build time; skips when it could not be).</summary>
public sealed class OfficialSarifSchemaTests
{
    private static string OegSchema => ToolkitFiles.InRepository("schema", "kraken-oeg", "schema.graphqls");

    [SkippableFact]
    public void Validate_sarif_output_matches_the_official_schema()
    {
        using var folder = new TemporaryDirectory();
        var operation = Path.Combine(folder.Path, "Broken.graphql");
        File.WriteAllText(operation, "query Broken {\n  account(accountNumber: \"A\") { nope }\n  chargePointDevices { make }\n}\n");

        var sarif = CliRun.Of("validate", "-s", OegSchema, "-p", operation, "--format", "sarif");

        Assert.Equal(1, sarif.ExitCode);
        Assert.Contains("KGQL0206", sarif.Output, StringComparison.Ordinal);
        SarifSchema.AssertValidAgainstOfficial(sarif.Output);
    }

    [SkippableFact]
    public void The_official_schema_rejects_a_log_that_breaks_it()
    {
        // Proves the schema is really applied: a result without its required message is invalid.
        Skip.IfNot(SarifSchema.OfficialAvailable, "The official SARIF schema was not fetched at build time.");
        const string broken = """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"R1"}]}]}""";

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SarifSchema.AssertValidAgainstOfficial(broken));
    }
}

/// <summary>SARIF from <c>diff</c> and <c>deprecations</c>: valid against the official schema, located, and by rule.</summary>
public sealed class DiffAndDeprecationsSarifTests
{
    private static string OegSchema => ToolkitFiles.InRepository("schema", "kraken-oeg", "schema.graphqls");

    [SkippableFact]
    public void Diff_sarif_has_one_located_result_per_change_and_matches_the_official_schema()
    {
        using var folder = new TemporaryDirectory();
        var old = Path.Combine(folder.Path, "old.graphqls");
        var @new = Path.Combine(folder.Path, "new.graphqls");
        File.WriteAllText(old, "type Query {\n  a: Int\n  b: String\n}\nenum Colour { RED GREEN }\n");
        File.WriteAllText(@new, "type Query {\n  a: Int\n  c: Boolean\n}\nenum Colour { RED GREEN BLUE }\n");

        var sarif = CliRun.Of("diff", old, @new, "--format", "sarif");

        Assert.True(sarif.ExitCode == 1, sarif.ToString());
        using var log = System.Text.Json.JsonDocument.Parse(sarif.Output);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        var removed = results.Single(r => r.GetProperty("ruleId").GetString() == "DIFF001");
        Assert.Equal("error", removed.GetProperty("level").GetString());
        Assert.StartsWith("Query.b: ", removed.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        // The removed field is located where it was, in the old schema (line 3).
        var location = removed.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("old.graphqls", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("warning", results.Single(r => r.GetProperty("ruleId").GetString() == "DIFF002").GetProperty("level").GetString()); // enum value added
        Assert.All(results, r => Assert.True(r.TryGetProperty("locations", out _), "Code scanning needs a location on every result."));
        SarifSchema.AssertValid(sarif.Output);
        SarifSchema.AssertValidAgainstOfficial(sarif.Output);
    }

    [SkippableFact]
    public void Deprecations_sarif_marks_uses_past_removal_as_errors_and_matches_the_official_schema()
    {
        using var folder = new TemporaryDirectory();
        var operation = Path.Combine(folder.Path, "Devices.graphql");
        File.WriteAllText(operation, "query Devices {\n  chargePointDevices { make }\n}\n");

        var before = CliRun.Of("deprecations", "-s", OegSchema, "-p", operation, "--as-of", "2023-06-01", "--format", "sarif");
        var after = CliRun.Of("deprecations", "-s", OegSchema, "-p", operation, "--as-of", "2024-06-01", "--format", "sarif");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("\"ruleId\": \"DEPR001\"", before.Output, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"warning\"", before.Output, StringComparison.Ordinal);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("\"ruleId\": \"DEPR002\"", after.Output, StringComparison.Ordinal);
        Assert.Contains("\"startLine\": 2", after.Output, StringComparison.Ordinal);
        Assert.Contains("Devices uses Query.chargePointDevices, deprecated since 2023-05-10, removal due on or after 2024-01-01", after.Output, StringComparison.Ordinal);
        SarifSchema.AssertValid(after.Output);
        SarifSchema.AssertValidAgainstOfficial(before.Output);
        SarifSchema.AssertValidAgainstOfficial(after.Output);
    }
}
