using Kraken.Codegen.Runtime.Tests.Support;

namespace Kraken.Codegen.Runtime.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Logs_in_without_an_Authorization_header_and_sends_the_raw_token()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateAuthenticatedExecutor();

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.False(result.HasErrors);
        var login = Assert.Single(harness.RequestsFor("ObtainKrakenToken"));
        Assert.Null(login.Authorization);
        Assert.Equal(MockTokenIssuer.ApiKey, harness.Tokens.Logins[0]["APIKey"]);
        var query = Assert.Single(harness.RequestsFor("GetAccount"));
        Assert.Equal(harness.Tokens.TokenNumber(1), query.Authorization);
    }

    [Fact]
    public async Task A_rejected_token_is_renewed_once_and_the_call_succeeds()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateAuthenticatedExecutor();
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));
        harness.Tokens.Revoke(harness.Tokens.TokenNumber(1));

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.False(result.HasErrors);
        Assert.Equal(2, harness.Tokens.LoginCount);
        Assert.Equal(harness.Tokens.RefreshTokenNumber(1), harness.Tokens.Logins[1]["refreshToken"]);
        var queries = harness.RequestsFor("GetAccount");
        Assert.Equal(3, queries.Count);
        Assert.Equal(harness.Tokens.TokenNumber(1), queries[1].Authorization);
        Assert.Equal(harness.Tokens.TokenNumber(2), queries[2].Authorization);
        Assert.All(harness.RequestsFor("ObtainKrakenToken"), login => Assert.Null(login.Authorization));
    }

    [Fact]
    public async Task A_token_rejected_again_after_renewal_is_not_retried_a_second_time()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = request => request.OperationName == "GetAccount"
                ? Kraken.Codegen.Testing.MockHttpResponse.KrakenError(KrakenErrorCodes.KrakenTokenExpired, "The Kraken Token has expired.", "AUTHORIZATION")
                : null);
        var executor = harness.CreateAuthenticatedExecutor();

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.True(result.HasErrorCode(KrakenErrorCodes.KrakenTokenExpired));
        Assert.Equal(2, harness.RequestsFor("GetAccount").Count);
        Assert.Equal(2, harness.Tokens.LoginCount);
    }

    [Fact]
    public async Task Fifty_concurrent_calls_across_an_expiry_cause_exactly_one_renewal()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateAuthenticatedExecutor();
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));
        harness.Clock.Advance(TimeSpan.FromMinutes(61));

        var calls = Enumerable.Range(0, 50).Select(i => executor.ExecuteAsync(new GetAccountQuery($"A-{i}"))).ToArray();
        var results = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, result => Assert.False(result.HasErrors));
        Assert.Equal(2, harness.Tokens.LoginCount);
        var afterExpiry = harness.RequestsFor("GetAccount").Skip(1).ToArray();
        Assert.Equal(50, afterExpiry.Length);
        Assert.All(afterExpiry, request => Assert.Equal(harness.Tokens.TokenNumber(2), request.Authorization));
    }

    [Fact]
    public async Task Fifty_concurrent_calls_rejected_with_the_same_stale_token_cause_exactly_one_renewal()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateAuthenticatedExecutor();
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));
        harness.Tokens.Revoke(harness.Tokens.TokenNumber(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => executor.ExecuteAsync(new GetAccountQuery($"A-{i}"))))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, result => Assert.False(result.HasErrors));
        Assert.Equal(2, harness.Tokens.LoginCount);
    }

    [Fact]
    public async Task The_token_is_renewed_with_the_refresh_token_shortly_before_it_expires()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateAuthenticatedExecutor(options => options.TokenRenewalSkew = TimeSpan.FromSeconds(60));
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        harness.Clock.Advance(TimeSpan.FromMinutes(58));
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));
        Assert.Equal(1, harness.Tokens.LoginCount);

        harness.Clock.Advance(TimeSpan.FromSeconds(90));
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal(2, harness.Tokens.LoginCount);
        Assert.Equal(harness.Tokens.RefreshTokenNumber(1), harness.Tokens.Logins[1]["refreshToken"]);
        Assert.Equal(harness.Tokens.TokenNumber(2), harness.RequestsFor("GetAccount")[^1].Authorization);
        Assert.DoesNotContain(harness.Server.Requests, request => request.Body.Contains(KrakenErrorCodes.JwtSignatureExpired, StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_refresh_token_expires_the_client_logs_in_again_with_its_credentials()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Tokens.RefreshLifetime = TimeSpan.FromHours(2);
        var executor = harness.CreateAuthenticatedExecutor();
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));
        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        var logins = harness.Tokens.Logins;
        Assert.Equal(3, logins.Count);
        Assert.True(logins[1].ContainsKey("refreshToken"));
        Assert.Equal(MockTokenIssuer.ApiKey, logins[2]["APIKey"]);
        Assert.False(logins[2].ContainsKey("refreshToken"));
    }

    [Fact]
    public async Task An_expired_refresh_token_without_other_credentials_fails_with_a_clear_exception()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Tokens.RefreshLifetime = TimeSpan.FromHours(2);
        var executor = harness.CreateExecutor(harness.CreateOptions(KrakenCredentials.FromRefreshToken("initial-refresh-token-77aa")));
        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        harness.Clock.Advance(TimeSpan.FromHours(3));
        var exception = await Assert.ThrowsAsync<KrakenAuthenticationException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Contains("refresh token expired", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("initial-refresh-token-77aa", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_surface_the_Kraken_error_code()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateExecutor(harness.CreateOptions(KrakenCredentials.FromApiKey("wrong-api-key-0000")));

        var exception = await Assert.ThrowsAsync<KrakenGraphQLException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.True(exception.HasErrorCode(KrakenErrorCodes.AuthenticationFailed));
        Assert.Empty(harness.RequestsFor("GetAccount"));
    }

    [Fact]
    public async Task A_failing_login_is_retried_by_the_login_alone_not_once_more_per_operation_attempt()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = request => request.OperationName == "ObtainKrakenToken" ? Kraken.Codegen.Testing.MockHttpResponse.Raw(503, "text/plain", "down") : null);
        var executor = harness.CreateAuthenticatedExecutor(options => options.Retry.MaxAttempts = 3);

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new GetAccountQuery("A-1")));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(3, harness.RequestsFor("ObtainKrakenToken").Count);
        Assert.Empty(harness.RequestsFor("GetAccount"));
    }

    [Fact]
    public async Task Email_and_password_are_sent_as_login_input()
    {
        await using var harness = await TestHarness.StartAsync();
        var executor = harness.CreateExecutor(harness.CreateOptions(KrakenCredentials.FromEmailAndPassword("user@example.com", "pass-word-123")));

        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        var login = Assert.Single(harness.Tokens.Logins);
        Assert.Equal("user@example.com", login["email"]);
        Assert.Equal("pass-word-123", login["password"]);
    }
}
