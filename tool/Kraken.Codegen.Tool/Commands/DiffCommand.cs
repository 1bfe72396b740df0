using System.CommandLine;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen diff</c>: every change between two schemas, classified BREAKING, DANGEROUS or SAFE. Exit codes:
/// 0 no breaking change, 1 at least one breaking change, 2 usage or input problems.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldSchema = new Argument<string>("old") { Description = "The old schema: SDL or introspection JSON." };
        var newSchema = new Argument<string>("new") { Description = "The new schema: SDL or introspection JSON." };
        var options = new DiffOptionSet();
        var format = CommandSupport.FormatOption("text", "text", "markdown", "json", "sarif");
        var output = CommandSupport.OutputOption();
        var command = new Command("diff", """
            Compare two schemas and classify every change as BREAKING, DANGEROUS or SAFE (types, fields, arguments,
            input fields, enum values, union members, interfaces, root types, directives, defaults, deprecations,
            descriptions).
            Exit codes: 0 no breaking change, 1 breaking changes found, 2 usage or input problems.

            Examples:
              kraken-codegen diff old/schema.graphqls new/schema.graphqls
              kraken-codegen diff schema.graphqls introspection.json --deprecated-removal-dangerous --format markdown
              kraken-codegen diff old/schema.graphqls new/schema.graphqls --format sarif -o diff.sarif
            """)
        {
            oldSchema,
            newSchema,
            format,
            output,
        };
        options.AddTo(command);
        command.SetAction(parse => CommandSupport.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var oldPath = parse.GetRequiredValue(oldSchema);
            var newPath = parse.GetRequiredValue(newSchema);
            var oldModel = SchemaFiles.Load(new[] { oldPath });
            var newModel = SchemaFiles.Load(new[] { newPath });
            var changes = SchemaDiffer.Compare(oldModel, newModel, options.Read(parse));
            var text = parse.GetRequiredValue(format) switch
            {
                "markdown" => DiffReport.Markdown(changes),
                "json" => DiffReport.Json(changes),
                "sarif" => DiffSarif.Write(changes, oldPath, oldModel, newPath, newModel),
                _ => DiffReport.Text(changes, CommandSupport.StdoutStyle(parse.GetValue(output), parse.InvocationConfiguration.Output)),
            };
            CommandSupport.Emit(text, parse.GetValue(output), parse.InvocationConfiguration.Output);
            return changes.Any(c => c.Criticality == ChangeCriticality.Breaking) ? ExitCodes.Findings : ExitCodes.Success;
        }));
        return command;
    }
}
