using System.Net.Http.Json;
using System.Text.Json;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>Every toolkit command, run through <see cref="CliApplication"/> on real files, with its exit codes.</summary>
public sealed class ToolkitCommandTests
{
    private static string OegSchema => ToolkitFiles.InRepository("schema", "kraken-oeg", "schema.graphqls");

    private static string OegOperations => ToolkitFiles.InRepository("schema", "kraken-oeg");

    [Fact]
    public void Validate_passes_the_kraken_oeg_operations_and_prints_deprecation_warnings_in_compiler_format()
    {
        var run = CliRun.Of("validate", "--schema", OegSchema, "--operations", OegOperations);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ChargePointDevices.graphql(2,3): warning KGQL0301: Field 'Query.chargePointDevices' is deprecated", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 4 warning(s).\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_errors_with_exit_code_1_in_text_json_and_valid_sarif()
    {
        using var folder = new TemporaryDirectory();
        var operation = Path.Combine(folder.Path, "Broken.graphql");
        File.WriteAllText(operation, "query Broken {\n  account(accountNumber: \"A\") { nope }\n}\n");

        var text = CliRun.Of("validate", "-s", OegSchema, "-p", operation);
        var json = CliRun.Of("validate", "-s", OegSchema, "-p", operation, "--format", "json");
        var sarif = CliRun.Of("validate", "-s", OegSchema, "-p", operation, "--format", "sarif");

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains("Broken.graphql(2,33): error KGQL0206: Field 'nope' does not exist on type 'AccountType'.", text.Output, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        using (var document = JsonDocument.Parse(json.Output))
        {
            Assert.Equal(1, document.RootElement.GetProperty("errorCount").GetInt32());
            var diagnostic = document.RootElement.GetProperty("diagnostics")[0];
            Assert.Equal(("KGQL0206", 2, 33), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("location").GetProperty("line").GetInt32(), diagnostic.GetProperty("location").GetProperty("column").GetInt32()));
        }

        Assert.Equal(1, sarif.ExitCode);
        SarifSchema.AssertValid(sarif.Output);
        Assert.Contains("\"ruleId\": \"KGQL0206\"", sarif.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_with_2_for_a_missing_schema_an_empty_glob_or_a_bad_date()
    {
        var missing = CliRun.Of("validate", "-s", "no-such-schema.graphqls", "-p", OegOperations);
        var emptyGlob = CliRun.Of("validate", "-s", OegSchema, "-p", Path.Combine(OegOperations, "**", "*.nothing"));
        var badDate = CliRun.Of("validate", "-s", OegSchema, "-p", OegOperations, "--as-of", "01/02/2024");
        var noOperations = CliRun.Of("validate", "-s", OegSchema);

        Assert.Equal((2, 2, 2, 2), (missing.ExitCode, emptyGlob.ExitCode, badDate.ExitCode, noOperations.ExitCode));
        Assert.Contains("no-such-schema.graphqls", missing.Error, StringComparison.Ordinal);
        Assert.Contains("matches no operation file", emptyGlob.Error, StringComparison.Ordinal);
        Assert.Contains("01/02/2024", badDate.Error, StringComparison.Ordinal);
        Assert.Contains("--operations", noOperations.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_as_of_escalates_uses_past_removal_to_errors()
    {
        var run = CliRun.Of("validate", "-s", OegSchema, "-p", Path.Combine(OegOperations, "operations", "ChargePointDevices.graphql"), Path.Combine(OegOperations, "fragments.graphql"), "--as-of", "2024-06-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error KGQL0305", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_classifies_changes_and_exits_with_1_on_breaking_changes_in_every_format()
    {
        using var folder = new TemporaryDirectory();
        var oldSchema = Write(folder, "old.graphql", "type Query { a: String b(x: Int): Int }\nenum E { ONE }\n");
        var newSchema = Write(folder, "new.graphql", "type Query { a: String! c: Int }\nenum E { ONE TWO }\n");
        var safeSchema = Write(folder, "safe.graphql", "type Query { a: String! b(x: Int): Int }\nenum E { ONE }\n");
        var dangerousSchema = Write(folder, "dangerous.graphql", "type Query { a: String b(x: Int): Int }\nenum E { ONE TWO }\n");

        var text = CliRun.Of("diff", oldSchema, newSchema);
        var markdown = CliRun.Of("diff", oldSchema, newSchema, "--format", "markdown");
        var json = CliRun.Of("diff", oldSchema, newSchema, "--format", "json");
        var safe = CliRun.Of("diff", oldSchema, safeSchema);

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Equal(
            "BREAKING  Query.b: Field 'Query.b' was removed.\n" +
            "DANGEROUS E.TWO: Enum value 'E.TWO' was added.\n" +
            "SAFE      Query.a: Field 'Query.a' changed type from 'String' to 'String!'.\n" +
            "SAFE      Query.c: Field 'Query.c' (Int) was added.\n" +
            "4 change(s): 1 breaking, 1 dangerous, 2 safe.\n",
            text.Output);
        Assert.Contains("| Class | Coordinate | Change | Why |\n| --- | --- | --- | --- |\n| **BREAKING** | `Query.b` |", markdown.Output, StringComparison.Ordinal);
        using (var document = JsonDocument.Parse(json.Output))
        {
            Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("breaking").GetInt32());
            Assert.Equal("FIELD_REMOVED", document.RootElement.GetProperty("changes")[0].GetProperty("kind").GetString());
        }

        Assert.Equal(0, safe.ExitCode);
        Assert.Equal(0, CliRun.Of("diff", oldSchema, dangerousSchema).ExitCode);
        Assert.Equal(1, CliRun.Of("diff", oldSchema, dangerousSchema, "--dangerous-as-breaking").ExitCode);
        Assert.Equal(2, CliRun.Of("diff", oldSchema).ExitCode);
    }

    [Fact]
    public async Task Introspect_of_the_mock_server_then_diff_against_the_source_reports_no_changes()
    {
        using var folder = new TemporaryDirectory();
        await using var server = await MockGraphQLServer.StartAsync(File.ReadAllText(OegSchema));
        var sdl = Path.Combine(folder.Path, "introspected.graphqls");
        var json = Path.Combine(folder.Path, "introspected.json");

        var introspect = CliRun.Of("introspect", server.Endpoint.ToString(), "--header", "Authorization: test-token", "--output", sdl, "--timeout", "30");
        var introspectJson = CliRun.Of("introspect", server.Endpoint.ToString(), "--format", "json", "-o", json, "--timeout", "30");
        var diffSdl = CliRun.Of("diff", OegSchema, sdl);
        var diffJson = CliRun.Of("diff", OegSchema, json);

        Assert.True(introspect.ExitCode == 0, introspect.ToString());
        Assert.Equal(0, introspectJson.ExitCode);
        Assert.All(server.Requests.Take(2), request => Assert.Equal("test-token", request.Headers["Authorization"]));
        Assert.Contains("args(includeDeprecated: true)", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("inputFields(includeDeprecated: true)", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.True(diffSdl.ExitCode == 0 && diffSdl.Output == "No changes.\n", diffSdl.ToString());
        Assert.True(diffJson.ExitCode == 0 && diffJson.Output == "No changes.\n", diffJson.ToString());
        Assert.Contains("@deprecated(reason: \"The 'chargePointDevices' field is deprecated.", File.ReadAllText(sdl), StringComparison.Ordinal);
    }

    [Fact]
    public void Introspect_exits_with_2_when_the_server_is_unreachable_or_the_url_is_bad()
    {
        // Port 9 (discard) on loopback: nothing listens there on a test machine, so the connection is refused at once.
        var unreachable = CliRun.Of("introspect", "http://127.0.0.1:9/graphql/", "--timeout", "10");
        var badUrl = CliRun.Of("introspect", "not-a-url");

        Assert.Equal((2, 2), (unreachable.ExitCode, badUrl.ExitCode));
        Assert.Contains("cannot reach", unreachable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deprecations_lists_usages_and_exits_with_1_only_past_a_removal_date()
    {
        var past = CliRun.Of("deprecations", "-s", OegSchema, "-p", OegOperations, "--as-of", "2024-06-01");
        var before = CliRun.Of("deprecations", "-s", OegSchema, "-p", OegOperations, "--as-of", "2023-12-01", "--format", "json");

        Assert.True(past.ExitCode == 1, past.ToString());
        Assert.Contains("Query.chargePointDevices (field)", past.Output, StringComparison.Ordinal);
        Assert.Contains("PAST REMOVAL DATE", past.Output, StringComparison.Ordinal);
        Assert.Equal(0, before.ExitCode);
        using var document = JsonDocument.Parse(before.Output);
        Assert.Equal(4, document.RootElement.GetProperty("deprecations").GetArrayLength());
        Assert.Equal("2024-01-01", document.RootElement.GetProperty("deprecations")[0].GetProperty("removalOn").GetString());
    }

    [Fact]
    public async Task Contract_emit_writes_both_schemas_per_operation_and_verify_reports_violations()
    {
        using var folder = new TemporaryDirectory();
        var contracts = Path.Combine(folder.Path, "contracts");
        var good = Write(folder, "good.json", """{"data":{"node":{"id":"abc123"}}}""");
        var bad = Write(folder, "bad.json", """{"data":{"node":{"id":5}}}""");

        var emit = CliRun.Of("contract", "emit", "-s", OegSchema, "-p", OegOperations, "-o", contracts);
        var conforming = CliRun.Of("contract", "verify", "-s", OegSchema, "-p", OegOperations, "--operation", "Node", "--response", good);
        var violating = CliRun.Of("contract", "verify", "-s", OegSchema, "-p", OegOperations, "--operation", "Node", "--response", bad);
        var unknown = CliRun.Of("contract", "verify", "-s", OegSchema, "-p", OegOperations, "--operation", "Nope", "--response", good);

        Assert.True(emit.ExitCode == 0, emit.ToString());
        Assert.Equal(204, Directory.GetFiles(contracts, "*.schema.json").Length);
        var nodeContract = await NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(contracts, "Node.response.schema.json")));
        Assert.Empty(nodeContract.Validate(File.ReadAllText(good)));
        Assert.Equal(0, conforming.ExitCode);
        Assert.True(violating.ExitCode == 1, violating.ToString());
        Assert.Contains("$.data.node.id", violating.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
    }

    [Fact]
    public async Task Mock_serves_the_schema_on_loopback_until_cancelled()
    {
        using var stdout = new LineSignalingWriter();
        using var stderr = new StringWriter();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var run = CliApplication.RunAsync(["mock", "--schema", OegSchema], stdout, stderr, cancellation.Token);
        var endpoint = new Uri(await stdout.FirstLine.WaitAsync(TimeSpan.FromSeconds(30)));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync(endpoint, new { query = "{ krakenVersion { number } }" });
        var body = await response.Content.ReadAsStringAsync();
        await cancellation.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.Contains("\"krakenVersion\"", body, StringComparison.Ordinal);
        Assert.True(exitCode == 0, stderr.ToString());
    }

    [Fact]
    public void Mock_exits_with_2_for_a_missing_schema() =>
        Assert.Equal(2, CliRun.Of("mock", "--schema", "missing.graphqls").ExitCode);

    [Fact]
    public void Every_toolkit_command_has_help_with_examples_and_exit_codes()
    {
        foreach (var command in new[] { "introspect", "validate", "diff", "drift", "deprecations", "mock" })
        {
            var help = CliRun.Of(command, "--help");

            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.Contains("Exit codes:", help.Output, StringComparison.Ordinal);
            Assert.Contains("kraken-codegen " + command, help.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_parse_error_is_a_usage_problem_with_exit_code_2() =>
        Assert.Equal(2, CliRun.Of("diff", "--format", "yaml", "a", "b").ExitCode);

    private static string Write(TemporaryDirectory folder, string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Collects output and completes <see cref="FirstLine"/> with the first line written.</summary>
    private sealed class LineSignalingWriter : StringWriter
    {
        private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstLine => _firstLine.Task;

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }

            _firstLine.TrySetResult(value ?? string.Empty);
        }
    }
}
