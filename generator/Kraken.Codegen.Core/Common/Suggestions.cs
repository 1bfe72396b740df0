namespace Kraken.Codegen.Core;

/// <summary>"Did you mean …?" hints, by edit distance.</summary>
public static class Suggestions
{
    /// <summary>Longer names are no typing slip, and get no suggestion (a distance costs the product of the lengths).</summary>
    private const int MaxSuggestedLength = 256;

    /// <summary>A sentence suggesting the closest candidates to <paramref name="input"/>, or an empty string.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        if (input.Length > MaxSuggestedLength)
        {
            return string.Empty;
        }

        // A distance is at least the difference in length, so candidates that differ more are not measured.
        var threshold = Math.Max(1, input.Length / 3) + 1;
        var best = candidates
            .Where(candidate => Math.Abs(candidate.Length - input.Length) <= threshold)
            .Select(candidate => (candidate, distance: string.Equals(candidate, input, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(input, candidate, threshold)))
            .Where(pair => pair.distance <= threshold)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(pair => "'" + pair.candidate + "'")
            .ToArray();
        return best.Length switch
        {
            0 => string.Empty,
            1 => $" Did you mean {best[0]}?",
            _ => $" Did you mean {string.Join(", ", best.Take(best.Length - 1))} or {best[best.Length - 1]}?",
        };
    }

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions).</summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue);

    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as a whole row exceeds the limit (it cannot come back under it).</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }
}
