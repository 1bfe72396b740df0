using Kraken.Codegen.Runtime.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.Tests;

/// <summary>
/// Several endpoints in one application: each client registered with <c>AddKrakenGraphQLClient&lt;TClient&gt;</c> has
/// its own options (bound from configuration, validated at start-up), HttpClient, token provider and executor.
/// </summary>
public sealed class NamedClientTests
{
    private const string ApiKey = "api-key-3c1f0e";
    private const string AuthKey = "auth-key-8b27d4";

    /// <summary>Two clients in the shape of generated ones: a public constructor taking the executor.</summary>
    private sealed class ApiClient(IGraphQLExecutor executor)
    {
        public IGraphQLExecutor Executor => executor;

        public async Task<string> AccountNumberAsync(string accountNumber) =>
            (await executor.ExecuteAsync(new GetAccountQuery(accountNumber))).GetDataOrThrow().Account!.Number;
    }

    private sealed class AuthClient(IGraphQLExecutor executor)
    {
        public IGraphQLExecutor Executor => executor;

        public async Task<string> AccountNumberAsync(string accountNumber) =>
            (await executor.ExecuteAsync(new GetAccountQuery(accountNumber))).GetDataOrThrow().Account!.Number;
    }

    private sealed class StaticTokenProvider(string token) : IKrakenTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => new(token);

