namespace Kraken.Codegen.Runtime.Tests.Support;

/// <summary>Finds reference material in <c>../shared</c> next to the repository root, when it is there.</summary>
internal static class SharedFiles
{
    /// <summary>The full path of <paramref name="relativePath"/> under <c>../shared</c>, or null when absent.</summary>
    public static string? Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kraken.Codegen.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", relativePath));
                return File.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
