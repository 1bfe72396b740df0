using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Drift;

/// <summary>The schema diff seen from a set of operations.</summary>
internal sealed record DriftReport(
    string BaselineName,
    string CurrentName,
    DateTime AsOf,
    IReadOnlyList<string> OperationNames,
    IReadOnlyList<SchemaChange> Changes,
    IReadOnlyList<DriftFinding> Findings,
    IReadOnlyList<DriftDeprecation> Deprecations)
{
    public IEnumerable<DriftFinding> Breaking => Findings.Where(f => f.Criticality == ChangeCriticality.Breaking);

    public IEnumerable<DriftFinding> Dangerous => Findings.Where(f => f.Criticality == ChangeCriticality.Dangerous);

    /// <summary>The operations at least one breaking change reaches, sorted.</summary>
    public IReadOnlyList<string> BrokenOperations => Breaking.Select(f => f.OperationName).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Changes that reach no operation (for example a breaking change to a field nobody selects).</summary>
    public int UnaffectingChangeCount => Changes.Count(c => !Findings.Any(f => f.Causes.Contains(c)));

    public bool Fails(DriftFailOn failOn) => failOn switch
    {
        DriftFailOn.Dangerous => Findings.Count > 0,
        DriftFailOn.Deprecated => Findings.Count > 0 || Deprecations.Count > 0,
        DriftFailOn.PastRemoval => Breaking.Any() || Deprecations.Any(d => d.IsPastRemoval),
        _ => Breaking.Any(),
    };
}
