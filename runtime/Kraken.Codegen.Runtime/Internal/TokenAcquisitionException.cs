namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// Carries a failure of the token provider through the retry pipeline untouched: the login call has its own retries,
/// so the operation's pipeline must not multiply them. Unwrapped before it reaches the caller.
/// </summary>
internal sealed class TokenAcquisitionException(Exception innerException)
    : Exception("Obtaining a Kraken token failed.", innerException);
