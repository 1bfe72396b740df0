using System.Net;
using Kraken.Codegen.Runtime.Internal;
using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Runtime.Tests;

public sealed class RetryTests
{
    private static Func<MockHttpRequest, MockHttpResponse?> FailFirst(int failures, string operationName, Func<MockHttpResponse> fault)
    {
        var seen = 0;
        return request => request.OperationName == operationName && Interlocked.Increment(ref seen) <= failures ? fault() : null;
    }

    private static MockHttpResponse RateLimited() =>
        MockHttpResponse.KrakenError(KrakenErrorCodes.TooManyRequests, "Too many requests.", "AUTHORIZATION");

    [Fact]
    public async Task Rate_limit_twice_then_success_is_retried_with_growing_delays()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = FailFirst(2, "GetAccount", RateLimited));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.False(result.HasErrors);
        Assert.Equal(3, harness.Server.RequestCount);
        var delays = harness.Clock.Delays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Rate_limit_retries_stop_after_the_configured_attempts()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = _ => RateLimited());
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.True(result.HasErrorCode(KrakenErrorCodes.TooManyRequests));
        Assert.Equal(5, harness.Server.RequestCount);
        Assert.All(harness.Clock.Delays, delay => Assert.True(delay <= TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Rate_limit_retries_stop_when_the_total_retry_time_is_spent()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = _ => RateLimited());
        var executor = harness.CreateExecutor(harness.CreateOptions(configure: options =>
        {
            options.Retry.MaxAttempts = 20;
            options.Retry.MaxRetryDuration = TimeSpan.FromSeconds(10);
        }));

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.True(result.HasErrorCode(KrakenErrorCodes.TooManyRequests));
        var total = harness.Clock.Delays.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);
        Assert.True(total <= TimeSpan.FromSeconds(10), $"retried for {total}");
        Assert.InRange(harness.Server.RequestCount, 3, 6);
    }

    [Fact]
    public async Task Rate_limited_mutations_are_retried_because_the_server_did_not_run_them()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = FailFirst(1, "UpdateNickname", RateLimited));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new UpdateNicknameMutation("A-1", "Home"));

        Assert.Equal("abc123", result.GetDataOrThrow().AccountNumber);
        Assert.Equal(2, harness.Server.RequestCount);
    }

    [Theory]
    [InlineData(KrakenErrorCodes.QueryComplexityLimitExceeded)]
    [InlineData(KrakenErrorCodes.NodeLimitExceeded)]
    public async Task Query_too_complex_is_never_retried(string errorCode)
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = _ => MockHttpResponse.KrakenError(errorCode, "Query complexity is too high.", "VALIDATION"));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Empty(harness.Clock.Delays);
        var exception = Assert.Throws<KrakenQueryTooComplexException>(() => result.GetDataOrThrow());
        Assert.True(exception.HasErrorCode(errorCode));
        Assert.Contains("must change", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_for_a_query()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = FailFirst(2, "GetAccount", () => MockHttpResponse.Raw(503, "text/plain", "Service Unavailable")));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal("abc123", result.GetDataOrThrow().Account!.Number);
        Assert.Equal(3, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Service_unavailable_is_not_retried_for_a_mutation_by_default()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = FailFirst(1, "UpdateNickname", () => MockHttpResponse.Raw(503, "text/plain", "Service Unavailable")));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => executor.ExecuteAsync(new UpdateNicknameMutation("A-1", "Home")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.True(exception.IsTransient);
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_for_a_mutation_when_the_caller_opts_in()
    {
        await using var harness = await TestHarness.StartAsync(options =>
            options.OnRequest = FailFirst(1, "UpdateNickname", () => MockHttpResponse.Raw(503, "text/plain", "Service Unavailable")));
        var executor = harness.CreateExecutor(harness.CreateOptions(configure: options => options.Retry.RetryMutationsOnTransientFailure = true));

        var result = await executor.ExecuteAsync(new UpdateNicknameMutation("A-1", "Home"));

        Assert.False(result.HasErrors);
        Assert.Equal(2, harness.Server.RequestCount);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_a_query()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = FailFirst(1, "GetAccount", MockHttpResponse.DropConnection));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var result = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.False(result.HasErrors);
        Assert.Equal(2, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Http_429_honours_Retry_After_up_to_the_maximum_delay()
    {
        await using var harness = await TestHarness.StartAsync(options => options.OnRequest = FailFirst(
            1, "GetAccount", () => MockHttpResponse.Raw(429, "text/plain", "slow down", new Dictionary<string, string> { ["Retry-After"] = "7" })));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(harness.Clock.Delays));
    }

    [Fact]
    public void Delays_grow_exponentially_with_jitter_and_respect_the_caps()
    {
        var options = new KrakenRetryOptions();

        Assert.Equal(TimeSpan.FromSeconds(0.5), KrakenRetryPipeline.ComputeDelay(options, 0, null, TimeSpan.Zero, 0));
        Assert.Equal(TimeSpan.FromSeconds(1), KrakenRetryPipeline.ComputeDelay(options, 0, null, TimeSpan.Zero, 1));
        Assert.Equal(TimeSpan.FromSeconds(8), KrakenRetryPipeline.ComputeDelay(options, 3, null, TimeSpan.Zero, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), KrakenRetryPipeline.ComputeDelay(options, 10, null, TimeSpan.Zero, 1));
        Assert.Equal(TimeSpan.FromSeconds(5), KrakenRetryPipeline.ComputeDelay(options, 10, null, options.MaxRetryDuration - TimeSpan.FromSeconds(5), 1));
    }
}
