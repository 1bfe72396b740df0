namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>Used when no credentials are configured: requests go out without an <c>Authorization</c> header.</summary>
internal sealed class AnonymousTokenProvider : IKrakenTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => new((string?)null);

    public ValueTask InvalidateAsync(string staleToken, CancellationToken cancellationToken) => default;
}
