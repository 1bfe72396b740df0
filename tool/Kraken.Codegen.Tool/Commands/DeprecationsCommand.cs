using System.CommandLine;
using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Reports;
using Kraken.Codegen.Tool.Sarif;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen deprecations</c>: the deprecated elements the operations use. Exit codes: 0 none past its removal
/// date, 1 at least one used past its removal date, 2 usage or input problems.
/// </summary>
internal static class DeprecationsCommand
{
    public static Command Create()
    {
        var schema = CommandSupport.SchemaOption();
        var operations = CommandSupport.OperationsOption();
        var asOf = CommandSupport.AsOfOption();
        var format = CommandSupport.FormatOption("text", "text", "json", "sarif");
        var output = CommandSupport.OutputOption();
        var command = new Command("deprecations", """
            Report the deprecated fields, arguments, input fields and enum values the operations use: coordinate,
            reason, marked and removal dates (from Kraken's wording), every usage location, and whether the removal
            date has passed. Soonest removal first.
            Exit codes: 0 nothing used past its removal date, 1 something is, 2 usage or input problems.

            Examples:
              kraken-codegen deprecations --schema schema/kraken-oeg/schema.graphqls --operations "schema/kraken-oeg/**/*.graphql"
              kraken-codegen deprecations -s schema.graphql client-directives.graphql -p operations --as-of 2025-01-01 --format json
              kraken-codegen deprecations -s schema/kraken-oeg/schema.graphqls -p "schema/kraken-oeg/**/*.graphql" --format sarif -o deprecations.sarif
            """)
        {
            schema,
            operations,
            asOf,
            format,
            output,
        };
        command.SetAction(parse => CommandSupport.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var report = DeprecationReport.Create(
                SchemaFiles.Load(parse.GetRequiredValue(schema)),
                OperationFiles.LoadParsed(parse.GetRequiredValue(operations)),
                CommandSupport.AsOfOrToday(parse.GetValue(asOf)));
            var text = parse.GetRequiredValue(format) switch
            {
                "json" => Json(report),
                "sarif" => Sarif(report),
                _ => report.ToString(),
            };
            CommandSupport.Emit(text, parse.GetValue(output), parse.InvocationConfiguration.Output);
            return report.HasPastRemoval ? ExitCodes.Findings : ExitCodes.Success;
        }));
        return command;
    }

    public static readonly SarifRule DeprecatedRule = new("DEPR001", "DeprecatedElementInUse", "An operation uses a deprecated schema element.");
    public static readonly SarifRule PastRemovalRule = new("DEPR002", "DeprecatedElementPastRemoval", "An operation uses a deprecated schema element past its removal date.");

    /// <summary>One SARIF result per usage: a warning (DEPR001), or an error (DEPR002) past the removal date.</summary>
    private static string Sarif(DeprecationReport report)
    {
        var results = report.Entries
            .SelectMany(entry => entry.Usages.Select(usage => new SarifResult(
                entry.IsPastRemoval ? PastRemovalRule.Id : DeprecatedRule.Id,
                entry.IsPastRemoval ? "error" : "warning",
                $"{usage.OperationName} uses {entry.Coordinate}, deprecated{Dates(entry)}: {entry.Reason}",
                usage.Location)))
            .ToList();
        return SarifWriter.Write([DeprecatedRule, PastRemovalRule], results);
    }

    private static string Dates(DeprecatedElementUsage entry) =>
        (entry.MarkedOn is { } marked ? " since " + marked.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (entry.RemovalOn is { } removal ? (entry.IsPastRemoval ? ", removal due on or after " : ", removal on or after ") + removal.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);

    private static string Json(DeprecationReport report) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        JsonText.WriteDate(json, "asOf", report.AsOf);
        json.WriteStartArray("deprecations");
        foreach (var entry in report.Entries)
        {
            json.WriteStartObject();
            json.WriteString("coordinate", entry.Coordinate);
            json.WriteString("kind", SchemaUsageKindNames.Of(entry.Kind));
            json.WriteString("reason", entry.Reason);
            JsonText.WriteDate(json, "markedOn", entry.MarkedOn);
            JsonText.WriteDate(json, "removalOn", entry.RemovalOn);
            json.WriteBoolean("pastRemoval", entry.IsPastRemoval);
            JsonText.WriteUsages(json, entry.Usages);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
