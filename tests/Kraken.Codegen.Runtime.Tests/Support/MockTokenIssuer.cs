using System.Collections.Concurrent;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Runtime.Tests.Support;

/// <summary>
/// Plays Kraken's login on the mock server: <c>obtainKrakenToken</c> issues numbered tokens whose <c>payload.exp</c>
/// follows the test clock, and every other request with an expired or revoked token gets KT-CT-1124.
/// </summary>
internal sealed class MockTokenIssuer
{
    public const string ApiKey = "test-api-key-5f2c9b";

    private readonly ManualTimeProvider _clock;
    private readonly string _apiKey;
    private readonly string _tokenPrefix;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokenExpiry = new();
    private readonly ConcurrentDictionary<string, bool> _revoked = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refreshExpiry = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _logins = new();
    private int _issued;

    /// <param name="apiKey">The one API key this server accepts.</param>
    /// <param name="tokenPrefix">Starts every token and refresh token, so that two servers issue different ones.</param>
    public MockTokenIssuer(ManualTimeProvider clock, string apiKey = ApiKey, string tokenPrefix = "kraken")
    {
        _clock = clock;
        _apiKey = apiKey;
        _tokenPrefix = tokenPrefix;
    }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(60);

    public TimeSpan RefreshLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The <c>input</c> of every login, in order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Logins => _logins.ToArray();

    public int LoginCount => _logins.Count;

    public string TokenNumber(int number) => $"{_tokenPrefix}-token-{number}-9d8e7f";

    public string RefreshTokenNumber(int number) => $"{_tokenPrefix}-refresh-token-{number}-1a2b3c";

    /// <summary>The server accepts <paramref name="token"/>, issued elsewhere (as an application's own token provider would).</summary>
    public void Accept(string token) => _tokenExpiry[token] = DateTimeOffset.MaxValue;

    /// <summary>The server now rejects <paramref name="token"/> as expired, whatever its exp says.</summary>
    public void Revoke(string token) => _revoked[token] = true;

    public void Install(MockGraphQLServerOptions options)
    {
        options.Fields["Mutation.obtainKrakenToken"] = MockField.Resolve(Login);
        var previousHook = options.OnRequest;
        options.OnRequest = request => previousHook?.Invoke(request) ?? RejectExpiredToken(request);
    }

    private object? Login(MockFieldContext context)
    {
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        _logins.Enqueue(input);
        if (input.TryGetValue("APIKey", out var apiKey) && apiKey is not null && !Equals(apiKey, _apiKey))
        {
            return MockField.Error(KrakenErrorCodes.AuthenticationFailed, "Authentication failed.", "AUTHORIZATION");
        }

        var number = Interlocked.Increment(ref _issued);
        var now = _clock.GetUtcNow();

        // Like Kraken, renewing with a refresh token returns the same refresh token and does not extend it.
        string refreshToken;
        DateTimeOffset refreshExpiresAt;
        if (input.TryGetValue("refreshToken", out var presented) && presented is string presentedToken)
        {
            refreshToken = presentedToken;
            refreshExpiresAt = _refreshExpiry.GetOrAdd(presentedToken, now + RefreshLifetime);
            if (now >= refreshExpiresAt)
            {
                return MockField.Error("KT-CT-1135", "Invalid data.", "VALIDATION");
            }
        }
        else
        {
            refreshToken = RefreshTokenNumber(number);
            refreshExpiresAt = now + RefreshLifetime;
            _refreshExpiry[refreshToken] = refreshExpiresAt;
        }

        var token = TokenNumber(number);
        var expiresAt = now + TokenLifetime;
        _tokenExpiry[token] = expiresAt;
        return new Dictionary<string, object?>
        {
            ["token"] = token,
            ["payload"] = new Dictionary<string, object?> { ["exp"] = expiresAt.ToUnixTimeSeconds(), ["iat"] = now.ToUnixTimeSeconds() },
            ["refreshToken"] = refreshToken,
            ["refreshExpiresIn"] = refreshExpiresAt.ToUnixTimeSeconds(),
        };
    }

    private MockHttpResponse? RejectExpiredToken(MockHttpRequest request)
    {
        if (request.Authorization is not { } token)
        {
            return null;
        }

        var expired = _revoked.ContainsKey(token)
            || !_tokenExpiry.TryGetValue(token, out var expiresAt)
            || _clock.GetUtcNow() >= expiresAt;
        return expired
            ? MockHttpResponse.KrakenError(KrakenErrorCodes.JwtSignatureExpired, "Signature of the JWT has expired.", "AUTHORIZATION")
            : null;
    }
}
