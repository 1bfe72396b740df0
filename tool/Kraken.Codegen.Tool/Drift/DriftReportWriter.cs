using System.Text;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Tool.Reports;
using Kraken.Codegen.Tool.Sarif;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Drift;

/// <summary>A drift report as text, Markdown tables (for PR comments), JSON or SARIF.</summary>
internal static class DriftReportWriter
{
    public static readonly SarifRule BreakingRule = new("DRIFT001", "BreakingChangeReachesOperation", "A breaking schema change reaches an operation.");
    public static readonly SarifRule DangerousRule = new("DRIFT002", "DangerousChangeReachesOperation", "A dangerous schema change reaches an operation.");
    public static readonly SarifRule DeprecatedRule = new("DRIFT003", "DeprecatedElementInUse", "An operation uses a deprecated schema element.");
    public static readonly SarifRule PastRemovalRule = new("DRIFT004", "DeprecatedElementPastRemoval", "An operation uses a deprecated schema element past its removal date.");

    public static string Text(DriftReport report, Terminal.TerminalStyle? style = null)
    {
        style ??= Terminal.TerminalStyle.Plain;
        var text = new StringBuilder();
        text.Append("Drift of ").Append(report.OperationNames.Count).Append(" operation(s) from ").Append(report.BaselineName)
            .Append(" to ").Append(report.CurrentName).Append(", as of ").Append(Date(report.AsOf)).Append('\n');
        AppendFindings(text, "BREAKING", report.Breaking.ToList(), style);
        AppendFindings(text, "DANGEROUS", report.Dangerous.ToList(), style);
        if (report.Deprecations.Count > 0)
        {
            text.Append('\n').Append(style.Warning("DEPRECATED ELEMENTS IN USE")).Append(" (").Append(report.Deprecations.Count).Append(", soonest removal first)\n");
            foreach (var deprecation in report.Deprecations)
            {
                var usage = deprecation.Usage;
                text.Append("  ").Append(Date(usage.RemovalOn)).Append("  ").Append(deprecation.Status.PadRight(12)).Append(style.Emphasis(usage.Coordinate))
                    .Append(" (").Append(SchemaUsageKindNames.Of(usage.Kind)).Append("): ").Append(usage.Reason).Append('\n');
                foreach (var use in usage.Usages)
                {
                    text.Append("      ").Append(use.OperationName).Append("  ").Append(use.LocationText).Append('\n');
                }
            }
        }

        text.Append('\n').Append(Summary(report)).Append('\n');
        return text.ToString();
    }

