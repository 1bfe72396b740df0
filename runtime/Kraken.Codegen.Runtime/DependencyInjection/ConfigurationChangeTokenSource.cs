using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Kraken.Codegen.Runtime.DependencyInjection;

/// <summary>Lets <see cref="IOptionsMonitor{TOptions}"/> rebuild a client's options when its configuration reloads.</summary>
internal sealed class ConfigurationChangeTokenSource(string name, IConfiguration configuration) : IOptionsChangeTokenSource<KrakenClientOptions>
{
    public string Name => name;

    public IChangeToken GetChangeToken() => configuration.GetReloadToken();
}
