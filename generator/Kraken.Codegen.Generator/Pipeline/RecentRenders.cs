using Kraken.Codegen.Core;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// The C# text of recently emitted files, by the spec it was rendered from. Rendering is a pure function of the spec
/// (value-equatable records of plain values), so an equal spec gets the text rendered before. Roslyn skips emission
/// for unchanged specs within one generator driver; this covers a new driver in the same process (a compiler server
/// starts one for every build), which would otherwise render every operation again. Bounded by entry count and by the
/// total length of the text held; the least recently used go first.
/// </summary>
internal static class RecentRenders
{
    private const int MaxEntries = 4096;

    // 16 million characters (32 MB): the GitHub benchmark's 150 operations render to about 2 million.
    private const long MaxCharacters = 16L * 1024 * 1024;

    private static readonly BoundedCache<object, string> Cache = new(MaxEntries, MaxCharacters, text => text.Length);

    /// <summary>The text of <paramref name="spec"/>: rendered by <paramref name="render"/>, or remembered from an equal spec.</summary>
    public static string GetOrRender<TSpec>(TSpec spec, Func<TSpec, string> render)
        where TSpec : class, IEquatable<TSpec> =>
        Cache.GetOrAdd(spec, (spec, render), static state => state.render(state.spec));
}
