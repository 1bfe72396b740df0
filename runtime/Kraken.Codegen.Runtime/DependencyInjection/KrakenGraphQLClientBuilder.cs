using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>
/// Returned by <see cref="KrakenGraphQLServiceCollectionExtensions.AddKrakenGraphQLClient"/>: generated clients register
/// themselves through <see cref="AddClient{TClient}"/>, and <see cref="HttpClientBuilder"/> adds handlers to the HTTP pipeline.
/// </summary>
public sealed class KrakenGraphQLClientBuilder
{
    internal KrakenGraphQLClientBuilder(IServiceCollection services, IHttpClientBuilder httpClientBuilder)
    {
        Services = services;
        HttpClientBuilder = httpClientBuilder;
    }

    public IServiceCollection Services { get; }

    /// <summary>The named <see cref="HttpClient"/> used for every Kraken call, login included.</summary>
    public IHttpClientBuilder HttpClientBuilder { get; }

    /// <summary>Registers a generated client (constructor taking <see cref="IGraphQLExecutor"/>) as transient.</summary>
    public KrakenGraphQLClientBuilder AddClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>()
        where TClient : class
    {
        Services.TryAddTransient<TClient>();
        return this;
    }
}
