namespace Kraken.Codegen.Runtime;

/// <summary>
/// Settings of a Kraken GraphQL client. Validated when the client is registered through dependency injection, and
/// bindable from configuration (<c>AddKrakenGraphQLClient&lt;TClient&gt;(configuration.GetSection("Kraken:Api"))</c>):
/// the keys are the property names, <c>Credentials</c> is a section with one login method (<c>ApiKey</c>,
/// <c>Email</c> and <c>Password</c>, <c>RefreshToken</c>, <c>OrganizationSecretKey</c> or <c>PreSignedKey</c>), and
/// <c>Retry</c> a section with the properties of <see cref="KrakenRetryOptions"/>.
/// </summary>
public sealed class KrakenClientOptions
{
    /// <summary>The GraphQL endpoint, for example <c>https://api.oeg-kraken.energy/v1/graphql/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Where <c>obtainKrakenToken</c> is sent; defaults to <see cref="Endpoint"/>.</summary>
    public Uri? AuthenticationEndpoint { get; set; }

    /// <summary>How to obtain Kraken tokens; null sends requests without an <c>Authorization</c> header.</summary>
    public KrakenCredentials? Credentials { get; set; }

    /// <summary>A token is renewed this long before its <c>exp</c>, so it does not expire in flight.</summary>
    public TimeSpan TokenRenewalSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one HTTP attempt (the <see cref="HttpClient.Timeout"/> of the registered client).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public KrakenRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Send persisted-query hashes (<c>extensions.persistedQuery.sha256Hash</c>) first and the document only when the
    /// server does not know the hash. Off by default.
    /// </summary>
    public bool UsePersistedQueries { get; set; }

    /// <summary>Responses larger than this are refused, so a misbehaving server cannot exhaust memory.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>What binding from configuration could not apply, with configuration paths; reported by the validator.</summary>
    internal List<string> ConfigurationProblems { get; } = [];
}
