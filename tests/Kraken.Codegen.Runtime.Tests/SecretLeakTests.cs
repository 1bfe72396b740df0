using System.Collections.Concurrent;
using System.Diagnostics;
using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Runtime.Tests;

/// <summary>No log line, exception message or activity tag may contain a token, refresh token, password or API key.</summary>
public sealed class SecretLeakTests
{
    private const string Password = "correct-horse-battery-staple";

    [Fact]
    public async Task Secrets_never_reach_logs_exceptions_or_activity_tags()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Kraken.Codegen.Runtime",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var echoAuthorization = false;
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = request =>
            echoAuthorization && request.OperationName == "GetAccount"
                ? MockHttpResponse.Html(500, $"<html>Internal error for token {request.Authorization} while handling {request.Body}</html>")
                : null);
        var messages = new List<string>();

        // API key login, a call, a rejected token with renewal, then a failure page that echoes the token.
        var apiKeyExecutor = harness.CreateAuthenticatedExecutor(options => options.Retry.MaxAttempts = 2);
        await apiKeyExecutor.ExecuteAsync(new GetAccountQuery("A-1"));
        harness.Tokens.Revoke(harness.Tokens.TokenNumber(1));
        await apiKeyExecutor.ExecuteAsync(new GetAccountQuery("A-1"));
        echoAuthorization = true;
        messages.Add((await Assert.ThrowsAsync<GraphQLTransportException>(() => apiKeyExecutor.ExecuteAsync(new GetAccountQuery("A-1")))).Message);
        echoAuthorization = false;

        // Email and password whose login page fails and echoes the request body, which holds the password.
        harness.Server.SetField("Mutation.obtainKrakenToken", MockField.Resolve(context =>
            MockField.Error(KrakenErrorCodes.InvalidCredentials, $"Wrong credentials: {Password}", "AUTHORIZATION")));
        var passwordExecutor = harness.CreateExecutor(harness.CreateOptions(KrakenCredentials.FromEmailAndPassword("user@example.com", Password)));
        var loginFailure = await Assert.ThrowsAsync<KrakenGraphQLException>(() => passwordExecutor.ExecuteAsync(new GetAccountQuery("A-1")));
        messages.Add(loginFailure.Message);
        Assert.True(loginFailure.HasErrorCode(KrakenErrorCodes.InvalidCredentials));

        var secrets = new[]
        {
            MockTokenIssuer.ApiKey,
            Password,
            harness.Tokens.TokenNumber(1),
            harness.Tokens.TokenNumber(2),
            harness.Tokens.RefreshTokenNumber(1),
        };
        var logLines = harness.Logs.GetSnapshot().Select(record => record.Message + " " + record.Exception?.Message).ToArray();
        var tagValues = activities.SelectMany(activity => activity.TagObjects.Select(tag => tag.Value?.ToString() ?? string.Empty)
            .Append(activity.DisplayName).Append(activity.StatusDescription ?? string.Empty)).ToArray();

        Assert.NotEmpty(logLines);
        Assert.NotEmpty(tagValues);
        Assert.Contains(harness.Server.Requests, request => request.Authorization == harness.Tokens.TokenNumber(2));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logLines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(messages, message => message.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(tagValues, value => value.Contains(secret, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Password, KrakenCredentials.FromEmailAndPassword("user@example.com", Password).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(MockTokenIssuer.ApiKey, harness.CreateTokenProvider(harness.CreateOptions(KrakenCredentials.FromApiKey(MockTokenIssuer.ApiKey))).ToString(), StringComparison.Ordinal);
    }
}
