namespace Kraken.Codegen.Runtime.Tests.Support;

/// <summary>Finds reference material in <c>../shared</c> next to the repository root, when it is there.</summary>
internal static class SharedFiles
{
    /// <summary>The full path of <paramref name="relativePath"/> under <c>../shared</c>, or null when absent.</summary>
    public static string? Find(string relativePath)
    {
        var shared = Kraken.Codegen.TestSupport.RepositoryLayout.SharedFolder;
        var candidate = shared is null ? null : Path.Combine(shared, relativePath);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }
}
