namespace Kraken.Codegen.Generator.Tests;

/// <summary>Finds the repository root and the shared reference material (<c>../shared</c> beside it).</summary>
internal static class TestPaths
{
    public const string SharedMissing = "../shared is absent beside the repository; this test reads the corpora there.";

    public static string RepositoryRoot { get; } = Kraken.Codegen.TestSupport.RepositoryLayout.Root
        ?? throw new InvalidOperationException("Kraken.Codegen.sln not found above " + AppContext.BaseDirectory);

    public static string? Shared => Kraken.Codegen.TestSupport.RepositoryLayout.SharedFolder;

    /// <summary>A path inside ../shared; skips the calling test when ../shared is absent.</summary>
    public static string RequireShared(params string[] parts)
    {
        Skip.If(Shared is null, SharedMissing);
        return Path.Combine(new[] { Shared! }.Concat(parts).ToArray());
    }

    public static string InRepository(params string[] parts) => Path.Combine(new[] { RepositoryRoot }.Concat(parts).ToArray());
}
