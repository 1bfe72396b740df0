using Kraken.Codegen.Runtime.DependencyInjection;
using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Kraken.Codegen.Runtime.Tests;

/// <summary>
/// The runtime retries at the GraphQL level (it alone sees KT-CT-1199 in an HTTP 200 body and knows queries from
/// mutations). An application that adds its own resilience handler to the client's HttpClient must not get the
/// product of both layers' attempts: the tests count what reaches a real server on 127.0.0.1 for one failing call.
/// </summary>
public sealed class ResilienceHandlerTests
{
    private sealed class ApiClient(IGraphQLExecutor executor)
    {
        public Task<GraphQLResult<AccountData>> AccountAsync() => executor.ExecuteAsync(new GetAccountQuery("A-1"));

        public Task<GraphQLResult<UpdateNicknameData>> RenameAsync() => executor.ExecuteAsync(new UpdateNicknameMutation("A-1", "Home"));
    }

    private static MockHttpResponse ServiceUnavailable() => MockHttpResponse.Raw(503, "text/plain", "Service Unavailable");

    private static MockHttpResponse RateLimited() =>
        MockHttpResponse.KrakenError(KrakenErrorCodes.TooManyRequests, "Too many requests.", "AUTHORIZATION");

    /// <summary>A client on real time with short runtime retry delays; <paramref name="maxAttempts"/> is the runtime's layer.</summary>
    private static KrakenGraphQLClientBuilder AddClient(IServiceCollection services, MockGraphQLServer server, int maxAttempts = 5)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kraken:Api:Endpoint"] = server.Endpoint.ToString(),
            ["Kraken:Api:Retry:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kraken:Api:Retry:InitialDelay"] = "00:00:00.010",
            ["Kraken:Api:Retry:MaxDelay"] = "00:00:00.020",
        }).Build();
        return services.AddKrakenGraphQLClient<ApiClient>(configuration.GetSection("Kraken:Api"));
    }

    /// <summary>The application's standard handler: 3 retries (4 attempts), 10 ms apart.</summary>
    private static void Standard(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.BackoffType = DelayBackoffType.Constant;
        options.Retry.UseJitter = false;
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    public async Task Without_a_resilience_handler_the_runtime_alone_retries_and_MaxAttempts_1_turns_it_off(int maxAttempts)
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, new MockGraphQLServerOptions { OnRequest = _ => ServiceUnavailable() });
        var services = new ServiceCollection();
        AddClient(services, server, maxAttempts);
        await using var provider = services.BuildServiceProvider();

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => provider.GetRequiredService<ApiClient>().AccountAsync());

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(maxAttempts, server.RequestCount);
    }

    [Theory]
    [InlineData("on the client's builder")]
    [InlineData("on the named HttpClient, before the client")]
    [InlineData("for every HttpClient (ConfigureHttpClientDefaults)")]
    public async Task With_the_standard_resilience_handler_a_failing_query_is_sent_as_often_as_that_handler_says_not_more(string where)
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, new MockGraphQLServerOptions { OnRequest = _ => ServiceUnavailable() });
        var services = new ServiceCollection();
        switch (where)
        {
            case "on the client's builder":
                AddClient(services, server).HttpClientBuilder.AddStandardResilienceHandler(Standard);
                break;
            case "on the named HttpClient, before the client":
                services.AddHttpClient(nameof(ApiClient)).AddStandardResilienceHandler(Standard);
                AddClient(services, server);
                break;
            default:
                services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(Standard));
                AddClient(services, server);
                break;
        }

        await using var provider = services.BuildServiceProvider();

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => provider.GetRequiredService<ApiClient>().AccountAsync());

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, exception.StatusCode);

        // 4 from the handler's own retries; both layers multiplied would send 5 × 4 = 20.
        Assert.Equal(4, server.RequestCount);
    }

    [Fact]
    public async Task With_the_standard_resilience_handler_rate_limits_in_HTTP_200_are_still_retried_by_the_runtime()
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, new MockGraphQLServerOptions { OnRequest = _ => RateLimited() });
        var services = new ServiceCollection();
        AddClient(services, server).HttpClientBuilder.AddStandardResilienceHandler(Standard);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<ApiClient>().AccountAsync();

        Assert.True(result.HasErrorCode(KrakenErrorCodes.TooManyRequests));
        Assert.Equal(5, server.RequestCount);
    }

    [Fact]
    public async Task The_standard_resilience_handler_retries_mutations_too_and_the_runtime_adds_nothing()
    {
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, new MockGraphQLServerOptions { OnRequest = _ => ServiceUnavailable() });
        var services = new ServiceCollection();
        AddClient(services, server).HttpClientBuilder.AddStandardResilienceHandler(Standard);
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<GraphQLTransportException>(() => provider.GetRequiredService<ApiClient>().RenameAsync());

        // Every POST is retried by that handler, mutations included; the runtime alone would have sent one.
        Assert.Equal(4, server.RequestCount);
    }

    [Fact]
    public async Task A_resilience_handler_that_gives_up_surfaces_as_a_transport_exception()
    {
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.account"] = MockField.Delay(TimeSpan.FromSeconds(20));
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, options);
        var services = new ServiceCollection();
        AddClient(services, server).HttpClientBuilder.AddStandardResilienceHandler(standard =>
        {
            Standard(standard);
            standard.Retry.MaxRetryAttempts = 1;
            standard.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(200);
        });
        await using var provider = services.BuildServiceProvider();

        var exception = await Assert.ThrowsAsync<GraphQLTransportException>(() => provider.GetRequiredService<ApiClient>().AccountAsync());

        Assert.IsType<TimeoutRejectedException>(exception.InnerException);
        Assert.Contains("resilience handler", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount);
    }
}
