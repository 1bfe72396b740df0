namespace Kraken.Codegen.Benchmarks;

/// <summary>Finds the shared corpora (<c>../shared</c> beside the repository root).</summary>
internal static class CorpusFiles
{
    public static string? SharedFolder => Kraken.Codegen.TestSupport.RepositoryLayout.SharedFolder;

    public static string Locate(params string[] parts) =>
        Path.Combine(new[] { SharedFolder ?? throw new InvalidOperationException("../shared is absent beside the repository.") }.Concat(parts).ToArray());
}
