using Microsoft.Extensions.Logging;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// Builds the executor that <c>obtainKrakenToken</c> runs through. It has no token provider, so the login carries no
/// <c>Authorization</c> header (Kraken rejects a login that carries a stale one). It goes to
/// <see cref="KrakenClientOptions.AuthenticationEndpoint"/> when set, and a login whose response was lost is retried
/// like a query: repeating it is harmless.
/// </summary>
internal static class KrakenLogin
{
    /// <param name="countsTransmissions">See <see cref="KrakenGraphQLExecutor.CountsTransmissions"/>.</param>
    public static IGraphQLExecutor CreateExecutor(
        HttpClient httpClient,
        KrakenClientOptions options,
        SecretRedactor redactor,
        ILogger? logger,
        TimeProvider? timeProvider,
        bool countsTransmissions = false)
    {
        var endpoint = options.AuthenticationEndpoint ?? options.Endpoint
            ?? throw new ArgumentException("KrakenClientOptions.Endpoint is required.", nameof(options));
        var retry = options.Retry.Clone();
        retry.RetryMutationsOnTransientFailure = true;
        return new KrakenGraphQLExecutor(httpClient, endpoint, options, retry, tokenProvider: null, logger, timeProvider, redactor)
        {
            CountsTransmissions = countsTransmissions,
        };
    }
}
