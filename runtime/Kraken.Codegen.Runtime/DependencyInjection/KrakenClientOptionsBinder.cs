using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>
/// Binds <see cref="KrakenClientOptions"/> from a configuration section, written by hand: no reflection (the runtime is
/// AOT-compatible), credentials built through <see cref="KrakenCredentials"/>' factories, and every problem (an
/// unparsable value, an unknown key, two login methods at once) recorded with its configuration path for the
/// validator, instead of a first exception that hides the rest. Only keys present in the section are applied, so code
/// that configures the same options before or after keeps its values. Credential values never appear in messages.
/// </summary>
/// <example>
/// <code>
/// "Kraken": { "Api": {
///   "Endpoint": "https://api.oeg-kraken.energy/v1/graphql/",
///   "Credentials": { "ApiKey": "…" },
///   "RequestTimeout": "00:00:30",
///   "Retry": { "MaxAttempts": 5 } } }
/// </code>
/// </example>
internal sealed class KrakenClientOptionsBinder(string optionsName, IConfiguration configuration) : IConfigureNamedOptions<KrakenClientOptions>
{
    private delegate bool Parser<T>(string text, out T value);

    private static readonly string[] Settings =
        ["Endpoint", "AuthenticationEndpoint", "Credentials", "TokenRenewalSkew", "RequestTimeout", "Retry", "UsePersistedQueries", "MaxResponseBytes"];

    private static readonly string[] RetrySettings =
        ["MaxAttempts", "InitialDelay", "MaxDelay", "MaxRetryDuration", "RetryMutationsOnTransientFailure"];

    private static readonly string[] CredentialSettings =
        ["ApiKey", "Email", "Password", "RefreshToken", "OrganizationSecretKey", "PreSignedKey"];

    public void Configure(KrakenClientOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, KrakenClientOptions options)
    {
        if (string.Equals(name ?? Options.DefaultName, optionsName, StringComparison.Ordinal))
        {
            Bind(configuration, options);
        }
    }

    internal static void Bind(IConfiguration section, KrakenClientOptions options)
    {
        var problems = options.ConfigurationProblems;
        foreach (var setting in section.GetChildren())
        {
            switch (Canonical(setting.Key, Settings))
            {
                case "Endpoint":
                    Read<Uri>(setting, problems, TryParseUri, "a URI", value => options.Endpoint = value);
                    break;
                case "AuthenticationEndpoint":
                    Read<Uri>(setting, problems, TryParseUri, "a URI", value => options.AuthenticationEndpoint = value);
                    break;
                case "Credentials":
                    BindCredentials(setting, options);
                    break;
                case "TokenRenewalSkew":
                    Read<TimeSpan>(setting, problems, TryParseTimeSpan, "a time span such as 00:01:00", value => options.TokenRenewalSkew = value);
                    break;
                case "RequestTimeout":
                    Read<TimeSpan>(setting, problems, TryParseTimeSpan, "a time span such as 00:00:30", value => options.RequestTimeout = value);
                    break;
                case "UsePersistedQueries":
                    Read<bool>(setting, problems, bool.TryParse, "true or false", value => options.UsePersistedQueries = value);
                    break;
                case "MaxResponseBytes":
                    Read<int>(setting, problems, TryParseInt, "a whole number", value => options.MaxResponseBytes = value);
                    break;
                case "Retry":
                    BindRetry(setting, options.Retry ??= new KrakenRetryOptions(), problems);
                    break;
                default:
                    problems.Add(UnknownSetting(setting, Settings));
                    break;
            }
        }
    }

