namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>How the differ classifies; each option is a flag of the <c>diff</c> and <c>drift</c> commands.</summary>
internal sealed record SchemaDiffOptions
{
    public static SchemaDiffOptions Default { get; } = new();

    /// <summary><c>--dangerous-as-breaking</c>: every DANGEROUS change counts as BREAKING.</summary>
    public bool DangerousAsBreaking { get; init; }

    /// <summary><c>--deprecated-removal-dangerous</c>: removing an element that was already deprecated is DANGEROUS, not BREAKING.</summary>
    public bool DeprecatedRemovalDangerous { get; init; }

    /// <summary><c>--ignore-descriptions</c>: description changes are not reported.</summary>
    public bool IgnoreDescriptions { get; init; }
}
