using System.CommandLine;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen contract emit|verify</c>: JSON Schema contracts of operations. Exit codes: emit 0 written, 1 the
/// operations do not validate; verify 0 the document conforms, 1 violations (listed with JSON paths); both 2 for usage
/// or input problems (an unknown operation, a missing file).
/// </summary>
internal static class ContractCommand
{
    public static Command Create()
    {
        var command = new Command("contract", """
            JSON Schema contracts of operations: one for the variables and one for the response ({"data": …}) of each
            named operation, built from the schema and the operation text (aliases, fragments, __typename, nullability,
            lists, enums, custom scalars, abstract types).
            """);
        command.Subcommands.Add(CreateEmit());
        command.Subcommands.Add(CreateVerify());
        return command;
    }

    private static Command CreateEmit()
    {
        var schema = CommandSupport.SchemaOption();
        var operations = CommandSupport.OperationsOption();
        var output = new Option<string>("--output", "-o") { Description = "The folder that receives <Operation>.variables.schema.json and <Operation>.response.schema.json.", Required = true };
        var command = new Command("emit", """
            Write the JSON Schema contracts of every named operation to a folder.
            Exit codes: 0 written, 1 the operations do not validate against the schema (diagnostics on stderr), 2 usage or input problems.

            Example:
              kraken-codegen contract emit --schema schema/kraken-oeg/schema.graphqls --operations "schema/kraken-oeg/**/*.graphql" --output contracts
            """)
        {
            schema,
            operations,
            output,
        };
        command.SetAction(parse => CommandSupport.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryLoadValid(parse.GetRequiredValue(schema), parse.GetRequiredValue(operations), stderr, out var verifier))
            {
                return ExitCodes.Findings;
            }

            var folder = parse.GetRequiredValue(output);
            Directory.CreateDirectory(folder);
            foreach (var name in verifier.OperationNames)
            {
                var contract = verifier.GetContract(name);
                File.WriteAllText(Path.Combine(folder, name + ".variables.schema.json"), contract.VariablesJson + "\n");
                File.WriteAllText(Path.Combine(folder, name + ".response.schema.json"), contract.ResponseJson + "\n");
            }

            parse.InvocationConfiguration.Output.WriteLine($"{verifier.OperationNames.Count} operation contract(s) written to {folder}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateVerify()
    {
        var schema = CommandSupport.SchemaOption();
        var operations = CommandSupport.OperationsOption();
        var operation = new Option<string>("--operation", "-n") { Description = "The name of the operation whose contract applies.", Required = true };
        var response = new Option<string?>("--response", "-r") { Description = "A recorded response ({\"data\": …}) to check." };
        var variables = new Option<string?>("--variables") { Description = "A variables object to check." };
        var command = new Command("verify", """
            Check a recorded response (and/or variables) against an operation's contract; every violation is listed with its JSON path.
            Exit codes: 0 conforms, 1 violations, 2 usage or input problems (unknown operation, missing file, invalid operations).

            Example:
              kraken-codegen contract verify -s schema/kraken-oeg/schema.graphqls -p "schema/kraken-oeg/**/*.graphql" --operation Account --response recorded/account.json
            """)
        {
            schema,
            operations,
            operation,
            response,
            variables,
        };
        command.SetAction(parse => CommandSupport.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var responsePath = parse.GetValue(response);
            var variablesPath = parse.GetValue(variables);
            if (responsePath is null && variablesPath is null)
            {
                throw new InputException("give --response, --variables or both.");
            }

            if (!TryLoadValid(parse.GetRequiredValue(schema), parse.GetRequiredValue(operations), stderr, out var verifier))
            {
                return ExitCodes.InputError;
            }

            var name = parse.GetRequiredValue(operation);
            if (!verifier.OperationNames.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException($"no operation named '{name}'.");
            }

            var results = new List<ContractVerificationResult>();
            if (responsePath is not null)
            {
                results.Add(verifier.Verify(name, TextFiles.ReadJson(responsePath, "response file")));
            }

            if (variablesPath is not null)
            {
                results.Add(verifier.VerifyVariables(name, TextFiles.ReadJson(variablesPath, "variables file")));
            }

            foreach (var result in results)
            {
                stdout.WriteLine(result);
            }

            return results.All(r => r.IsValid) ? ExitCodes.Success : ExitCodes.Findings;
        }));
        return command;
    }

    /// <summary>Contracts are built from valid operations only: errors go to standard error.</summary>
    private static bool TryLoadValid(string[] schemaPaths, string[] operationPatterns, TextWriter stderr, out ContractVerifier verifier)
    {
        SchemaModel schema = SchemaFiles.Load(schemaPaths);
        ExecutableDocumentSet documents = OperationFiles.Load(operationPatterns);
        var errors = DocumentValidator.Validate(schema, documents, new ValidationOptions { ReportDeprecations = false }).Where(d => d.IsError).ToList();
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        verifier = ContractVerifier.Create(schema, documents);
        return errors.Count == 0;
    }
}
