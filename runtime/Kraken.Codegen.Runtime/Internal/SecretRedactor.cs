namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// Replaces known secrets (credentials and recently issued tokens) in text that leaves the runtime: exception
/// messages and body excerpts. Tokens rotate, so only the most recent ones are kept.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Replacement = "***";
    private const int MaxRecentTokens = 8;

    // Shorter values would also match ordinary words.
    private const int MinSecretLength = 4;

    private readonly object _gate = new();
    private readonly List<string> _permanentSecrets = new();
    private readonly Queue<string> _recentTokens = new();

    public void AddPermanent(IEnumerable<string> secrets)
    {
        lock (_gate)
        {
            foreach (var secret in secrets)
            {
                if (secret.Length >= MinSecretLength && !_permanentSecrets.Contains(secret))
                {
                    _permanentSecrets.Add(secret);
                }
            }
        }
    }

    public void AddToken(string? token)
    {
        if (token is null || token.Length < MinSecretLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_recentTokens.Contains(token))
            {
                return;
            }

            _recentTokens.Enqueue(token);
            while (_recentTokens.Count > MaxRecentTokens)
            {
                _recentTokens.Dequeue();
            }
        }
    }

    public string Redact(string text)
    {
        lock (_gate)
        {
            foreach (var secret in _permanentSecrets)
            {
                text = text.Replace(secret, Replacement, StringComparison.Ordinal);
            }

            foreach (var token in _recentTokens)
            {
                text = text.Replace(token, Replacement, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
