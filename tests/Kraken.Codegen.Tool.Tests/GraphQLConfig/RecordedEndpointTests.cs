using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Tests.Toolkit;

namespace Kraken.Codegen.Tool.Tests.GraphQLConfig;

/// <summary>
/// <c>introspect --project</c> records the endpoint in the graphql-config file, refreshes the schema without the URL,
/// and <c>drift --project</c> uses the recorded endpoint as the current schema; against a loopback mock server.
/// </summary>
public sealed class RecordedEndpointTests
{
    private const string ServerSdl = "type Query { account(number: String!): Account }\ntype Account { number: String! balance: Int! }\n";

    [Fact]
    public async Task Introspect_records_the_endpoint_and_header_references_and_refreshes_without_the_url()
    {
        var variable = "KRAKEN_CODEGEN_TEST_TOKEN_" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(variable, "token-from-environment");
        await using var server = await MockGraphQLServer.StartAsync(ServerSdl);
        using var folder = new TemporaryDirectory();
        var config = Path.Combine(folder.Path, ".graphqlrc.yml");
        var schema = Path.Combine(folder.Path, "Api", "schema.graphqls");

        var first = CliRun.Of(
            "introspect", "--endpoint", server.Endpoint.ToString(), "--project", "api", "--config", config, "-o", schema,
            "--header", "Authorization: ${" + variable + "}", "--header", "X-Literal: secret-value");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("account(number: String!): Account", File.ReadAllText(schema), StringComparison.Ordinal);
        var text = File.ReadAllText(config);
        Assert.DoesNotContain("secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("token-from-environment", text, StringComparison.Ordinal);
        Assert.Contains("note: the value of the header 'X-Literal' is not recorded", first.Error, StringComparison.Ordinal);
        var project = GraphQLConfigReader.Read(config).FindProject("api")!;
        Assert.Equal(server.Endpoint.ToString(), project.KrakenCodegen!.Endpoint);
        Assert.Equal("${" + variable + "}", project.KrakenCodegen.Headers["Authorization"]);
        Assert.False(project.KrakenCodegen.Headers.ContainsKey("X-Literal"));
        Assert.Equal(["Api/*.graphqls"], project.Schema);
        Assert.Equal(["Api/**/*.graphql"], project.Documents);
        Assert.All(server.Requests, request => Assert.Equal("token-from-environment", request.Authorization));

        // Refresh: no URL, no header; the recorded ones are used and the schema file is written again.
        File.Delete(schema);
        var before = server.RequestCount;
        var refresh = CliRun.Of("introspect", "--project", "api", "--config", config);

        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.True(File.Exists(schema), refresh.ToString());
        Assert.True(server.RequestCount > before);
        Assert.All(server.Requests.Skip(before), request => Assert.Equal("token-from-environment", request.Authorization));
        Assert.Equal(text, File.ReadAllText(config));
    }

    [Fact]
    public async Task Drift_with_a_project_takes_the_baseline_the_operations_and_the_current_schema_from_the_config()
    {
        await using var server = await MockGraphQLServer.StartAsync(ServerSdl);
        using var folder = new TemporaryDirectory();
        var config = Path.Combine(folder.Path, ".graphqlrc.yml");
        var schema = Path.Combine(folder.Path, "Api", "schema.graphqls");
        Assert.Equal(0, CliRun.Of("introspect", "--endpoint", server.Endpoint.ToString(), "--project", "api", "--config", config, "-o", schema).ExitCode);

        // The committed baseline still has a field the server dropped, and an operation uses it.
        File.WriteAllText(schema, File.ReadAllText(schema).Replace("balance: Int!", "balance: Int!\n  legacyBalance: Int", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder.Path, "Api", "Balance.graphql"), "query Balance { account(number: \"A\") { legacyBalance } }\n");

        var drift = CliRun.Of("drift", "--project", "api", "--config", config, "--format", "json");

        Assert.True(drift.ExitCode == 1, drift.ToString());
        Assert.Contains("Account.legacyBalance", drift.Output, StringComparison.Ordinal);
        Assert.Contains("Balance", drift.Output, StringComparison.Ordinal);

        // The same without the field in the baseline: nothing breaks.
        File.WriteAllText(Path.Combine(folder.Path, "Api", "Balance.graphql"), "query Balance { account(number: \"A\") { balance } }\n");
        Assert.Equal(0, CliRun.Of("drift", "--project", "api", "--config", config).ExitCode);
    }

    [Fact]
    public void A_project_without_a_recorded_endpoint_or_an_unknown_project_is_an_input_problem()
    {
        using var folder = new TemporaryDirectory();
        var config = Path.Combine(folder.Path, ".graphqlrc.yml");
        File.WriteAllText(config, "projects:\n  api:\n    schema: api/schema.graphqls\n    documents: api/**/*.graphql\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "api"));
        File.WriteAllText(Path.Combine(folder.Path, "api", "schema.graphqls"), "type Query { a: Int }\n");
        File.WriteAllText(Path.Combine(folder.Path, "api", "A.graphql"), "query A { a }\n");

        var refresh = CliRun.Of("introspect", "--project", "api", "--config", config);
        var drift = CliRun.Of("drift", "--project", "api", "--config", config);
        var unknown = CliRun.Of("drift", "--project", "nope", "--config", config);

        Assert.Equal(2, refresh.ExitCode);
        Assert.Contains("records no endpoint", refresh.Error, StringComparison.Ordinal);
        Assert.Equal(2, drift.ExitCode);
        Assert.Contains("records no endpoint", drift.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("has no project 'nope' (it has: api)", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_referencing_an_unset_variable_names_it()
    {
        var exception = Assert.Throws<Kraken.Codegen.Tool.Loading.InputException>(() => RecordedHeaders.Expand("Authorization", "${NOT_SET_ANYWHERE}", _ => null));
        Assert.Equal("the header 'Authorization' references the environment variable NOT_SET_ANYWHERE, which is not set.", exception.Message);
        Assert.Equal("Bearer abc", RecordedHeaders.Expand("Authorization", "Bearer ${T}", name => name == "T" ? "abc" : null));
    }
}
