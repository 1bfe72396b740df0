using System.Security.Cryptography;
using System.Text;
using Kraken.Codegen.Tool.ReferenceImport.Inference;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>What one import produces: the files (in memory), the schemas and every warning.</summary>
internal sealed record ImportResult(
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<ImportedSchema> Schemas,
    IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Reference text in, schema folders out: reader → inference → writers. Pure: nothing touches the
/// disk here, and the same input always gives byte-identical files.
/// </summary>
internal static class ReferenceImporter
{
    public const string ReferenceFileName = "reference.txt";

    public static ImportResult Import(byte[] reference)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(reference).TrimStart('\uFEFF');
        var document = ReferenceReader.Read(text);
        var queryDescription = QueryDescription(document.PreambleLines);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(reference));
        var lineCount = text.Split('\n').Length;

        var files = new List<GeneratedFile>();
        var schemas = new List<ImportedSchema>();
        var allWarnings = new List<ImportWarning>();
        if (document.Entries.Count == 0)
        {
            allWarnings.Add(new ImportWarning(0, null, "no documented query was found (expected an \"API Site\" section with entries); nothing but the reference copy is written"));
        }

        var apiFolder = ReferenceEndpoints.FolderName(ReferenceEndpoint.Api);
        files.Add(new GeneratedFile($"{apiFolder}/{ReferenceFileName}", reference));

        foreach (var endpoint in new[] { ReferenceEndpoint.Api, ReferenceEndpoint.Auth })
        {
            var entries = document.Entries.Where(entry => entry.Endpoint == endpoint).ToList();
            if (entries.Count == 0)
            {
                continue;
            }

            var imported = SchemaInferrer.Infer(endpoint, entries, queryDescription);
            var errors = ErrorCatalog.Build(imported);
            var operationFiles = OperationFiles(imported, out var nameClashes);
            var warnings = document.Warnings
                .Where(warning => warning.Endpoint is null || warning.Endpoint == endpoint)
                .Concat(imported.Warnings)
                .Concat(errors.Conflicts)
                .Concat(nameClashes)
                .OrderBy(warning => warning.Line)
                .ToList();
            allWarnings.AddRange(warnings);
            schemas.Add(imported);

            var folder = imported.FolderName;
            var referencePath = endpoint == ReferenceEndpoint.Api ? ReferenceFileName : $"../{apiFolder}/{ReferenceFileName}";
            files.Add(GeneratedFile.FromText($"{folder}/schema.graphqls", SdlWriter.Write(imported)));
            files.AddRange(operationFiles.Select(file => file with { RelativePath = $"{folder}/{file.RelativePath}" }));
            if (imported.Fragments.Count > 0)
            {
                files.Add(GeneratedFile.FromText($"{folder}/fragments.graphql", FragmentsWriter.Write(imported.Fragments)));
            }

            files.Add(GeneratedFile.FromText($"{folder}/errors.json", errors.ToJson(endpoint)));
            files.Add(GeneratedFile.FromText($"{folder}/{FieldExamplesWriter.FileName}", FieldExamplesWriter.Write(imported)));
            files.Add(GeneratedFile.FromText($"{folder}/provenance.md",
                ProvenanceWriter.Write(imported, errors, warnings, referencePath, sha256, lineCount)));
        }

        return new ImportResult(
            files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).ToList(),
            schemas,
            allWarnings.Distinct().ToList());
    }

    private static List<GeneratedFile> OperationFiles(ImportedSchema imported, out List<ImportWarning> nameClashes)
    {
        var files = new List<GeneratedFile>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        nameClashes = [];
        foreach (var operation in imported.Operations)
        {
            // Case-insensitive: the files must also coexist on case-insensitive file systems.
            var fileName = operation.Name;
            for (var suffix = 2; !taken.Add(fileName); suffix++)
            {
                fileName = $"{operation.Name}-{suffix}";
            }

            if (fileName != operation.Name)
            {
                nameClashes.Add(new ImportWarning(operation.Line, operation.FieldName,
                    $"operation {operation.Name} differs from another operation's name only in letter case; it is written to {fileName}.graphql so both files coexist on case-insensitive file systems")
                { Endpoint = imported.Endpoint });
            }

            files.Add(GeneratedFile.FromText($"operations/{fileName}.graphql", operation.Text));
        }

        return files;
    }

    /// <summary>The reference's opening paragraph describes the Query type; its title line is dropped.</summary>
    private static string? QueryDescription(IReadOnlyList<string> preamble)
    {
        var lines = preamble.Where(line => line != "About Queries").ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
