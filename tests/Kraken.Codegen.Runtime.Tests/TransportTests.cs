using System.Net;
using System.Text;
using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Runtime.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task Truncated_json_raises_a_transport_exception_with_status_and_excerpt()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = _ => MockHttpResponse.Json(200, """{"data":{"account":{"number":"A-"""));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.False(exception.IsTransient);
        Assert.Contains("not well-formed JSON", exception.Message, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"account":{"number":"A-""", exception.BodyExcerpt);
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task An_html_error_page_raises_a_transport_exception_with_a_bounded_excerpt()
    {
        var page = "<html><body><h1>502 Bad Gateway</h1>" + new string('x', 3000) + "</body></html>";
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = _ => MockHttpResponse.Html(502, page));
        var executor = harness.CreateExecutor(harness.CreateOptions(configure: options => options.Retry.MaxAttempts = 2));

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.True(exception.IsTransient);
        Assert.StartsWith("<html><body><h1>502 Bad Gateway</h1>", exception.BodyExcerpt, StringComparison.Ordinal);
        Assert.True(exception.BodyExcerpt!.Length <= GraphQLTransportException.MaxExcerptLength + 1);
        Assert.True(exception.Message.Length < 1000);
        Assert.Equal(2, harness.Server.RequestCount);
    }

    [Fact]
    public async Task A_200_html_page_is_not_mistaken_for_a_response()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = _ => MockHttpResponse.Html(200, "<html>Sign in</html>"));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Contains("text/html", exception.Message, StringComparison.Ordinal);
        Assert.False(exception.IsTransient);
    }

    [Fact]
    public async Task Json_that_is_not_a_graphql_response_raises_a_transport_exception()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = _ => MockHttpResponse.Json(200, """{"status":"ok"}"""));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Contains("not a GraphQL response", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_data_comes_back_beside_the_kraken_error()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.Fields["AccountType.balance"] = MockField.Error("KT-CT-4301", "Unable to find device for given account.", "NOT_FOUND", "No device."));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal("abc123", result.Data!.Account!.Number);
        Assert.Null(result.Data.Account.Balance);
        var error = Assert.Single(result.Errors);
        Assert.Equal("KT-CT-4301", error.ErrorCode);
        Assert.Equal("NOT_FOUND", error.ErrorType);
        Assert.Equal("No device.", error.ErrorDescription);
        Assert.Equal("account.balance", error.PathText);
        Assert.NotEmpty(error.Locations);
        Assert.True(result.HasErrorCode("KT-CT-4301"));
        var exception = Assert.Throws<KrakenGraphQLException>(() => result.GetDataOrThrow());
        Assert.True(exception.HasErrorCode("KT-CT-4301"));
    }

    [Fact]
    public async Task Data_null_with_an_error_is_read()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.Fields["Query.account"] = MockField.Error("KT-CT-4177", "Unauthorized.", "AUTHORIZATION", nullData: true));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Null(result.Data);
        Assert.True(result.HasErrorCode("KT-CT-4177"));
    }

    [Fact]
    public async Task Data_that_does_not_fit_the_generated_types_names_the_json_path()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = _ => MockHttpResponse.Json(200, """{"extensions":{"cost":3},"data":{"account":{"number":null,"status":"ACTIVE"}}}"""));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var exception = await Assert.ThrowsAsync<GraphQLResponseReadException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Equal("$.data.account.number", exception.JsonPath);
    }

    [Fact]
    public async Task Errors_extensions_and_data_are_read_in_any_order()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = _ => MockHttpResponse.Json(200, """
            {"extensions":{"cost":3},"errors":[{"message":"m","path":["account",0],"extensions":{"errorCode":"KT-CT-1","errorClass":"C"}}],
             "unknown":[1,2],"data":{"account":{"number":"N","status":"ACTIVE","balance":"12.50"}}}
            """));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal("12.50", result.Data!.Account!.Balance);
        Assert.Equal(3, result.Extensions!.Value.GetProperty("cost").GetInt32());
        var error = Assert.Single(result.Errors);
        Assert.Equal("C", error.ErrorClass);
        Assert.Equal([GraphQLPathSegment.Field("account"), GraphQLPathSegment.ListIndex(0)], error.Path);
    }

    [Fact]
    public async Task Cancellation_mid_request_stops_the_call_and_reaches_the_server()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.Fields["Query.account"] = MockField.Delay(TimeSpan.FromMinutes(5)));
        var executor = harness.CreateExecutor(harness.CreateOptions());
        using var cancellation = new CancellationTokenSource();

        var call = executor.ExecuteAsync(new GetAccountQuery("A-1"), cancellation.Token);
        await harness.Server.WhenDelayStarted("Query.account").WaitAsync(TimeSpan.FromSeconds(10));
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        await harness.Server.WhenRequestAborted.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Requests_carry_json_content_and_accept_both_response_types()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateExecutor(harness.CreateOptions());

        await executor.ExecuteAsync(new GetAccountQuery("A-7"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("application/graphql-response+json", request.Headers["Accept"], StringComparison.Ordinal);
        Assert.Contains("application/json", request.Headers["Accept"], StringComparison.Ordinal);
        Assert.Contains("\"operationName\":\"GetAccount\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"variables\":{\"accountNumber\":\"A-7\"}", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("persistedQuery", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Persisted_queries_send_the_hash_first_and_the_document_only_when_unknown()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateExecutor(harness.CreateOptions(configure: options => options.UsePersistedQueries = true));

        await executor.ExecuteAsync(new GetAccountQuery("A-1"));
        var second = await executor.ExecuteAsync(new GetAccountQuery("A-2"));

        Assert.False(second.HasErrors);
        var requests = harness.Server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.DoesNotContain("\"query\"", requests[0].Body, StringComparison.Ordinal);
        Assert.Contains(GetAccountQuery.SharedDescriptor.Sha256Hash, requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"query\"", requests[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"query\"", requests[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_above_the_size_limit_are_refused()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = _ => MockHttpResponse.Json(200, "{\"data\":{\"account\":null},\"extensions\":{\"pad\":\"" + new string('p', 5000) + "\"}}"));
        var executor = harness.CreateExecutor(harness.CreateOptions(configure: options => options.MaxResponseBytes = 1024));

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Contains("MaxResponseBytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utf8_body_is_read_intact()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.Fields["Query.account"] = MockField.Value(new { number = "Müller-Straße 12 ✓", status = "ACTIVE" }));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal("Müller-Straße 12 ✓", result.Data!.Account!.Number);
        Assert.Equal(Encoding.UTF8.GetByteCount("Müller-Straße 12 ✓"), Encoding.UTF8.GetByteCount(result.Data.Account.Number));
    }
}
