using Kraken.Codegen.Runtime.Internal;
using Microsoft.Extensions.Http;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>
/// Appends <see cref="TransmissionCountingHandler"/> to the HTTP pipeline of every Kraken client after all configured
/// handlers, so it sits below any resilience handler the application adds, whenever it adds it.
/// </summary>
internal sealed class KrakenHttpMessageHandlerBuilderFilter(IEnumerable<KrakenClientRegistration> registrations) : IHttpMessageHandlerBuilderFilter
{
    private readonly HashSet<string> _httpClientNames = registrations.Select(registration => registration.HttpClientName).ToHashSet(StringComparer.Ordinal);

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name is { } name && _httpClientNames.Contains(name))
        {
            builder.AdditionalHandlers.Add(new TransmissionCountingHandler());
        }
    };
}
