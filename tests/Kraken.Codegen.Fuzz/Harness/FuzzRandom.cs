namespace Kraken.Codegen.Fuzz.Harness;

/// <summary>Input number <c>index</c> of a run with <c>seed</c> always draws the same numbers, in any process.</summary>
public static class FuzzRandom
{
    public static Random For(long seed, long index)
    {
        // SplitMix64 over (seed, index): neighbouring indices get unrelated streams.
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random(unchecked((int)z));
    }
}
