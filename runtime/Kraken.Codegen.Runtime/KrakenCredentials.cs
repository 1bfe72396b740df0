using System.Text.Json;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// One way of logging in with <c>obtainKrakenToken</c>. Secrets stay inside: <see cref="ToString"/> names only the method.
/// </summary>
public sealed class KrakenCredentials
{
    private enum Method
    {
        ApiKey,
        EmailAndPassword,
        RefreshToken,
        OrganizationSecretKey,
        PreSignedKey,
    }

    private readonly Method _method;
    private readonly string _secret;
    private readonly string? _email;

    private KrakenCredentials(Method method, string secret, string? email = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        _method = method;
        _secret = secret;
        _email = email;
    }

    /// <summary>An account user's API key (<c>APIKey</c>).</summary>
    public static KrakenCredentials FromApiKey(string apiKey) => new(Method.ApiKey, apiKey);

    public static KrakenCredentials FromEmailAndPassword(string email, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new(Method.EmailAndPassword, password, email);
    }

    /// <summary>A refresh token obtained earlier; once it expires the client cannot log in again on its own.</summary>
    public static KrakenCredentials FromRefreshToken(string refreshToken) => new(Method.RefreshToken, refreshToken);

    /// <summary>A third-party organisation's live secret key (<c>organizationSecretKey</c>).</summary>
    public static KrakenCredentials FromOrganizationSecretKey(string secretKey) => new(Method.OrganizationSecretKey, secretKey);

    /// <summary>A short-lived pre-signed key (<c>preSignedKey</c>).</summary>
    public static KrakenCredentials FromPreSignedKey(string preSignedKey) => new(Method.PreSignedKey, preSignedKey);

    /// <summary>A human name of the login method, safe to log.</summary>
    public string MethodName => _method switch
    {
        Method.ApiKey => "API key",
        Method.EmailAndPassword => "email and password",
        Method.RefreshToken => "refresh token",
        Method.OrganizationSecretKey => "organisation secret key",
        _ => "pre-signed key",
    };

    /// <summary>False when the credentials cannot be used for a fresh login after the refresh token has expired.</summary>
    public bool AllowsFreshLogin => _method != Method.RefreshToken;

    /// <summary>Values that must never appear in logs or messages.</summary>
    internal IEnumerable<string> Secrets => [_secret];

    public override string ToString() => $"KrakenCredentials({MethodName})";

    /// <summary>Writes the fields of <c>ObtainJSONWebTokenInput</c> for this login method.</summary>
    internal void WriteLoginInput(Utf8JsonWriter writer)
    {
        switch (_method)
        {
            case Method.ApiKey:
                writer.WriteString("APIKey"u8, _secret);
                break;
            case Method.EmailAndPassword:
                writer.WriteString("email"u8, _email);
                writer.WriteString("password"u8, _secret);
                break;
            case Method.RefreshToken:
                writer.WriteString("refreshToken"u8, _secret);
                break;
            case Method.OrganizationSecretKey:
                writer.WriteString("organizationSecretKey"u8, _secret);
                break;
            case Method.PreSignedKey:
                writer.WriteString("preSignedKey"u8, _secret);
                break;
        }
    }
}
