using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>
/// Returned by <c>AddKrakenGraphQLClient</c>: configures one client's options, token provider and HTTP pipeline, and
/// registers the generated clients that use its executor.
/// </summary>
public sealed class KrakenGraphQLClientBuilder
{
    private readonly KrakenClientRegistration _registration;

    internal KrakenGraphQLClientBuilder(IServiceCollection services, IHttpClientBuilder httpClientBuilder, KrakenClientRegistration registration)
    {
        Services = services;
        HttpClientBuilder = httpClientBuilder;
        _registration = registration;
    }

    public IServiceCollection Services { get; }

    /// <summary>The client's named <see cref="HttpClient"/>, used for its calls and its logins; add handlers here.</summary>
    public IHttpClientBuilder HttpClientBuilder { get; }

    /// <summary>
    /// The name of the client's <see cref="KrakenClientOptions"/> (<c>IOptionsMonitor&lt;KrakenClientOptions&gt;.Get(Name)</c>)
    /// and the key of its <see cref="IGraphQLExecutor"/> and <see cref="IKrakenTokenProvider"/>; for
    /// <c>AddKrakenGraphQLClient&lt;TClient&gt;</c> the client type's name. Empty for the unnamed registration of
    /// <c>AddKrakenGraphQLClient(Action&lt;KrakenClientOptions&gt;)</c>, whose services are not keyed.
    /// </summary>
    public string Name => _registration.OptionsName;

    /// <summary>Configures the client's options in code, after (and over) what was configured before.</summary>
    public KrakenGraphQLClientBuilder ConfigureOptions(Action<KrakenClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddOptions<KrakenClientOptions>(Name).Configure(configure);
        return this;
    }

    /// <summary>
    /// Binds the client's options from a configuration section (reloaded with it). Problems are reported at start-up
    /// validation with their configuration paths, for example <c>Kraken:Api:Endpoint is required</c>.
    /// </summary>
    public KrakenGraphQLClientBuilder BindConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Services.AddSingleton<IConfigureOptions<KrakenClientOptions>>(new KrakenClientOptionsBinder(Name, configuration));
        Services.AddSingleton<IOptionsChangeTokenSource<KrakenClientOptions>>(new ConfigurationChangeTokenSource(Name, configuration));
        if (configuration is IConfigurationSection section)
        {
            _registration.ConfigurationPath = section.Path;
        }

        return this;
    }

    /// <summary>
    /// Replaces the client's token provider (by default a <see cref="KrakenTokenProvider"/> when credentials are
    /// configured). Registering an <see cref="IKrakenTokenProvider"/> under the key <see cref="Name"/> yourself does the same.
    /// </summary>
    public KrakenGraphQLClientBuilder AddTokenProvider(Func<IServiceProvider, IKrakenTokenProvider> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_registration.ServiceKey is { } key)
        {
            Services.AddKeyedSingleton(key, (provider, _) => create(provider));
        }
        else
        {
            Services.AddSingleton(create);
        }

        return this;
    }

    /// <summary>
    /// Registers a client class (as transient) whose public constructor takes this client's <see cref="IGraphQLExecutor"/>;
    /// other constructor parameters come from the container.
    /// </summary>
    public KrakenGraphQLClientBuilder AddClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>()
        where TClient : class
    {
        var factory = ActivatorUtilities.CreateFactory<TClient>([typeof(IGraphQLExecutor)]);
        Services.TryAddTransient(provider => factory(provider, [ResolveExecutor(provider)]));
        return this;
    }

    /// <summary>Registers a client class (as transient) built by <paramref name="create"/> from this client's executor, without reflection.</summary>
    public KrakenGraphQLClientBuilder AddClient<TClient>(Func<IGraphQLExecutor, TClient> create)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(create);
        Services.TryAddTransient(provider => create(ResolveExecutor(provider)));
        return this;
    }

    private IGraphQLExecutor ResolveExecutor(IServiceProvider provider) => _registration.ServiceKey is { } key
        ? provider.GetRequiredKeyedService<IGraphQLExecutor>(key)
        : provider.GetRequiredService<IGraphQLExecutor>();
}