    private static void BindRetry(IConfigurationSection section, KrakenRetryOptions retry, List<string> problems)
    {
        foreach (var setting in section.GetChildren())
        {
            switch (Canonical(setting.Key, RetrySettings))
            {
                case "MaxAttempts":
                    Read<int>(setting, problems, TryParseInt, "a whole number", value => retry.MaxAttempts = value);
                    break;
                case "InitialDelay":
                    Read<TimeSpan>(setting, problems, TryParseTimeSpan, "a time span such as 00:00:01", value => retry.InitialDelay = value);
                    break;
                case "MaxDelay":
                    Read<TimeSpan>(setting, problems, TryParseTimeSpan, "a time span such as 00:00:30", value => retry.MaxDelay = value);
                    break;
                case "MaxRetryDuration":
                    Read<TimeSpan>(setting, problems, TryParseTimeSpan, "a time span such as 00:02:00", value => retry.MaxRetryDuration = value);
                    break;
                case "RetryMutationsOnTransientFailure":
                    Read<bool>(setting, problems, bool.TryParse, "true or false", value => retry.RetryMutationsOnTransientFailure = value);
                    break;
                default:
                    problems.Add(UnknownSetting(setting, RetrySettings));
                    break;
            }
        }
    }

    /// <summary>Exactly one login method: <c>ApiKey</c>, <c>Email</c> with <c>Password</c>, <c>RefreshToken</c>, <c>OrganizationSecretKey</c> or <c>PreSignedKey</c>.</summary>
    private static void BindCredentials(IConfigurationSection section, KrakenClientOptions options)
    {
        var problems = options.ConfigurationProblems;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in section.GetChildren())
        {
            if (Canonical(setting.Key, CredentialSettings) is not { } key)
            {
                problems.Add(UnknownSetting(setting, CredentialSettings));
            }
            else if (!string.IsNullOrWhiteSpace(setting.Value))
            {
                values[key] = setting.Value;
            }
        }

        if (values.Count == 0)
        {
            return;
        }

        var methods = new[] { "ApiKey", "Email", "RefreshToken", "OrganizationSecretKey", "PreSignedKey" }.Where(values.ContainsKey).ToArray();
        if (methods.Length > 1)
        {
            problems.Add($"{section.Path} sets {string.Join(" and ", methods)}; set exactly one login method.");
            return;
        }

        if (values.ContainsKey("Password") && methods is not ["Email"])
        {
            problems.Add($"{section.Path}:Email is required with {section.Path}:Password.");
            return;
        }

        switch (methods[0])
        {
            case "ApiKey":
                options.Credentials = KrakenCredentials.FromApiKey(values["ApiKey"]);
                break;
            case "Email" when values.TryGetValue("Password", out var password):
                options.Credentials = KrakenCredentials.FromEmailAndPassword(values["Email"], password);
                break;
            case "Email":
                problems.Add($"{section.Path}:Password is required with {section.Path}:Email.");
                break;
            case "RefreshToken":
                options.Credentials = KrakenCredentials.FromRefreshToken(values["RefreshToken"]);
                break;
            case "OrganizationSecretKey":
                options.Credentials = KrakenCredentials.FromOrganizationSecretKey(values["OrganizationSecretKey"]);
                break;
            default:
                options.Credentials = KrakenCredentials.FromPreSignedKey(values["PreSignedKey"]);
                break;
        }
    }

    /// <summary>Applies a value when the key holds one; an empty value leaves the setting as it was (unset).</summary>
    private static void Read<T>(IConfigurationSection setting, List<string> problems, Parser<T> parse, string expected, Action<T> assign)
    {
        if (string.IsNullOrWhiteSpace(setting.Value))
        {
            if (setting.GetChildren().Any())
            {
                problems.Add($"{setting.Path} must be a single value, not a section.");
            }

            return;
        }

        if (parse(setting.Value.Trim(), out var value))
        {
            assign(value);
        }
        else
        {
            problems.Add($"{setting.Path} must be {expected}; found '{setting.Value}'.");
        }
    }

    private static string? Canonical(string key, string[] known) =>
        Array.Find(known, name => string.Equals(name, key, StringComparison.OrdinalIgnoreCase));

    private static string UnknownSetting(IConfigurationSection setting, string[] known) =>
        $"{setting.Path} is not a setting of the Kraken client; the settings here are {string.Join(", ", known)}.";

    // Relative URIs are kept, so the validator reports them as "not absolute" with the value, like options set in code.
    private static bool TryParseUri(string text, out Uri value) => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out value!);

    private static bool TryParseTimeSpan(string text, out TimeSpan value) => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);

    private static bool TryParseInt(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
