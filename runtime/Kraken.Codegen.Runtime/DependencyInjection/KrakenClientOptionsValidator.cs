using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>
/// Rejects options that would fail at the first call, with messages that name the setting where the user wrote it
/// (<c>Kraken:Api:Endpoint</c> when bound from configuration, <c>KrakenClientOptions.Endpoint</c> otherwise) and the
/// client it belongs to. Problems found while binding configuration are reported here too, so that start-up
/// validation lists everything at once.
/// </summary>
internal sealed class KrakenClientOptionsValidator(KrakenClientRegistration registration) : IValidateOptions<KrakenClientOptions>
{
    public ValidateOptionsResult Validate(string? name, KrakenClientOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, registration.OptionsName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(options.ConfigurationProblems);
        if (options.Endpoint is null)
        {
            failures.Add($"{registration.Setting("Endpoint")} is required: the absolute http or https URI of the GraphQL endpoint.");
        }
        else if (!IsHttpUri(options.Endpoint))
        {
            failures.Add($"{registration.Setting("Endpoint")} must be an absolute http or https URI; found '{options.Endpoint}'.");
        }

        if (options.AuthenticationEndpoint is not null && !IsHttpUri(options.AuthenticationEndpoint))
        {
            failures.Add($"{registration.Setting("AuthenticationEndpoint")} must be an absolute http or https URI when set; found '{options.AuthenticationEndpoint}'.");
        }

        if (options.TokenRenewalSkew < TimeSpan.Zero || options.TokenRenewalSkew >= TimeSpan.FromMinutes(30))
        {
            failures.Add($"{registration.Setting("TokenRenewalSkew")} must be at least zero and below 30 minutes (tokens live 60 minutes).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{registration.Setting("RequestTimeout")} must be positive.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"{registration.Setting("MaxResponseBytes")} must be positive.");
        }

        var retry = options.Retry;
        if (retry is null)
        {
            failures.Add($"{registration.Setting("Retry")} must not be null.");
        }
        else
        {
            if (retry.MaxAttempts is < 1 or > 20)
            {
                failures.Add($"{registration.Setting("Retry.MaxAttempts")} must be between 1 and 20.");
            }

            if (retry.InitialDelay <= TimeSpan.Zero || retry.InitialDelay > retry.MaxDelay)
            {
                failures.Add($"{registration.Setting("Retry.InitialDelay")} must be positive and not above {registration.Setting("Retry.MaxDelay")}.");
            }

            if (retry.MaxRetryDuration <= TimeSpan.Zero)
            {
                failures.Add($"{registration.Setting("Retry.MaxRetryDuration")} must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(registration.AboutClient));
    }

    private static bool IsHttpUri(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
