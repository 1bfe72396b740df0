using System.CommandLine;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Commands;

/// <summary><c>kraken-codegen import-reference</c>: turns the Kraken query reference into schema folders.</summary>
internal static class ImportReferenceCommand
{
    public static Command Create()
    {
        var reference = new Option<FileInfo>("--reference", "-r")
        {
            Description = "The Kraken query reference (text). Default: the committed copy schema/kraken-oeg/reference.txt.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("schema", ReferenceEndpoints.FolderName(ReferenceEndpoint.Api), ReferenceImporter.ReferenceFileName)),
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder that receives kraken-oeg/ and kraken-oeg-auth/. Default: schema.",
            DefaultValueFactory = _ => new DirectoryInfo("schema"),
        };
        var command = new Command("import-reference", """
            Import the Kraken GraphQL query reference: SDL schema, one .graphql per operation, fragments, error catalogue and provenance.
            Exit codes: 0 written, 2 usage or input problems (missing, binary or non-UTF-8 reference, no documented query in it,
            a folder that cannot be written).

            Example:
              kraken-codegen import-reference --reference schema/kraken-oeg/reference.txt --output schema
            """)
        {
            reference,
            output,
        };
        command.SetAction(parseResult => CommandSupport.Guard(parseResult.InvocationConfiguration.Error, () => Run(
            parseResult.GetRequiredValue(reference),
            parseResult.GetRequiredValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error)));
        return command;
    }

    private static int Run(FileInfo reference, DirectoryInfo output, TextWriter stdout, TextWriter stderr)
    {
        // Read as text first, so a binary or mis-encoded file is refused with its place instead of imported as garbage.
        var path = reference.ToString();
        TextFiles.Read(path, "reference file");
        var result = ReferenceImporter.Import(File.ReadAllBytes(path));
        if (result.Schemas.Count == 0)
        {
            throw new InputException($"the reference file '{path}' holds no documented query (expected an \"API Site\" section with entries); nothing was written.");
        }

        ImportOutputWriter.Write(output.FullName, result.Files);

        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine(warning.ToString());
        }

        foreach (var schema in result.Schemas)
        {
            stdout.WriteLine(
                $"{Path.Combine(output.FullName, schema.FolderName)}: {schema.Operations.Count} operations, " +
                $"{schema.Schema.Types.Count} types, {schema.Fragments.Count} fragments.");
        }

        stdout.WriteLine($"{result.Files.Count} files written, {result.Warnings.Count} warnings (listed in each provenance.md).");
        return ExitCodes.Success;
    }
}
