using Kraken.Codegen.Runtime.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// Obtains and renews Kraken tokens with <c>obtainKrakenToken</c>. A token is renewed shortly before its <c>exp</c>
/// (<see cref="KrakenClientOptions.TokenRenewalSkew"/>) or when the server rejects it; concurrent callers share one
/// renewal. Renewal uses the refresh token while it is valid, then logs in again with the credentials when they allow it.
/// </summary>
public sealed class KrakenTokenProvider : IKrakenTokenProvider, ISecretRedactorSource
{
    // Used when the payload carries no exp: Kraken tokens live for 60 minutes.
    private static readonly TimeSpan AssumedTokenLifetime = TimeSpan.FromMinutes(60);

    private readonly Func<IGraphQLExecutor> _createLoginExecutor;
    private readonly KrakenClientOptions _options;
    private readonly KrakenCredentials _credentials;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly SecretRedactor _redactor;
    private readonly object _gate = new();
    private TokenState? _current;
    private Task<TokenState>? _renewal;

    /// <param name="httpClient">The client used for the login calls; it must not add an <c>Authorization</c> header.</param>
    public KrakenTokenProvider(
        HttpClient httpClient,
        KrakenClientOptions options,
        ILogger<KrakenTokenProvider>? logger = null,
        TimeProvider? timeProvider = null)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, logger, timeProvider, new SecretRedactor())
    {
    }

    /// <param name="createLoginExecutor">
    /// Called for each login, so a client from <c>IHttpClientFactory</c> is taken fresh each time; the executor must
    /// send no <c>Authorization</c> header and share <paramref name="redactor"/>.
    /// </param>
    /// <param name="redactor">Shared with the executors of the same client, so their messages hide the credentials too.</param>
    internal KrakenTokenProvider(
        Func<IGraphQLExecutor> createLoginExecutor, KrakenClientOptions options, SecretRedactor redactor, ILogger? logger, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _createLoginExecutor = createLoginExecutor;
        _options = options;
        _credentials = options.Credentials ?? throw new ArgumentException("KrakenClientOptions.Credentials is required.", nameof(options));
        _ = options.Endpoint ?? throw new ArgumentException("KrakenClientOptions.Endpoint is required.", nameof(options));
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _redactor = redactor;
        _redactor.AddPermanent(_credentials.Secrets);
    }

    private KrakenTokenProvider(HttpClient httpClient, KrakenClientOptions options, ILogger? logger, TimeProvider? timeProvider, SecretRedactor redactor)
        : this(() => KrakenLogin.CreateExecutor(httpClient, options, redactor, logger, timeProvider), options, redactor, logger, timeProvider)
    {
    }

    /// <summary>Credentials and the tokens issued so far, for removal from messages.</summary>
    SecretRedactor ISecretRedactorSource.Redactor => _redactor;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsFresh(current))
        {
            return current.Token;
        }

        Task<TokenState> renewal;
        lock (_gate)
        {
            if (_current is not null && IsFresh(_current))
            {
                return _current.Token;
            }

            // Every caller that finds the token stale awaits the same renewal.
            if (_renewal is null || _renewal.IsCompleted)
            {
                var previous = _current;
                _renewal = Task.Run(() => RenewAsync(previous));
            }

            renewal = _renewal;
        }

        var renewed = await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        return renewed.Token;
    }

    public ValueTask InvalidateAsync(string staleToken, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is not null && string.Equals(_current.Token, staleToken, StringComparison.Ordinal))
            {
                _current = _current with { RenewAt = DateTimeOffset.MinValue };
            }
        }

        return default;
    }

    public override string ToString() => $"KrakenTokenProvider({_credentials.MethodName})";

    private bool IsFresh(TokenState state) => _timeProvider.GetUtcNow() < state.RenewAt;

    private async Task<TokenState> RenewAsync(TokenState? previous)
    {
        if (previous?.RefreshToken is { } refreshToken)
        {
            var now = _timeProvider.GetUtcNow();
            if (previous.RefreshExpiresAt is not { } refreshExpiresAt || now < refreshExpiresAt - _options.TokenRenewalSkew)
            {
                try
                {
                    return await LoginAsync(ObtainKrakenTokenOperation.WithRefreshToken(refreshToken), "refresh token", previous).ConfigureAwait(false);
                }
                catch (KrakenGraphQLException exception) when (_credentials.AllowsFreshLogin)
                {
                    Log.RefreshFailed(_logger, string.Join(",", exception.ErrorCodes), _credentials.MethodName);
                }
            }
            else if (_credentials.AllowsFreshLogin)
            {
                Log.RefreshTokenExpired(_logger, refreshExpiresAt, _credentials.MethodName);
            }
            else
            {
                throw new KrakenAuthenticationException(
                    $"The Kraken refresh token expired at {refreshExpiresAt:O} and the configured credentials ({_credentials.MethodName}) cannot log in again. Configure an API key, email and password or an organisation secret key.");
            }
        }

        return await LoginAsync(ObtainKrakenTokenOperation.WithCredentials(_credentials), _credentials.MethodName, previous).ConfigureAwait(false);
    }

    private async Task<TokenState> LoginAsync(ObtainKrakenTokenOperation operation, string method, TokenState? previous)
    {
        var result = await _createLoginExecutor().ExecuteAsync(operation).ConfigureAwait(false);
        var obtained = result.GetDataOrThrow()
            ?? throw new KrakenAuthenticationException("obtainKrakenToken returned null without an error.");

        var expiresAt = obtained.ExpiresAt ?? _timeProvider.GetUtcNow() + AssumedTokenLifetime;
        var state = new TokenState(
            obtained.Token,
            expiresAt - _options.TokenRenewalSkew,
            obtained.RefreshToken ?? previous?.RefreshToken,
            obtained.RefreshExpiresAt ?? (obtained.RefreshToken is null ? previous?.RefreshExpiresAt : null));
        _redactor.AddToken(state.Token);
        _redactor.AddToken(state.RefreshToken);
        lock (_gate)
        {
            _current = state;
        }

        Log.TokenObtained(_logger, method, expiresAt);
        return state;
    }

    /// <summary>The current token; <see cref="RenewAt"/> already includes the renewal skew.</summary>
    private sealed record TokenState(string Token, DateTimeOffset RenewAt, string? RefreshToken, DateTimeOffset? RefreshExpiresAt);
}
