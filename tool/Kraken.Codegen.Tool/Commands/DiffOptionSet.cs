using System.CommandLine;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>The classification options that <c>diff</c> and <c>drift</c> share.</summary>
internal sealed class DiffOptionSet
{
    private readonly Option<bool> _dangerousAsBreaking = new("--dangerous-as-breaking") { Description = "Count DANGEROUS changes as BREAKING." };
    private readonly Option<bool> _deprecatedRemovalDangerous = new("--deprecated-removal-dangerous") { Description = "Removing an element that was already deprecated is DANGEROUS, not BREAKING." };
    private readonly Option<bool> _ignoreDescriptions = new("--ignore-descriptions") { Description = "Do not report description changes." };

    public void AddTo(Command command)
    {
        command.Options.Add(_dangerousAsBreaking);
        command.Options.Add(_deprecatedRemovalDangerous);
        command.Options.Add(_ignoreDescriptions);
    }

    public SchemaDiffOptions Read(ParseResult parse) => new()
    {
        DangerousAsBreaking = parse.GetValue(_dangerousAsBreaking),
        DeprecatedRemovalDangerous = parse.GetValue(_deprecatedRemovalDangerous),
        IgnoreDescriptions = parse.GetValue(_ignoreDescriptions),
    };
}
