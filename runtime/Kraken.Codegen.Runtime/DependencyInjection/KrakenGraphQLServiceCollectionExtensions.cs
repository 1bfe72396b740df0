using Kraken.Codegen.Runtime;
using Kraken.Codegen.Runtime.DependencyInjection;
using Kraken.Codegen.Runtime.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Kraken GraphQL runtime: options, the named HttpClient, the token provider and the executor.</summary>
public static class KrakenGraphQLServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> registered through <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Kraken.Codegen.Runtime";

    /// <summary>
    /// Registers <see cref="IGraphQLExecutor"/> (transient), <see cref="IKrakenTokenProvider"/> (singleton, so the token
    /// is shared) and validated <see cref="KrakenClientOptions"/>. A token provider registered before this call wins.
    /// </summary>
    public static KrakenGraphQLClientBuilder AddKrakenGraphQLClient(this IServiceCollection services, Action<KrakenClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<KrakenClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KrakenClientOptions>, KrakenClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var httpClientBuilder = services.AddHttpClient(HttpClientName, (provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<KrakenClientOptions>>().Value.RequestTimeout);

        services.TryAddSingleton<IKrakenTokenProvider>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KrakenClientOptions>>().Value;
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
                () => KrakenLogin.CreateExecutor(httpClientFactory.CreateClient(HttpClientName), options, redactor, logger, timeProvider),
                options,
                redactor,
                logger,
                timeProvider);
        });

        services.TryAddTransient<IGraphQLExecutor>(provider => new KrakenGraphQLExecutor(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<KrakenClientOptions>>().Value,
            provider.GetRequiredService<IKrakenTokenProvider>(),
            provider.GetService<ILogger<KrakenGraphQLExecutor>>(),
            provider.GetRequiredService<TimeProvider>()));

        return new KrakenGraphQLClientBuilder(services, httpClientBuilder);
    }
}
