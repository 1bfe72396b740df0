namespace Kraken.Codegen.TestSupport;

/// <summary>
/// Where test and benchmark programs find the repository and the reference material beside it. Linked into each
/// test and benchmark project (see their project files), so the search lives in one place.
/// </summary>
internal static class RepositoryLayout
{
    public const string SolutionFileName = "Kraken.Codegen.sln";

    /// <summary>The repository root: the first folder above the running assembly that holds the solution file.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>The shared reference material (<c>../shared</c> beside the repository), or null when this checkout has none.</summary>
    public static string? SharedFolder
    {
        get
        {
            var shared = Root is null ? null : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return shared is not null && Directory.Exists(shared) ? shared : null;
        }
    }

    private static string? FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
