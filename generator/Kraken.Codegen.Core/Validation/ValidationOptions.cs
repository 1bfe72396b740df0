namespace Kraken.Codegen.Core.Validation;

/// <summary>Settings for <see cref="DocumentValidator"/>.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The date deprecations are judged against. When set and past an element's removal date, its use is an error
    /// (KGQL0305) instead of a warning. Null means no escalation: the validator never reads the clock.
    /// </summary>
    public DateTime? AsOfDate { get; init; }

    /// <summary>Report use of deprecated schema elements (KGQL0301–0305).</summary>
    public bool ReportDeprecations { get; init; } = true;

    /// <summary>
    /// Report fragments that no operation spreads (rule 5.5.1.4). A project may keep shared fragments that only
    /// some builds use; the default follows the specification.
    /// </summary>
    public bool ReportUnusedFragments { get; init; } = true;
}
