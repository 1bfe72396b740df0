namespace Kraken.Codegen.Core.Tests;

/// <summary>Finds the repository root and the shared reference material (<c>../shared</c> beside it).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder, or null when this checkout has none beside it.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public const string SharedMissing = "../shared is absent beside the repository; the corpus tests need it.";

    /// <summary>A path inside ../shared; skips the calling test when ../shared is absent.</summary>
    public static string RequireShared(params string[] parts)
    {
        Skip.If(Shared is null, SharedMissing);
        return Path.Combine(new[] { Shared! }.Concat(parts).ToArray());
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kraken.Codegen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Kraken.Codegen.sln not found above " + AppContext.BaseDirectory);
    }
}
