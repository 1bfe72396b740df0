using System.CommandLine;
using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Reports;

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
        var format = CommandSupport.FormatOption("text", "text", "json");
        var output = CommandSupport.OutputOption();
        var command = new Command("deprecations", """
            Report the deprecated fields, arguments, input fields and enum values the operations use: coordinate,
            reason, marked and removal dates (from Kraken's wording), every usage location, and whether the removal
            date has passed. Soonest removal first.
            Exit codes: 0 nothing used past its removal date, 1 something is, 2 usage or input problems.

            Examples:
              kraken-codegen deprecations --schema schema/kraken-oeg/schema.graphqls --operations "schema/kraken-oeg/**/*.graphql"
              kraken-codegen deprecations -s schema.graphql client-directives.graphql -p operations --as-of 2025-01-01 --format json
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
            var text = parse.GetRequiredValue(format) == "json" ? Json(report) : report.ToString();
            CommandSupport.Emit(text, parse.GetValue(output), parse.InvocationConfiguration.Output);
            return report.HasPastRemoval ? ExitCodes.Findings : ExitCodes.Success;
        }));
        return command;
    }

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
