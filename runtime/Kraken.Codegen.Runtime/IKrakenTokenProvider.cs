namespace Kraken.Codegen.Runtime;

/// <summary>Supplies the value of the <c>Authorization</c> header (the raw Kraken token, no "Bearer").</summary>
public interface IKrakenTokenProvider
{
    /// <summary>A token valid for a while yet, renewing it first when needed; null sends no header.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reports that the server rejected <paramref name="staleToken"/> as expired. Only that token is dropped, so many
    /// callers reporting the same token cause one renewal.
    /// </summary>
    ValueTask InvalidateAsync(string staleToken, CancellationToken cancellationToken);
}
