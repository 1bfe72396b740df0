namespace Kraken.Codegen.Runtime;

/// <summary>Kraken platform error codes that the runtime itself acts on, plus a few that callers test often.</summary>
public static class KrakenErrorCodes
{
    /// <summary>Unauthorized.</summary>
    public const string Unauthorized = "KT-CT-1111";

    /// <summary>'Authorization' header not provided.</summary>
    public const string AuthorizationHeaderMissing = "KT-CT-1112";

    /// <summary>Disabled GraphQL field requested.</summary>
    public const string DisabledField = "KT-CT-1113";

    /// <summary>The Kraken Token has expired. Triggers one token renewal and one retry.</summary>
    public const string KrakenTokenExpired = "KT-CT-1120";

    /// <summary>Signature of the JWT has expired. Triggers one token renewal and one retry.</summary>
    public const string JwtSignatureExpired = "KT-CT-1124";

    /// <summary>Invalid data (login input).</summary>
    public const string InvalidLoginData = "KT-CT-1135";

    /// <summary>Wrong credentials.</summary>
    public const string InvalidCredentials = "KT-CT-1138";

    /// <summary>Authentication failed (for example a bad API key).</summary>
    public const string AuthenticationFailed = "KT-CT-1139";

    /// <summary>Query complexity above the per-request limit. Never retried: the query must change.</summary>
    public const string QueryComplexityLimitExceeded = "KT-CT-1188";

    /// <summary>More nodes requested than the per-request limit. Never retried: the query must change.</summary>
    public const string NodeLimitExceeded = "KT-CT-1189";

    /// <summary>Too many requests (rate limit). Retried with exponential backoff.</summary>
    public const string TooManyRequests = "KT-CT-1199";

    internal static bool IsTokenExpiry(string? code) => code is JwtSignatureExpired or KrakenTokenExpired;

    internal static bool IsQueryTooComplex(string? code) => code is QueryComplexityLimitExceeded or NodeLimitExceeded;
}
