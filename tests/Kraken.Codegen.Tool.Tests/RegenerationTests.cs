using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

public sealed class RegenerationTests
{
    [SkippableFact]
    public void Importing_twice_writes_byte_identical_files()
    {
        var reference = RepositoryFiles.ReadReference();
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();

        ImportOutputWriter.Write(first.Path, ReferenceImporter.Import(reference).Files);
        ImportOutputWriter.Write(second.Path, ReferenceImporter.Import(reference).Files);

        var firstFiles = RelativeFiles(first.Path);
        Assert.Equal(firstFiles, RelativeFiles(second.Path));
        Assert.NotEmpty(firstFiles);
        foreach (var file in firstFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))),
                $"{file} differs between two imports");
        }
    }

    [SkippableFact]
    public void Generated_text_uses_only_line_feeds_and_no_timestamps()
    {
        var result = ReferenceImporter.Import(RepositoryFiles.ReadReference());

        foreach (var file in result.Files.Where(file => !file.RelativePath.EndsWith(ReferenceImporter.ReferenceFileName, StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content);
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void The_committed_schema_folders_equal_a_fresh_import()
    {
        var reference = RepositoryFiles.ReadReference();
        var committedRoot = RepositoryFiles.CommittedSchemaRoot;
        Skip.If(committedRoot is null, "The repository root (Kraken.Codegen.sln) was not found above the test assembly.");

        var result = ReferenceImporter.Import(reference);

        var produced = result.Files.Select(file => file.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            var committed = Path.Combine(committedRoot, file.RelativePath);
            Assert.True(File.Exists(committed), $"schema/{file.RelativePath} is not committed; run `kraken-codegen import-reference`");
            Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(file.Content),
                $"schema/{file.RelativePath} differs from a fresh import; run `kraken-codegen import-reference` and commit the result");
        }

        foreach (var folder in result.Schemas.Select(schema => schema.FolderName))
        {
            var leftovers = RelativeFiles(Path.Combine(committedRoot, folder))
                .Select(file => $"{folder}/{file}")
                .Where(file => !produced.Contains(file))
                .ToList();
            Assert.True(leftovers.Count == 0, "committed files the importer no longer produces: " + string.Join(", ", leftovers));
        }
    }

    private static List<string> RelativeFiles(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
