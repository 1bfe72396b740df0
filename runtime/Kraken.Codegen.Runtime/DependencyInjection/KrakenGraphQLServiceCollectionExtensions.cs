using System.Diagnostics.CodeAnalysis;
using Kraken.Codegen.Runtime;
using Kraken.Codegen.Runtime.DependencyInjection;
using Kraken.Codegen.Runtime.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Kraken GraphQL clients: per client, named and validated <see cref="KrakenClientOptions"/>, a named
/// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>, an <see cref="IKrakenTokenProvider"/> (singleton, so
/// the token is shared) and an <see cref="IGraphQLExecutor"/> (transient), both keyed by the client's name.
/// </summary>
/// <example>
/// <code>
/// services.AddKrakenGraphQLClient&lt;KrakenOegClient&gt;(configuration.GetSection("Kraken:Api"));
/// services.AddKrakenGraphQLClient&lt;KrakenOegAuthClient&gt;(configuration.GetSection("Kraken:Auth"));
/// </code>
/// </example>
public static class KrakenGraphQLServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> of the unnamed registration, <see cref="AddKrakenGraphQLClient(IServiceCollection, Action{KrakenClientOptions})"/>.</summary>
    public const string HttpClientName = "Kraken.Codegen.Runtime";

    /// <summary>
    /// Registers <typeparamref name="TClient"/> (a generated client, transient) with options bound from
    /// <paramref name="configuration"/> (for example <c>configuration.GetSection("Kraken:Api")</c>) and validated at
    /// start-up. Its options, <see cref="HttpClient"/>, executor and token provider are named after the type
    /// (<see cref="KrakenGraphQLClientBuilder.Name"/>).
    /// </summary>
    public static KrakenGraphQLClientBuilder AddKrakenGraphQLClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>(
        this IServiceCollection services, IConfiguration configuration)
        where TClient : class =>
        services.AddNamedClient(typeof(TClient)).BindConfiguration(configuration).AddClient<TClient>();

    /// <summary>Registers <typeparamref name="TClient"/> like the overload taking configuration, with options set in code.</summary>
    public static KrakenGraphQLClientBuilder AddKrakenGraphQLClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>(
        this IServiceCollection services, Action<KrakenClientOptions> configure)
        where TClient : class =>
        services.AddNamedClient(typeof(TClient)).ConfigureOptions(configure).AddClient<TClient>();

    /// <summary>Registers <typeparamref name="TClient"/>, built by <paramref name="createClient"/> (no reflection), with options bound from configuration.</summary>
    public static KrakenGraphQLClientBuilder AddKrakenGraphQLClient<TClient>(
        this IServiceCollection services, IConfiguration configuration, Func<IGraphQLExecutor, TClient> createClient)
        where TClient : class =>
        services.AddNamedClient(typeof(TClient)).BindConfiguration(configuration).AddClient(createClient);

    /// <summary>Registers <typeparamref name="TClient"/>, built by <paramref name="createClient"/> (no reflection), with options set in code.</summary>
    public static KrakenGraphQLClientBuilder AddKrakenGraphQLClient<TClient>(
        this IServiceCollection services, Action<KrakenClientOptions> configure, Func<IGraphQLExecutor, TClient> createClient)
        where TClient : class =>
        services.AddNamedClient(typeof(TClient)).ConfigureOptions(configure).AddClient(createClient);

    /// <summary>
    /// Registers one unnamed client: <see cref="IGraphQLExecutor"/> (transient), <see cref="IKrakenTokenProvider"/>
    /// (singleton) and <see cref="KrakenClientOptions"/> (validated at start-up), none of them keyed; generated clients
    /// join with <see cref="KrakenGraphQLClientBuilder.AddClient{TClient}()"/>. A token provider registered before this
    /// call wins. For several endpoints, use <c>AddKrakenGraphQLClient&lt;TClient&gt;</c> once per client.
    /// </summary>
    public static KrakenGraphQLClientBuilder AddKrakenGraphQLClient(this IServiceCollection services, Action<KrakenClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddClient(KrakenClientRegistration.Unnamed(HttpClientName)).ConfigureOptions(configure);
    }

    private static KrakenGraphQLClientBuilder AddNamedClient(this IServiceCollection services, Type clientType)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddClient(KrakenClientRegistration.For(clientType));
    }

    /// <summary>Registers the services of one client, once: a second call for the same name returns a builder over the first.</summary>
    private static KrakenGraphQLClientBuilder AddClient(this IServiceCollection services, KrakenClientRegistration registration)
    {
        var existing = services
            .Select(descriptor => descriptor.IsKeyedService ? null : descriptor.ImplementationInstance as KrakenClientRegistration)
            .FirstOrDefault(candidate => candidate?.OptionsName == registration.OptionsName);
        if (existing is not null)
        {
            if (existing.ClientType != registration.ClientType)
            {
                // Settings of two different clients must never be merged silently.
                throw new InvalidOperationException(
                    $"A Kraken GraphQL client named '{registration.OptionsName}' is already registered for {existing.ClientType}; {registration.ClientType} has the same name. "
                    + "Give one generated client another name (GraphQLClientName on its schema file, or KrakenCodegenClientName).");
            }

            return new KrakenGraphQLClientBuilder(services, services.AddHttpClient(existing.HttpClientName), existing);
        }

        services.AddSingleton(registration);
        services.AddOptions<KrakenClientOptions>(registration.OptionsName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KrakenClientOptions>>(new KrakenClientOptionsValidator(registration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, KrakenHttpMessageHandlerBuilderFilter>());

        var httpClientBuilder = services.AddHttpClient(registration.HttpClientName, (provider, client) =>
            client.Timeout = GetOptions(provider, registration).RequestTimeout);

        if (registration.ServiceKey is { } key)
        {
            services.TryAddKeyedSingleton<IKrakenTokenProvider>(key, (provider, _) => CreateTokenProvider(provider, registration));
            services.TryAddKeyedTransient<IGraphQLExecutor>(key, (provider, _) =>
                CreateExecutor(provider, registration, provider.GetRequiredKeyedService<IKrakenTokenProvider>(key)));
        }
        else
        {
            services.TryAddSingleton(provider => CreateTokenProvider(provider, registration));
            services.TryAddTransient<IGraphQLExecutor>(provider =>
                CreateExecutor(provider, registration, provider.GetRequiredService<IKrakenTokenProvider>()));
        }

        return new KrakenGraphQLClientBuilder(services, httpClientBuilder, registration);
    }

    private static KrakenClientOptions GetOptions(IServiceProvider provider, KrakenClientRegistration registration) =>
        provider.GetRequiredService<IOptionsMonitor<KrakenClientOptions>>().Get(registration.OptionsName);

    private static IKrakenTokenProvider CreateTokenProvider(IServiceProvider provider, KrakenClientRegistration registration)
    {
        var options = GetOptions(provider, registration);
        if (options.Credentials is null)
        {
            return new AnonymousTokenProvider();
        }

        // One redactor per client, shared by its logins and (through the provider) its executors.
        var httpClientFactory = provider.GetRequiredService<IHttpClientFactory>();
        var logger = provider.GetService<ILogger<KrakenTokenProvider>>();
        var timeProvider = provider.GetRequiredService<TimeProvider>();
        var redactor = new SecretRedactor();
        return new KrakenTokenProvider(
            () => KrakenLogin.CreateExecutor(
                httpClientFactory.CreateClient(registration.HttpClientName), options, redactor, logger, timeProvider, countsTransmissions: true),
            options,
            redactor,
            logger,
            timeProvider);
    }

    private static KrakenGraphQLExecutor CreateExecutor(IServiceProvider provider, KrakenClientRegistration registration, IKrakenTokenProvider tokenProvider) =>
        new(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(registration.HttpClientName),
            GetOptions(provider, registration),
            tokenProvider,
            provider.GetService<ILogger<KrakenGraphQLExecutor>>(),
            provider.GetRequiredService<TimeProvider>())
        {
            // The named HttpClient ends in the counting handler (KrakenHttpMessageHandlerBuilderFilter).
            CountsTransmissions = true,
        };
}
