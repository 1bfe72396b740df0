namespace Kraken.Codegen.Benchmarks;

/// <summary>Finds the shared corpora (<c>../shared</c> beside the repository root).</summary>
internal static class CorpusFiles
{
    public static string? SharedFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kraken.Codegen.sln")))
            {
                directory = directory.Parent;
            }

            var shared = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            return shared is not null && Directory.Exists(shared) ? shared : null;
        }
    }

    public static string Locate(params string[] parts) =>
        Path.Combine(new[] { SharedFolder ?? throw new InvalidOperationException("../shared is absent beside the repository.") }.Concat(parts).ToArray());
}
