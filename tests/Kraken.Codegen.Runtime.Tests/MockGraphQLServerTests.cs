using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Runtime.Tests;

public sealed class MockGraphQLServerTests
{
    private static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(
        MockGraphQLServer server, string query, string accept = "application/json", object? variables = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, body);
    }

    // Float is GraphQL.NET's own scalar and is written as a double, so its sample reads 1 rather than 1.0.
    [Fact]
    public async Task Answers_with_kraken_reference_sample_values()
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl);

        var (_, body) = await PostAsync(server, """
            { account(accountNumber: "A-1") { __typename id number status balance createdAt billingDate metadata settings
              meterCount rating isActive tags owner { __typename } }
              node(id: "x") { __typename id } }
            """);

        Assert.Equal(
            """{"data":{"account":{"__typename":"AccountType","id":"abc123","number":"abc123","status":"ACTIVE","balance":1.0,"createdAt":"2020-01-01T00:00:00.000Z","billingDate":"2020-01-01","metadata":"{\"key\": \"value\"}","settings":{"key":"value"},"meterCount":"abc123","rating":1,"isActive":true,"tags":["abc123"],"owner":{"__typename":"AccountUserType"}},"node":{"__typename":"AccountType","id":"abc123"}}}""",
            body.GetRawText());
    }

    [Fact]
    public async Task Sample_table_and_list_length_can_be_changed()
    {
        var options = new MockGraphQLServerOptions { ListLength = 2, UnknownScalarSample = "42" };
        options.ScalarSamples["Decimal"] = "12.50";
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, options);

        var (_, body) = await PostAsync(server, """{ account(accountNumber: "A-1") { balance meterCount tags } }""");

        Assert.Equal("""{"data":{"account":{"balance":"12.50","meterCount":"42","tags":["abc123","abc123"]}}}""", body.GetRawText());
    }

    [Fact]
    public async Task Overrides_by_coordinate_set_values_compute_from_arguments_and_pick_concrete_types()
    {
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.account"] = MockField.Resolve(context => new { number = context.Arguments["accountNumber"], status = "CLOSED" });
        options.Fields["AccountType.tags"] = MockField.Json("""["a","b","c"]""");
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, options);
        server.SetField("Query.node", MockField.Value(new Dictionary<string, object?> { ["__typename"] = "AccountType", ["id"] = "N-9" }));

        var (_, body) = await PostAsync(server, """{ account(accountNumber: "A-77") { number status tags } node(id: "x") { id } }""");

        Assert.Equal("""{"data":{"account":{"number":"A-77","status":"CLOSED","tags":["a","b","c"]},"node":{"id":"N-9"}}}""", body.GetRawText());
    }

    [Fact]
    public async Task Error_overrides_carry_kraken_extensions_path_and_locations()
    {
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.account"] = MockField.Error("KT-CT-4301", "Unable to find device for given account.", "NOT_FOUND", "Longer text.");
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, options);

        var (_, body) = await PostAsync(server, """{ account(accountNumber: "A-1") { number } }""");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unable to find device for given account.", error.GetProperty("message").GetString());
        Assert.Equal("""["account"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""{"errorType":"NOT_FOUND","errorCode":"KT-CT-4301","errorDescription":"Longer text."}""", error.GetProperty("extensions").GetRawText());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("account").ValueKind);
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    public async Task Responds_with_the_content_type_asked_for(string accept, string expected)
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl);

        var (response, _) = await PostAsync(server, "{ viewer { id } }", accept);

        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Invalid_operations_get_validation_errors_and_400_for_graphql_response_json()
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl);

        var (response, body) = await PostAsync(server, "{ viewer { noSuchField } }", "application/graphql-response+json");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("noSuchField", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_shows_descriptions_and_deprecated_arguments_and_input_fields_but_not_placeholders()
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl);

        var (_, body) = await PostAsync(server, """
            { viewer: __type(name: "Viewer") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              input: __type(name: "UpdateNicknameInput") { inputFields(includeDeprecated: true) { name isDeprecated } }
              user: __type(name: "AccountUserType") { kind description fields { name } }
              query: __type(name: "Query") { fields { name description } } }
            """);

        var data = body.GetProperty("data");
        var accountsArgs = data.GetProperty("viewer").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "accounts").GetProperty("args");
        var legacy = accountsArgs.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "legacyFilter");
        Assert.True(legacy.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Use first/after.", legacy.GetProperty("deprecationReason").GetString());
        Assert.Contains(data.GetProperty("input").GetProperty("inputFields").EnumerateArray(), f => f.GetProperty("name").GetString() == "legacyName" && f.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Documented elsewhere; only __typename is selected on it.", data.GetProperty("user").GetProperty("description").GetString());
        Assert.Equal(0, data.GetProperty("user").GetProperty("fields").GetArrayLength());
        Assert.Contains(data.GetProperty("query").GetProperty("fields").EnumerateArray(), f => f.GetProperty("description").GetString() == "The authenticated user.");
    }

    [Fact]
    public async Task Fault_hook_answers_raw_responses_and_every_request_is_recorded()
    {
        var options = new MockGraphQLServerOptions
        {
            OnRequest = request => request.Headers.ContainsKey("X-Fail") ? MockHttpResponse.Html(503, "<html>down</html>") : null,
        };
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, options);
        using var http = new HttpClient();
        using var failing = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent("{\"query\":\"{ viewer { id } }\"}", Encoding.UTF8, "application/json") };
        failing.Headers.Add("X-Fail", "1");

        var response = await http.SendAsync(failing);
        await PostAsync(server, "{ viewer { id } }");

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("<html>down</html>", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, server.RequestCount);
        Assert.Equal("1", server.Requests[0].Headers["x-fail"]);
        Assert.Contains("viewer", server.Requests[1].Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Serves_the_real_kraken_schema_with_its_fieldless_types_and_introspection()
    {
        var schemaPath = SharedFiles.Find("corpora/kraken-uk/schema.graphql");
        Skip.If(schemaPath is null, "../shared/corpora/kraken-uk/schema.graphql is absent (a fresh clone has no ../shared); skipping the real-schema check.");

        await using var server = await MockGraphQLServer.StartAsync(await File.ReadAllTextAsync(schemaPath!));
        var (_, introspection) = await PostAsync(server, "{ __schema { types { name fields(includeDeprecated: true) { name isDeprecated } } } }");
        var (_, login) = await PostAsync(server, """mutation { obtainKrakenToken(input: { APIKey: "k" }) { token payload refreshExpiresIn } }""");

        var types = introspection.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray().ToArray();
        Assert.True(types.Length > 1000, $"only {types.Length} types");
        Assert.Contains(types, type => type.GetProperty("fields").ValueKind == JsonValueKind.Array
            && type.GetProperty("fields").EnumerateArray().Any(field => field.GetProperty("isDeprecated").GetBoolean()));
        Assert.DoesNotContain("_mockPlaceholder", introspection.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            """{"token":"abc123","payload":{"key":"value"},"refreshExpiresIn":1}""",
            login.GetProperty("data").GetProperty("obtainKrakenToken").GetRawText());
    }
}
