using System.Text;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Usage;

namespace Kraken.Codegen.Testing;

/// <summary>
/// The deprecated fields, arguments, input fields and enum values that a set of operations uses: coordinate, reason,
/// the dates parsed from Kraken's wording, each usage location, and whether the removal date has passed as of a given
/// date. Sorted by removal date (soonest first, undated last), so the most urgent work comes first. Its text form is
/// stable and meant for snapshots.
/// </summary>
public sealed class DeprecationReport
{
    private DeprecationReport(DateTime? asOf, IReadOnlyList<DeprecatedElementUsage> entries)
    {
        AsOf = asOf;
        Entries = entries;
    }

    /// <summary>The date removal dates were judged against; null means not judged (no entry is past removal).</summary>
    public DateTime? AsOf { get; }

    public IReadOnlyList<DeprecatedElementUsage> Entries { get; }

    public bool HasPastRemoval => Entries.Any(e => e.IsPastRemoval);

    /// <summary>Builds the report. <paramref name="asOf"/> is explicit so that results never depend on the clock.</summary>
    public static DeprecationReport Create(SchemaModel schema, ExecutableDocumentSet operations, DateTime? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operations);
        var usages = SchemaUsageCollector.Collect(schema, operations);
        var entries = new List<DeprecatedElementUsage>();
        foreach (var group in usages.Usages.Where(u => u.Deprecation is not null).GroupBy(u => (u.Coordinate, u.Kind)))
        {
            var deprecation = group.First().Deprecation!;
            var isPast = asOf is { } date && deprecation.RemovalOn is { } removal && date.Date >= removal;
            entries.Add(new DeprecatedElementUsage(group.Key.Coordinate, group.Key.Kind, deprecation, isPast, group.ToArray()));
        }

        return new DeprecationReport(asOf, entries
            .OrderBy(e => e.RemovalOn ?? DateTime.MaxValue)
            .ThenBy(e => e.Coordinate, StringComparer.Ordinal)
            .ToArray());
    }

    /// <summary>Stable text: one block per element, most urgent first, with every usage location.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("# Deprecated schema elements in use: ").Append(Entries.Count);
        if (AsOf is { } asOf)
        {
            text.Append(" (as of ").Append(DeprecationText.Date(asOf)).Append(", ")
                .Append(Entries.Count(e => e.IsPastRemoval)).Append(" past removal date)");
        }

        text.Append('\n');
        foreach (var entry in Entries)
        {
            text.Append('\n').Append(entry.Coordinate).Append(" (").Append(SchemaUsageKindNames.Of(entry.Kind)).Append(")\n");
            text.Append("  marked deprecated on: ").Append(DeprecationText.Date(entry.MarkedOn)).Append('\n');
            text.Append("  removal on or after:  ").Append(DeprecationText.Date(entry.RemovalOn));
            if (entry.IsPastRemoval)
            {
                text.Append("  PAST REMOVAL DATE");
            }

            text.Append('\n');
            text.Append("  reason: ").Append(entry.Reason).Append('\n');
            text.Append("  used by:\n");
            foreach (var usage in entry.Usages)
            {
                text.Append("    ").Append(usage.OperationName).Append("  ").Append(usage.LocationText).Append('\n');
            }
        }

        return text.ToString();
    }
}
