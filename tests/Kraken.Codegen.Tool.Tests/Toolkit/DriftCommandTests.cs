using System.Text.Json;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary><c>drift</c> through its entry point on the UK corpus: exit codes per <c>--fail-on</c>, SARIF, Markdown and JSON.</summary>
public sealed class DriftCommandTests
{
    [SkippableFact]
    public void The_exit_code_follows_fail_on()
    {
        using var folder = new TemporaryDirectory();
        var corpus = ToolkitFiles.UkCorpus();
        var text = ToolkitFiles.UkSchemaText();
        var enumAdded = Write(folder, "enum-added.graphql", ToolkitFiles.EditAfter(text, "enum BillTypeEnum {", "  PRE_KRAKEN\n", "  PRE_KRAKEN\n  ANNUAL_SUMMARY\n"));
        var fieldRemoved = Write(folder, "field-removed.graphql", ToolkitFiles.EditAfter(text, "type StatementType implements BillInterface {", "  closingBalance: Int\n", string.Empty));

        int Run(string current, string failOn) => CliRun.Of(Drift(corpus, current, "--fail-on", failOn)).ExitCode;

        Assert.Equal(0, Run(enumAdded, "breaking"));
        Assert.Equal(1, Run(enumAdded, "dangerous"));
        Assert.Equal(1, Run(enumAdded, "deprecated"));
        Assert.Equal(0, Run(enumAdded, "past-removal"));
        Assert.Equal(1, Run(fieldRemoved, "breaking"));
        Assert.Equal(1, Run(fieldRemoved, "past-removal"));
        Assert.Equal(0, CliRun.Of(Drift(corpus, Path.Combine(corpus, "schema.graphql"), "--fail-on", "deprecated")).ExitCode);
        Assert.Equal(2, Run(enumAdded, "sometimes"));
    }

    [SkippableFact]
    public void Sarif_output_validates_against_the_sarif_schema_and_markdown_is_a_table()
    {
        using var folder = new TemporaryDirectory();
        var corpus = ToolkitFiles.UkCorpus();
        var edited = ToolkitFiles.EditAfter(ToolkitFiles.UkSchemaText(), "type StatementType implements BillInterface {", "  closingBalance: Int\n", string.Empty);
        edited = ToolkitFiles.EditAfter(edited, "enum BillTypeEnum {", "  PRE_KRAKEN\n", "  PRE_KRAKEN\n  ANNUAL_SUMMARY\n");
        var current = Write(folder, "current.graphql", edited);

        var sarif = CliRun.Of(Drift(corpus, current, "--format", "sarif"));
        var markdown = CliRun.Of(Drift(corpus, current, "--format", "markdown"));
        var json = CliRun.Of(Drift(corpus, current, "--format", "json"));

        Assert.True(sarif.ExitCode == 1, sarif.ToString());
        SarifSchema.AssertValid(sarif.Output);
        using (var log = JsonDocument.Parse(sarif.Output))
        {
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(new[] { "DRIFT001", "DRIFT001", "DRIFT002", "DRIFT002" }, results.Select(r => r.GetProperty("ruleId").GetString()));
            var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal((157, 5), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        }

        Assert.Contains("### Breaking\n\n| Operation | Location | Coordinate | Problem | Cause |\n| --- | --- | --- | --- | --- |\n| getBills |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("### Dangerous\n\n| Operation |", markdown.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("brokenOperations").GetInt32());
        Assert.Equal("StatementType.closingBalance", report.RootElement.GetProperty("findings")[0].GetProperty("coordinate").GetString());
    }

    [Fact]
    public async Task Drift_against_a_live_endpoint_introspects_it()
    {
        var oeg = ToolkitFiles.InRepository("schema", "kraken-oeg", "schema.graphqls");
        await using var server = await Kraken.Codegen.Testing.MockGraphQLServer.StartAsync(File.ReadAllText(oeg));

        var run = CliRun.Of("drift", "--baseline", oeg, "--current", server.Endpoint.ToString(), "--operations", ToolkitFiles.InRepository("schema", "kraken-oeg"), "--as-of", "2023-06-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, server.RequestCount); // the capability probe, then the introspection query
        Assert.Contains("0 operation(s) broken", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 schema change(s)", run.Output, StringComparison.Ordinal);
    }

    private static string[] Drift(string corpus, string current, params string[] extra) =>
        new[]
        {
            "drift",
            "--baseline", Path.Combine(corpus, "schema.graphql"), Path.Combine(corpus, "client-directives.graphql"),
            "--current", current, Path.Combine(corpus, "client-directives.graphql"),
            "--operations", Path.Combine(corpus, "operations"),
            "--as-of", "2025-01-01",
        }.Concat(extra).ToArray();

    private static string Write(TemporaryDirectory folder, string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
