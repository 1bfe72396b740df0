using System.CommandLine;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Reports;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen validate</c>: the build's diagnostics without a build. Exit codes: 0 no errors (warnings allowed),
/// 1 errors, 2 usage or input problems.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var schema = CommandSupport.SchemaOption();
        var operations = CommandSupport.OperationsOption();
        var format = CommandSupport.FormatOption("text", "text", "json", "sarif");
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Judge deprecation removal dates against this date (yyyy-MM-dd): uses past removal become errors (KGQL0305). Default: not judged.",
        };
        var output = CommandSupport.OutputOption();
        var command = new Command("validate", """
            Validate operations against a schema with the same rules and diagnostics as the build (KGQL0xxx).
            Text output is in compiler format: path(line,col): error KGQL0206: message.
            Exit codes: 0 no errors, 1 errors, 2 usage or input problems.

            Examples:
              kraken-codegen validate --schema schema/kraken-oeg/schema.graphqls --operations "schema/kraken-oeg/**/*.graphql"
              kraken-codegen validate -s schema.graphql client-directives.graphql -p operations --format sarif -o validation.sarif
            """)
        {
            schema,
            operations,
            format,
            asOf,
            output,
        };
        command.SetAction(parse => CommandSupport.Guard(parse.InvocationConfiguration.Error, () => Run(
            parse.GetRequiredValue(schema),
            parse.GetRequiredValue(operations),
            parse.GetRequiredValue(format),
            parse.GetValue(asOf),
            parse.GetValue(output),
            parse.InvocationConfiguration.Output)));
        return command;
    }

    private static int Run(string[] schemaPaths, string[] operationPatterns, string format, string? asOf, string? output, TextWriter stdout)
    {
        var options = new ValidationOptions { AsOfDate = CommandSupport.ParseDate(asOf) };
        var schema = SchemaFiles.Load(schemaPaths);
        var documents = OperationFiles.Load(operationPatterns);
        var diagnostics = DocumentValidator.Validate(schema, documents, options);
        var text = format switch
        {
            "json" => DiagnosticsReport.Json(diagnostics),
            "sarif" => DiagnosticsReport.Sarif(diagnostics),
            _ => DiagnosticsReport.Text(diagnostics, CommandSupport.StdoutStyle(output, stdout)),
        };
        CommandSupport.Emit(text, output, stdout);
        return diagnostics.Any(d => d.IsError) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