        public ValueTask InvalidateAsync(string staleToken, CancellationToken cancellationToken) => default;
    }

    private static IConfigurationRoot Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();

    private static async Task<(TestHarness Api, TestHarness Auth)> StartTwoServersAsync()
    {
        var api = await TestHarness.StartAsync(apiKey: ApiKey, tokenPrefix: "api");
        var auth = await TestHarness.StartAsync(clock: api.Clock, apiKey: AuthKey, tokenPrefix: "auth");
        return (api, auth);
    }

    [Fact]
    public async Task Two_clients_bound_from_configuration_each_call_their_own_endpoint_with_their_own_token()
    {
        var (api, auth) = await StartTwoServersAsync();
        await using var _ = api;
        await using var __ = auth;
        var configuration = Configuration(
            ("Kraken:Api:Endpoint", api.Server.Endpoint.ToString()),
            ("Kraken:Api:Credentials:ApiKey", ApiKey),
            ("Kraken:Auth:Endpoint", auth.Server.Endpoint.ToString()),
            ("Kraken:Auth:Credentials:ApiKey", AuthKey));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(api.Clock);
        services.AddKrakenGraphQLClient<ApiClient>(configuration.GetSection("Kraken:Api"));
        services.AddKrakenGraphQLClient<AuthClient>(configuration.GetSection("Kraken:Auth"));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredService<ApiClient>().AccountNumberAsync("A-1");
        await provider.GetRequiredService<ApiClient>().AccountNumberAsync("A-2");
        await provider.GetRequiredService<AuthClient>().AccountNumberAsync("B-1");

        Assert.Equal(["A-1", "A-2"], api.RequestsFor("GetAccount").Select(request => AccountNumberOf(request.Body)));
        Assert.Equal(["B-1"], auth.RequestsFor("GetAccount").Select(request => AccountNumberOf(request.Body)));
        Assert.All(api.RequestsFor("GetAccount"), request => Assert.Equal(api.Tokens.TokenNumber(1), request.Authorization));
        Assert.Equal(auth.Tokens.TokenNumber(1), Assert.Single(auth.RequestsFor("GetAccount")).Authorization);
        Assert.Equal(ApiKey, Assert.Single(api.Tokens.Logins)["APIKey"]);
        Assert.Equal(AuthKey, Assert.Single(auth.Tokens.Logins)["APIKey"]);
        Assert.All(api.RequestsFor("ObtainKrakenToken").Concat(auth.RequestsFor("ObtainKrakenToken")), login => Assert.Null(login.Authorization));

        var apiTokens = provider.GetRequiredKeyedService<IKrakenTokenProvider>(nameof(ApiClient));
        Assert.Same(apiTokens, provider.GetRequiredKeyedService<IKrakenTokenProvider>(nameof(ApiClient)));
        Assert.NotSame(apiTokens, provider.GetRequiredKeyedService<IKrakenTokenProvider>(nameof(AuthClient)));
        Assert.Null(provider.GetService<IGraphQLExecutor>());
        var monitor = provider.GetRequiredService<IOptionsMonitor<KrakenClientOptions>>();
        Assert.Equal(api.Server.Endpoint, monitor.Get(nameof(ApiClient)).Endpoint);
        Assert.Equal(auth.Server.Endpoint, monitor.Get(nameof(AuthClient)).Endpoint);
    }

    [Fact]
    public async Task A_client_without_credentials_sends_no_Authorization_header_while_the_other_logs_in()
    {
        var (api, auth) = await StartTwoServersAsync();
        await using var _ = api;
        await using var __ = auth;
        var configuration = Configuration(
            ("Kraken:Api:Endpoint", api.Server.Endpoint.ToString()),
            ("Kraken:Api:Credentials:ApiKey", ApiKey),
            ("Kraken:Auth:Endpoint", auth.Server.Endpoint.ToString()));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(api.Clock);
        services.AddKrakenGraphQLClient<ApiClient>(configuration.GetSection("Kraken:Api"));
        services.AddKrakenGraphQLClient<AuthClient>(configuration.GetSection("Kraken:Auth"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<AuthClient>().AccountNumberAsync("B-1");
        await provider.GetRequiredService<ApiClient>().AccountNumberAsync("A-1");

        var authRequest = Assert.Single(auth.Server.Requests);
        Assert.Null(authRequest.Authorization);
        Assert.Equal(api.Tokens.TokenNumber(1), Assert.Single(api.RequestsFor("GetAccount")).Authorization);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_token_provider_the_application_registers_for_one_client_wins_and_the_other_keeps_its_login(bool registeredFirst)
    {
        var (api, auth) = await StartTwoServersAsync();
        await using var _ = api;
        await using var __ = auth;
        var configuration = Configuration(
            ("Kraken:Api:Endpoint", api.Server.Endpoint.ToString()),
            ("Kraken:Api:Credentials:ApiKey", ApiKey),
            ("Kraken:Auth:Endpoint", auth.Server.Endpoint.ToString()),
            ("Kraken:Auth:Credentials:ApiKey", AuthKey));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(api.Clock);

        auth.Tokens.Accept("auth-token-from-the-application");

        // Before the client, the runtime's default is not registered; after it, the later registration is the one resolved.
        if (registeredFirst)
        {
            services.AddKeyedSingleton<IKrakenTokenProvider>(nameof(AuthClient), new StaticTokenProvider("auth-token-from-the-application"));
        }

        services.AddKrakenGraphQLClient<ApiClient>(configuration.GetSection("Kraken:Api"));
        services.AddKrakenGraphQLClient<AuthClient>(configuration.GetSection("Kraken:Auth"));
        if (!registeredFirst)
        {
            services.AddKeyedSingleton<IKrakenTokenProvider>(nameof(AuthClient), new StaticTokenProvider("auth-token-from-the-application"));
        }

        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ApiClient>().AccountNumberAsync("A-1");
        await provider.GetRequiredService<AuthClient>().AccountNumberAsync("B-1");

        Assert.Equal("auth-token-from-the-application", Assert.Single(auth.Server.Requests).Authorization);
        Assert.Empty(auth.Tokens.Logins);
        Assert.Equal(api.Tokens.TokenNumber(1), Assert.Single(api.RequestsFor("GetAccount")).Authorization);
    }

    [Fact]
    public async Task A_token_provider_added_through_the_builder_wins_over_the_configured_credentials()
    {
        await using var api = await TestHarness.StartAsync(apiKey: ApiKey, tokenPrefix: "api");
        api.Tokens.Accept("token-from-a-vault");
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<ApiClient>(Configuration(
                ("Kraken:Api:Endpoint", api.Server.Endpoint.ToString()),
                ("Kraken:Api:Credentials:ApiKey", ApiKey)).GetSection("Kraken:Api"))
            .AddTokenProvider(_ => new StaticTokenProvider("token-from-a-vault"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ApiClient>().AccountNumberAsync("A-1");

        Assert.Equal("token-from-a-vault", Assert.Single(api.Server.Requests).Authorization);
    }

    [Fact]
    public async Task A_factory_delegate_builds_the_client_without_reflection()
    {
        await using var api = await TestHarness.StartAsync();
        var services = new ServiceCollection();
        var built = 0;
        services.AddKrakenGraphQLClient(
            Configuration(("Kraken:Api:Endpoint", api.Server.Endpoint.ToString())).GetSection("Kraken:Api"),
            executor =>
            {
                built++;
                return new ApiClient(executor);
            });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ApiClient>();
        await client.AccountNumberAsync("A-1");

        Assert.Equal(1, built);
        Assert.IsType<KrakenGraphQLExecutor>(client.Executor);
        Assert.Single(api.Server.Requests);
    }

    [Fact]
    public async Task Every_setting_binds_from_configuration_and_follows_a_reload()
    {
        var configuration = Configuration(
            ("Kraken:Api:Endpoint", "https://api.example.test/v1/graphql/"),
            ("Kraken:Api:AuthenticationEndpoint", "https://auth.example.test/graphql/"),
            ("Kraken:Api:Credentials:Email", "user@example.com"),
            ("Kraken:Api:Credentials:Password", "pass-word-123"),
            ("Kraken:Api:TokenRenewalSkew", "00:02:00"),
            ("Kraken:Api:RequestTimeout", "00:00:45"),
            ("Kraken:Api:UsePersistedQueries", "true"),
            ("Kraken:Api:MaxResponseBytes", "1048576"),
            ("Kraken:Api:Retry:MaxAttempts", "3"),
            ("Kraken:Api:Retry:InitialDelay", "00:00:00.250"),
            ("Kraken:Api:Retry:MaxDelay", "00:00:10"),
            ("Kraken:Api:Retry:MaxRetryDuration", "00:01:00"),
            ("Kraken:Api:Retry:RetryMutationsOnTransientFailure", "true"));
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<ApiClient>(configuration.GetSection("Kraken:Api"));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var monitor = provider.GetRequiredService<IOptionsMonitor<KrakenClientOptions>>();

        var options = monitor.Get(nameof(ApiClient));

        Assert.Equal(new Uri("https://api.example.test/v1/graphql/"), options.Endpoint);
        Assert.Equal(new Uri("https://auth.example.test/graphql/"), options.AuthenticationEndpoint);
        Assert.Equal("email and password", options.Credentials?.MethodName);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TokenRenewalSkew);
        Assert.Equal(TimeSpan.FromSeconds(45), options.RequestTimeout);
        Assert.True(options.UsePersistedQueries);
        Assert.Equal(1_048_576, options.MaxResponseBytes);
        Assert.Equal(3, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Retry.InitialDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Retry.MaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Retry.MaxRetryDuration);
        Assert.True(options.Retry.RetryMutationsOnTransientFailure);
        Assert.Equal(TimeSpan.FromSeconds(45), provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ApiClient)).Timeout);

        configuration["Kraken:Api:Endpoint"] = "https://moved.example.test/graphql/";
        configuration.Reload();

        Assert.Equal(new Uri("https://moved.example.test/graphql/"), monitor.Get(nameof(ApiClient)).Endpoint);
    }

    [Theory]
    [InlineData("ApiKey", "API key")]
    [InlineData("RefreshToken", "refresh token")]
    [InlineData("OrganizationSecretKey", "organisation secret key")]
    [InlineData("PreSignedKey", "pre-signed key")]
    public async Task Each_login_method_binds_from_its_credentials_key(string key, string methodName)
    {
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<ApiClient>(Configuration(
            ("Kraken:Api:Endpoint", "https://api.example.test/graphql/"),
            ($"Kraken:Api:Credentials:{key}", "secret-value-1234")).GetSection("Kraken:Api"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<KrakenClientOptions>>().Get(nameof(ApiClient));

        Assert.Equal(methodName, options.Credentials?.MethodName);
    }

    [Fact]
    public async Task Missing_and_wrong_settings_fail_at_start_up_naming_each_setting_and_its_client()
    {
        var configuration = Configuration(
            ("Kraken:Api:Endpont", "https://typo.example.test/"),
            ("Kraken:Api:Credentials:ApiKey", "secret-api-key-5555"),
            ("Kraken:Api:Credentials:RefreshToken", "secret-refresh-6666"),
            ("Kraken:Auth:Endpoint", "graphql/"),
            ("Kraken:Auth:RequestTimeout", "soon"),
            ("Kraken:Auth:Credentials:Email", "user@example.com"),
            ("Kraken:Auth:Retry:MaxAttempts", "many"));
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<ApiClient>(configuration.GetSection("Kraken:Api"));
        services.AddKrakenGraphQLClient<AuthClient>(configuration.GetSection("Kraken:Auth"));
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = Assert.IsType<AggregateException>(exception).InnerExceptions
            .SelectMany(inner => Assert.IsType<OptionsValidationException>(inner).Failures)
            .ToArray();
        Assert.Contains("Kraken:Api:Endpoint is required: the absolute http or https URI of the GraphQL endpoint. (client ApiClient)", failures);
        Assert.Contains(failures, failure => failure.StartsWith("Kraken:Api:Endpont is not a setting of the Kraken client", StringComparison.Ordinal));
        Assert.Contains("Kraken:Api:Credentials sets ApiKey and RefreshToken; set exactly one login method. (client ApiClient)", failures);
        Assert.Contains("Kraken:Auth:Endpoint must be an absolute http or https URI; found 'graphql/'. (client AuthClient)", failures);
        Assert.Contains("Kraken:Auth:RequestTimeout must be a time span such as 00:00:30; found 'soon'. (client AuthClient)", failures);
        Assert.Contains("Kraken:Auth:Credentials:Password is required with Kraken:Auth:Credentials:Email. (client AuthClient)", failures);
        Assert.Contains("Kraken:Auth:Retry:MaxAttempts must be a whole number; found 'many'. (client AuthClient)", failures);
        Assert.DoesNotContain(failures, failure => failure.Contains("secret-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_refuses_to_start_when_a_client_setting_is_missing()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kraken:Api:Endpoint"] = "https://api.example.test/graphql/",
            ["Kraken:Auth:RequestTimeout"] = "00:00:10",
        });
        builder.Services.AddKrakenGraphQLClient<ApiClient>(builder.Configuration.GetSection("Kraken:Api"));
        builder.Services.AddKrakenGraphQLClient<AuthClient>(builder.Configuration.GetSection("Kraken:Auth"));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(nameof(AuthClient), exception.OptionsName);
        Assert.Equal(["Kraken:Auth:Endpoint is required: the absolute http or https URI of the GraphQL endpoint. (client AuthClient)"], exception.Failures);
    }

    [Fact]
    public async Task Registering_the_same_client_twice_keeps_one_set_of_services_and_applies_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<ApiClient>(Configuration(("Kraken:Api:Endpoint", "https://first.example.test/graphql/")).GetSection("Kraken:Api"));
        services.AddKrakenGraphQLClient<ApiClient>(options => options.RequestTimeout = TimeSpan.FromSeconds(5));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<KrakenClientOptions>>().Get(nameof(ApiClient));

        Assert.Equal(new Uri("https://first.example.test/graphql/"), options.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(ApiClient));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IGraphQLExecutor) && Equals(descriptor.ServiceKey, nameof(ApiClient)));
    }

    [Fact]
    public void Two_client_types_with_the_same_name_are_refused_instead_of_sharing_settings()
    {
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<ApiClient>(options => options.Endpoint = new Uri("https://one.example.test/graphql/"));

        var exception = Assert.Throws<InvalidOperationException>(() =>
            services.AddKrakenGraphQLClient<Elsewhere.ApiClient>(options => options.Endpoint = new Uri("https://two.example.test/graphql/")));

        Assert.Contains("'ApiClient' is already registered", exception.Message, StringComparison.Ordinal);
        Assert.Contains("GraphQLClientName", exception.Message, StringComparison.Ordinal);
    }

    private static string AccountNumberOf(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("variables").GetProperty("accountNumber").GetString()!;

    private static class Elsewhere
    {
        public sealed class ApiClient(IGraphQLExecutor executor)
        {
            public IGraphQLExecutor Executor => executor;
        }
    }
}
