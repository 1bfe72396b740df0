using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>Rejects options that would fail at the first call, with a message naming the setting.</summary>
internal sealed class KrakenClientOptionsValidator : IValidateOptions<KrakenClientOptions>
{
    public ValidateOptionsResult Validate(string? name, KrakenClientOptions options)
    {
        var failures = new List<string>();
        if (!IsHttpUri(options.Endpoint))
        {
            failures.Add("Endpoint must be an absolute http or https URI.");
        }

        if (options.AuthenticationEndpoint is not null && !IsHttpUri(options.AuthenticationEndpoint))
        {
            failures.Add("AuthenticationEndpoint must be an absolute http or https URI when set.");
        }

        if (options.TokenRenewalSkew < TimeSpan.Zero || options.TokenRenewalSkew >= TimeSpan.FromMinutes(30))
        {
            failures.Add("TokenRenewalSkew must be at least zero and below 30 minutes (tokens live 60 minutes).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("RequestTimeout must be positive.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add("MaxResponseBytes must be positive.");
        }

        var retry = options.Retry;
        if (retry is null)
        {
            failures.Add("Retry must not be null.");
        }
        else
        {
            if (retry.MaxAttempts is < 1 or > 20)
            {
                failures.Add("Retry.MaxAttempts must be between 1 and 20.");
            }

            if (retry.InitialDelay <= TimeSpan.Zero || retry.InitialDelay > retry.MaxDelay)
            {
                failures.Add("Retry.InitialDelay must be positive and not above Retry.MaxDelay.");
            }

            if (retry.MaxRetryDuration <= TimeSpan.Zero)
            {
                failures.Add("Retry.MaxRetryDuration must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUri(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
