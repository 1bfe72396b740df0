using System.Globalization;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>Median, minimum and maximum of a series of measurements.</summary>
internal sealed record Summary(int Count, double Median, double Min, double Max)
{
    public static Summary? Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Summary(sorted.Length, median, sorted[0], sorted[^1]);
    }

    /// <summary>"1.234 (1.100–1.500)" with the unit's precision.</summary>
    public string Format(string unit) => unit switch
    {
        "ms" or "MB" => $"{Fixed(Median, 1)} ({Fixed(Min, 1)}–{Fixed(Max, 1)})",
        "count" => $"{Fixed(Median, 0)} ({Fixed(Min, 0)}–{Fixed(Max, 0)})",
        "x" => $"{Fixed(Median, 2)} ({Fixed(Min, 2)}–{Fixed(Max, 2)})",
        _ => $"{Fixed(Median, 3)} ({Fixed(Min, 3)}–{Fixed(Max, 3)})",
    };

    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}

/// <summary>The machine's load averages (1, 5 and 15 minutes), read before and after each scenario.</summary>
internal static class LoadAverage
{
    public static string Read()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
