using Kraken.Codegen.Runtime.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.Tests;

public sealed class DependencyInjectionTests
{
    private sealed class AccountsClient(IGraphQLExecutor executor)
    {
        public async Task<string> GetAccountNumberAsync(string accountNumber) =>
            (await executor.ExecuteAsync(new GetAccountQuery(accountNumber))).GetDataOrThrow().Account!.Number;
    }

    [Fact]
    public async Task Registers_an_authenticated_executor_and_generated_clients()
    {
        await using var harness = await TestHarness.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddKrakenGraphQLClient(options =>
            {
                options.Endpoint = harness.Server.Endpoint;
                options.Credentials = KrakenCredentials.FromApiKey(MockTokenIssuer.ApiKey);
            })
            .AddClient<AccountsClient>();
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var number = await provider.GetRequiredService<AccountsClient>().GetAccountNumberAsync("A-1");
        await provider.GetRequiredService<AccountsClient>().GetAccountNumberAsync("A-2");

        Assert.Equal("abc123", number);
        Assert.Same(provider.GetRequiredService<IKrakenTokenProvider>(), provider.GetRequiredService<IKrakenTokenProvider>());
        Assert.Equal(1, harness.Tokens.LoginCount);
        Assert.All(harness.RequestsFor("GetAccount"), request => Assert.Equal(harness.Tokens.TokenNumber(1), request.Authorization));
    }

    [Fact]
    public async Task Without_credentials_requests_carry_no_authorization_header()
    {
        await using var harness = await TestHarness.StartAsync();
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient(options => options.Endpoint = harness.Server.Endpoint);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IGraphQLExecutor>().ExecuteAsync(new GetAccountQuery("A-1"));

        Assert.Null(Assert.Single(harness.Server.Requests).Authorization);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_setting_named()
    {
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient(options =>
        {
            options.Endpoint = new Uri("/relative", UriKind.Relative);
            options.Retry.MaxAttempts = 0;
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KrakenClientOptions>>().Value);

        Assert.Contains(exception.Failures, failure => failure.Contains("Endpoint", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains("MaxAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_provider_registered_before_the_unnamed_client_wins()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Tokens.Accept("token-from-the-application");
        var services = new ServiceCollection();
        services.AddSingleton<IKrakenTokenProvider>(new StaticTokenProvider("token-from-the-application"));
        services.AddKrakenGraphQLClient(options =>
            {
                options.Endpoint = harness.Server.Endpoint;
                options.Credentials = KrakenCredentials.FromApiKey(MockTokenIssuer.ApiKey);
            })
            .AddClient<AccountsClient>();
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<AccountsClient>().GetAccountNumberAsync("A-1");

        Assert.Equal("token-from-the-application", Assert.Single(harness.Server.Requests).Authorization);
        Assert.Equal(0, harness.Tokens.LoginCount);
    }

    [Fact]
    public async Task The_unnamed_client_is_validated_at_start_up_with_the_option_named()
    {
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient(options => options.RequestTimeout = TimeSpan.FromSeconds(5));
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["KrakenClientOptions.Endpoint is required: the absolute http or https URI of the GraphQL endpoint."], exception.Failures);
    }

    private sealed class StaticTokenProvider(string token) : IKrakenTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => new(token);

        public ValueTask InvalidateAsync(string staleToken, CancellationToken cancellationToken) => default;
    }
}
