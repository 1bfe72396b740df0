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