    private static void AppendFindings(StringBuilder text, string title, IReadOnlyList<DriftFinding> findings, Terminal.TerminalStyle style)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(style.Severity(title)).Append(" (").Append(findings.Count).Append(")\n");
        foreach (var finding in findings)
        {
            text.Append("  ").Append(finding.OperationName).Append("  ").Append(finding.Location).Append("  ").Append(style.Emphasis(finding.Coordinate)).Append('\n');
            text.Append("    ").Append(finding.Problem).Append(finding.DiagnosticId is null ? string.Empty : " [" + finding.DiagnosticId + "]").Append('\n');
            foreach (var cause in finding.Causes.Where(c => c.Message != finding.Problem))
            {
                text.Append("    because: ").Append(cause.Message).Append('\n');
            }
        }
    }

    public static string Summary(DriftReport report) =>
        $"{report.BrokenOperations.Count} operation(s) broken ({report.Breaking.Count()} breaking finding(s)), {report.Dangerous.Count()} dangerous finding(s), " +
        $"{report.Deprecations.Count} deprecated element(s) in use ({report.Deprecations.Count(d => d.IsPastRemoval)} past removal); " +
        $"{report.Changes.Count} schema change(s), {report.UnaffectingChangeCount} of them reach no operation.";

    public static string Markdown(DriftReport report)
    {
        var text = new StringBuilder();
        text.Append("## Schema drift\n\n")
            .Append(Reports.Markdown.Cell($"Baseline `{report.BaselineName}` → current `{report.CurrentName}`, {report.OperationNames.Count} operation(s), as of {Date(report.AsOf)}.")).Append("\n\n")
            .Append(Reports.Markdown.Cell(Summary(report))).Append('\n');
        AppendFindingTable(text, "Breaking", report.Breaking.ToList());
        AppendFindingTable(text, "Dangerous", report.Dangerous.ToList());
        if (report.Deprecations.Count > 0)
        {
            text.Append("\n### Deprecated elements in use\n\n");
            Reports.Markdown.Table(
                text,
                new[] { "Removal", "Status", "Coordinate", "Used by", "Reason" },
                report.Deprecations.Select(d => (IReadOnlyList<string>)new[]
                {
                    Date(d.Usage.RemovalOn),
                    d.Status,
                    Reports.Markdown.Code(d.Usage.Coordinate),
                    string.Join("\n", d.Usage.Usages.Select(u => $"{u.OperationName} ({u.LocationText})")),
                    d.Usage.Reason,
                }));
        }

        return text.ToString();
    }

    private static void AppendFindingTable(StringBuilder text, string title, IReadOnlyList<DriftFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append("\n### ").Append(title).Append("\n\n");
        Reports.Markdown.Table(
            text,
            new[] { "Operation", "Location", "Coordinate", "Problem", "Cause" },
            findings.Select(f => (IReadOnlyList<string>)new[]
            {
                f.OperationName,
                f.Location.ToString(),
                Reports.Markdown.Code(f.Coordinate),
                f.Problem,
                string.Join("\n", f.Causes.Select(c => c.Message)),
            }));
    }

    public static string Json(DriftReport report) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("baseline", report.BaselineName);
        json.WriteString("current", report.CurrentName);
        JsonText.WriteDate(json, "asOf", report.AsOf);
        json.WriteStartObject("summary");
        json.WriteNumber("operations", report.OperationNames.Count);
        json.WriteNumber("brokenOperations", report.BrokenOperations.Count);
        json.WriteNumber("breaking", report.Breaking.Count());
        json.WriteNumber("dangerous", report.Dangerous.Count());
        json.WriteNumber("deprecated", report.Deprecations.Count);
        json.WriteNumber("pastRemoval", report.Deprecations.Count(d => d.IsPastRemoval));
        json.WriteNumber("changes", report.Changes.Count);
        json.WriteNumber("changesReachingNoOperation", report.UnaffectingChangeCount);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("criticality", DiffReport.Label(finding.Criticality));
            json.WriteString("operation", finding.OperationName);
            json.WriteString("coordinate", finding.Coordinate);
            json.WriteString("problem", finding.Problem);
            if (finding.DiagnosticId is { } id)
            {
                json.WriteString("diagnosticId", id);
            }

            JsonText.WriteLocation(json, finding.Location);
            json.WriteStartArray("causes");
            foreach (var cause in finding.Causes)
            {
                DiffReport.WriteChange(json, cause);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("deprecations");
        foreach (var deprecation in report.Deprecations)
        {
            var usage = deprecation.Usage;
            json.WriteStartObject();
            json.WriteString("coordinate", usage.Coordinate);
            json.WriteString("kind", SchemaUsageKindNames.Of(usage.Kind));
            json.WriteString("status", deprecation.Status);
            json.WriteString("reason", usage.Reason);
            JsonText.WriteDate(json, "markedOn", usage.MarkedOn);
            JsonText.WriteDate(json, "removalOn", usage.RemovalOn);
            json.WriteBoolean("isNew", deprecation.IsNew);
            json.WriteBoolean("pastRemoval", deprecation.IsPastRemoval);
            JsonText.WriteUsages(json, usage.Usages);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Sarif(DriftReport report)
    {
        var results = new List<SarifResult>();
        foreach (var finding in report.Findings)
        {
            var rule = finding.Criticality == ChangeCriticality.Breaking ? BreakingRule : DangerousRule;
            var because = finding.Causes.Where(c => c.Message != finding.Problem).Select(c => " Cause: " + c.Message);
            results.Add(new SarifResult(
                rule.Id,
                finding.Criticality == ChangeCriticality.Breaking ? "error" : "warning",
                $"Operation '{finding.OperationName}', {finding.Coordinate}: {finding.Problem}{string.Concat(because)}",
                finding.Location));
        }

        foreach (var deprecation in report.Deprecations)
        {
            var usage = deprecation.Usage;
            foreach (var use in usage.Usages)
            {
                results.Add(new SarifResult(
                    deprecation.IsPastRemoval ? PastRemovalRule.Id : DeprecatedRule.Id,
                    deprecation.IsPastRemoval ? "error" : "note",
                    $"Operation '{use.OperationName}' uses {SchemaUsageKindNames.Of(usage.Kind)} '{usage.Coordinate}' ({deprecation.Status}, removal {Date(usage.RemovalOn)}): {usage.Reason}",
                    use.Location));
            }
        }

        return SarifWriter.Write(new[] { BreakingRule, DangerousRule, DeprecatedRule, PastRemovalRule }, results);
    }

    private static string Date(DateTime? date) => date is { } value ? Deprecation.FormatDate(value) : "-";
}
