namespace Kraken.Codegen.Runtime;

/// <summary>
/// No Kraken token can be obtained without the caller's help, for example because the only credential was a refresh
/// token that has expired. The message never contains credentials or tokens.
/// </summary>
public sealed class KrakenAuthenticationException : Exception
{
    public KrakenAuthenticationException(string message)
        : base(message)
    {
    }
}
