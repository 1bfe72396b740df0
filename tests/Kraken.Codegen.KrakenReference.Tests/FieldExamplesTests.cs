using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// <see cref="MockGraphQLServerOptions.FieldExamples"/> and the examples-file loader: examples replace the sample value,
/// and rank below every configured value.
/// </summary>
public sealed class FieldExamplesTests
{
    private const string Sdl = """
        type Query { account(number: String): Account }
        type Account { number: String status: String kinds: [String] balance: Int }
        """;

    private const string Examples = """
        {
          "endpoint": "http://example.invalid/graphql/",
          "fields": { "Account.status": "PENDING", "Account.kinds": ["BUSINESS"], "Account.balance": 7 }
        }
        """;

    private const string Query = "{ account(number: \"A-1\") { number status kinds balance } }";

    [Fact]
    public async Task Without_examples_the_mock_answers_samples_and_with_them_the_examples()
    {
        await using (var plain = await MockGraphQLServer.StartAsync(Sdl))
        {
            Assert.Equal("""{"number":"abc123","status":"abc123","kinds":["abc123"],"balance":1}""", await AccountAsync(plain));
        }

        var options = new MockGraphQLServerOptions().AddFieldExamples(Examples);
        Assert.Equal(3, options.FieldExamples.Count);
        await using var server = await MockGraphQLServer.StartAsync(Sdl, options);
        Assert.Equal("""{"number":"abc123","status":"PENDING","kinds":["BUSINESS"],"balance":7}""", await AccountAsync(server));
    }

    [Fact]
    public async Task Configured_values_win_over_examples()
    {
        var options = new MockGraphQLServerOptions();
        options.FieldExamples["Account.number"] = JsonSerializer.SerializeToElement("EXAMPLE");
        options.AddFieldExamples(Examples);
        options.Fields["Account.balance"] = MockField.Value(42);
        await using var server = await MockGraphQLServer.StartAsync(Sdl, options);

        // Present before loading: kept. Override in Fields: wins.
        Assert.Equal("""{"number":"EXAMPLE","status":"PENDING","kinds":["BUSINESS"],"balance":42}""", await AccountAsync(server));

        // A value configured on the parent object wins too; fields it leaves out still answer their examples.
        server.SetField("Query.account", MockField.Json("""{"status": "ACTIVE"}"""));
        Assert.Equal("""{"number":"EXAMPLE","status":"ACTIVE","kinds":["BUSINESS"],"balance":42}""", await AccountAsync(server));
    }

    [Fact]
    public void A_file_without_a_fields_object_is_refused()
    {
        var options = new MockGraphQLServerOptions();
        Assert.Throws<FormatException>(() => options.AddFieldExamples("""{"examples": {}}"""));
        Assert.Throws<FormatException>(() => options.AddFieldExamples("""{"fields": ["Account.status"]}"""));
        Assert.Empty(options.FieldExamples);
    }

    [Fact]
    public void The_committed_examples_file_loads_from_its_path()
    {
        var options = new MockGraphQLServerOptions().LoadFieldExamples(TestFiles.ExamplesPath(ReferenceText.ApiFolder));
        Assert.Equal("PENDING", options.FieldExamples["AccountType.status"].GetString());
    }

    private static async Task<string> AccountAsync(MockGraphQLServer server)
    {
        using var http = new HttpClient();
        using var content = new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(server.Endpoint, content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("account").GetRawText();
    }
}
