using Microsoft.Extensions.Options;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>
/// What one <c>AddKrakenGraphQLClient</c> call registered: the name of its options, the key of its executor and token
/// provider, the name of its <see cref="HttpClient"/>, and where its settings come from (for error messages).
/// </summary>
internal sealed class KrakenClientRegistration
{
    private KrakenClientRegistration(string optionsName, string? serviceKey, string httpClientName, Type? clientType)
    {
        OptionsName = optionsName;
        ServiceKey = serviceKey;
        HttpClientName = httpClientName;
        ClientType = clientType;
    }

    /// <summary>The name of the client's <see cref="KrakenClientOptions"/>.</summary>
    public string OptionsName { get; }

    /// <summary>The key of the client's keyed services; null for the unnamed registration, whose services are not keyed.</summary>
    public string? ServiceKey { get; }

    public string HttpClientName { get; }

    /// <summary>The generated client the registration is named after; null for the unnamed registration.</summary>
    public Type? ClientType { get; }

    public string? ClientName => ClientType?.Name;

    /// <summary>The configuration section the options are bound from (the last one bound), for messages.</summary>
    public string? ConfigurationPath { get; set; }

    /// <summary>The single unnamed client of <c>AddKrakenGraphQLClient(Action&lt;KrakenClientOptions&gt;)</c>.</summary>
    public static KrakenClientRegistration Unnamed(string httpClientName) => new(Options.DefaultName, null, httpClientName, null);

    /// <summary>A client with its own options, keyed services and <see cref="HttpClient"/>, all named after <paramref name="clientType"/>.</summary>
    public static KrakenClientRegistration For(Type clientType) => new(clientType.Name, clientType.Name, clientType.Name, clientType);

    /// <summary>Where a user sets <paramref name="setting"/> (a dotted path such as <c>Retry.MaxAttempts</c>).</summary>
    public string Setting(string setting) => ConfigurationPath is { } path
        ? $"{path}:{setting.Replace('.', ':')}"
        : $"{nameof(KrakenClientOptions)}.{setting}";

    /// <summary>Adds which client a message is about, when there are named clients.</summary>
    public string AboutClient(string message) => ClientName is null ? message : $"{message} (client {ClientName})";
}
