namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>Writes an import's files under the output folder and removes operation files it no longer produces.</summary>
internal static class ImportOutputWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(outputDirectory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar)));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            written.Add(path);
        }

        // Stale operations would otherwise linger after an entry disappears from the reference.
        var operationFolders = files
            .Select(file => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(outputDirectory, file.RelativePath)))!)
            .Where(folder => Path.GetFileName(folder) == "operations")
            .Distinct(StringComparer.Ordinal);
        foreach (var folder in operationFolders)
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.graphql").Where(path => !written.Contains(path)).ToList())
            {
                File.Delete(stale);
            }
        }
    }
}
