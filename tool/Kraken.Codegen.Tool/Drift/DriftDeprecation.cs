using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Tool.Drift;

/// <summary>A deprecated element the operations use in the current schema, with whether the deprecation is new since the baseline and how close its removal is.</summary>
internal sealed record DriftDeprecation(DeprecatedElementUsage Usage, bool IsNew, bool IsApproaching)
{
    public bool IsPastRemoval => Usage.IsPastRemoval;

    public string Status => IsPastRemoval ? "PAST REMOVAL" : IsApproaching ? "APPROACHING" : IsNew ? "NEW" : "DEPRECATED";
}
