namespace Kraken.Codegen.Core.Tests;

/// <summary>Finds the repository root and the shared reference material (<c>../shared</c> beside it).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Kraken.Codegen.TestSupport.RepositoryLayout.Root
        ?? throw new InvalidOperationException("Kraken.Codegen.sln not found above " + AppContext.BaseDirectory);

    /// <summary>The shared folder, or null when this checkout has none beside it.</summary>
    public static string? Shared => Kraken.Codegen.TestSupport.RepositoryLayout.SharedFolder;

    public const string SharedMissing = "../shared is absent beside the repository; the corpus tests need it.";

    /// <summary>A path inside ../shared; skips the calling test when ../shared is absent.</summary>
    public static string RequireShared(params string[] parts)
    {
        Skip.If(Shared is null, SharedMissing);
        return Path.Combine(new[] { Shared! }.Concat(parts).ToArray());
    }
}
