using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Drift;

/// <summary>
/// Drift between a baseline schema and the current one, from the operations' point of view. What breaks comes from
/// the validator run on the current schema (errors the baseline did not have); why comes from the diff, matched to
/// the usage at the error's location. Breaking changes the validator cannot see (an output type changed) and
/// dangerous changes are matched to the operations through their usages. Deprecations come from the current schema.
/// </summary>
internal static class DriftAnalyzer
{
    /// <summary>A removal date this close (or closer) makes a deprecation "approaching".</summary>
    public const int ApproachingDays = 90;

    private static readonly ValidationOptions StructuralValidation = new() { ReportDeprecations = false };

    public static DriftReport Analyze(
        string baselineName,
        SchemaModel baseline,
        string currentName,
        SchemaModel current,
        ExecutableDocumentSet operations,
        SchemaDiffOptions options,
        DateTime asOf)
    {
        var changes = SchemaDiffer.Compare(baseline, current, options);
        var usages = SchemaUsageCollector.Collect(baseline, operations);
        var findings = new List<DriftFinding>();

        // Which changes reach which usage locations.
        var causesAt = new Dictionary<(string Path, int Start), List<(SchemaUsage Usage, SchemaChange Change)>>();
        foreach (var change in changes)
        {
            foreach (var usage in ChangeImpact.AffectedUsages(change, usages).Distinct())
            {
                var key = (usage.Location.Path, usage.Location.Start);
                if (!causesAt.TryGetValue(key, out var list))
                {
                    causesAt[key] = list = new List<(SchemaUsage, SchemaChange)>();
                }

                list.Add((usage, change));
            }
        }

        // What breaks: errors on the current schema that the baseline did not have.
        var before = new HashSet<(string Id, string Path, int Start)>(
            DocumentValidator.Validate(baseline, operations, StructuralValidation).Where(d => d.IsError).Select(Key));
        var covered = new HashSet<(string Path, int Start, string Operation)>();
        foreach (var diagnostic in DocumentValidator.Validate(current, operations, StructuralValidation).Where(d => d.IsError && !before.Contains(Key(d))))
        {
            var location = diagnostic.Location ?? new SourceLocation(string.Empty, 0, 0, 0, 0, 0, 0);
            var causes = causesAt.TryGetValue((location.Path, location.Start), out var list) ? list : new List<(SchemaUsage Usage, SchemaChange Change)>();
            var operationNames = causes.Select(c => c.Usage.OperationName)
                .Concat(usages.Usages.Where(u => u.Location.Path == location.Path && u.Location.Start == location.Start).Select(u => u.OperationName))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (operationNames.Count == 0)
            {
                operationNames.AddRange(OperationsAt(operations, usages, location));
            }

            foreach (var operationName in operationNames)
            {
                var operationCauses = causes.Where(c => c.Usage.OperationName == operationName).ToList();
                var coordinate = operationCauses.Select(c => c.Usage.Coordinate).FirstOrDefault()
                    ?? usages.Usages.FirstOrDefault(u => u.OperationName == operationName && u.Location.Path == location.Path && u.Location.Start == location.Start)?.Coordinate
                    ?? string.Empty;
                findings.Add(new DriftFinding(
                    ChangeCriticality.Breaking,
                    operationName,
                    location,
                    coordinate,
                    diagnostic.Message,
                    diagnostic.Id,
                    operationCauses.Select(c => c.Change).Distinct().ToArray()));
                covered.Add((location.Path, location.Start, operationName));
            }
        }

        // What the validator cannot see: breaking changes to what operations read, and dangerous changes.
        foreach (var ((path, start), list) in causesAt)
        {
            foreach (var group in list.Where(c => c.Change.Criticality != ChangeCriticality.Safe).GroupBy(c => c.Usage.OperationName))
            {
                if (covered.Contains((path, start, group.Key)))
                {
                    continue;
                }

                var worst = group.Max(c => c.Change.Criticality);
                var causes = group.Where(c => c.Change.Criticality == worst).Select(c => c.Change).Distinct().ToArray();
                var usage = group.First(c => c.Change.Criticality == worst).Usage;
                findings.Add(new DriftFinding(worst, group.Key, usage.Location, usage.Coordinate, causes[0].Message, null, causes));
            }
        }

        var deprecations = DeprecationReport.Create(current, operations, asOf).Entries
            .Select(entry => new DriftDeprecation(
                entry,
                IsNew: SchemaCoordinates.FindDeprecation(baseline, entry.Coordinate, entry.Kind) is null,
                IsApproaching: entry.RemovalOn is { } removal && !entry.IsPastRemoval && (removal - asOf.Date).TotalDays <= ApproachingDays))
            .ToArray();

        return new DriftReport(
            baselineName,
            currentName,
            asOf.Date,
            usages.OperationNames,
            changes,
            findings
                .OrderByDescending(f => f.Criticality)
                .ThenBy(f => f.OperationName, StringComparer.Ordinal)
                .ThenBy(f => f.Location.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Location.Start)
                .ThenBy(f => f.Coordinate, StringComparer.Ordinal)
                .ToArray(),
            deprecations);
    }

    private static (string Id, string Path, int Start) Key(GraphQLDiagnostic diagnostic) =>
        (diagnostic.Id, diagnostic.Location?.Path ?? string.Empty, diagnostic.Location?.Start ?? -1);

    /// <summary>The operations whose text (or whose spread fragments' text) contains the location.</summary>
    private static IEnumerable<string> OperationsAt(ExecutableDocumentSet operations, SchemaUsageSet usages, SourceLocation location)
    {
        foreach (var operation in operations.Operations)
        {
            if (operation.Document.Source.Path == location.Path && Contains(operation.Node, location))
            {
                yield return operation.Node.Name?.StringValue ?? SchemaUsageCollector.AnonymousOperationName;
                yield break;
            }
        }

        foreach (var fragment in operations.Fragments)
        {
            if (fragment.Document.Source.Path == location.Path && Contains(fragment.Node, location))
            {
                // A fragment's operations are those with usages inside it.
                var start = fragment.Node.Location.Start;
                var end = fragment.Node.Location.End;
                foreach (var name in usages.Usages
                             .Where(u => u.Location.Path == location.Path && u.Location.Start >= start && u.Location.Start < end)
                             .Select(u => u.OperationName)
                             .Distinct(StringComparer.Ordinal))
                {
                    yield return name;
                }

                yield break;
            }
        }
    }

    private static bool Contains(ASTNode node, SourceLocation location) =>
        location.Start >= node.Location.Start && location.Start < node.Location.End;
}
