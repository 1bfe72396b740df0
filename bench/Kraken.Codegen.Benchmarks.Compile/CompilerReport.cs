using System.Globalization;
using System.Text.RegularExpressions;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>
/// The generator's and the analyzer's time as the compiler reports them with <c>-p:ReportAnalyzer=true</c> in a
/// detailed build log. The compiler prints two tables, one after "Total analyzer execution time" and one after
/// "Total generator execution time", each with a line per assembly and an indented line per analyzer or generator
/// type, such as <c>1.212   62      Kraken.Codegen.Generator.GraphQLClientGenerator</c>. With the logger's
/// <c>PerformanceSummary</c>, the log also ends with MSBuild's task summary, whose <c>Csc</c> row is the whole
/// compiler call (C# compilation, analyzers and generators).
/// </summary>
internal sealed record CompilerReport(double? GeneratorSeconds, double? AnalyzerSeconds, double? AllGeneratorsSeconds, double? CscTaskSeconds)
{
    /// <summary>The generator type, matched by simple name so that a move to another namespace still counts.</summary>
    public const string GeneratorTypeName = "GraphQLClientGenerator";

    /// <summary>The diagnostic analyzer type, matched by simple name.</summary>
    public const string AnalyzerTypeName = "GraphQLDocumentAnalyzer";

    // A table row: seconds ("<0.001" below a millisecond, counted as 0.001), percentage ("<1" for small ones), then
    // the assembly or type name. Detailed logs of multi-node builds prefix lines with "1>".
    private static readonly Regex Row = new(@"^\s*(?:\d+>)?\s*<?(?<seconds>\d+(?:\.\d+)?)\s+<?\d+\s+(?<name>\S+)", RegexOptions.CultureInvariant);
    private static readonly Regex CscTask = new(@"^\s*(?:\d+>)?\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.CultureInvariant);
    private static readonly Regex Total = new(@"Total (?<what>analyzer|generator) execution time: (?<seconds>\d+(?:\.\d+)?) seconds", RegexOptions.CultureInvariant);

    /// <summary>Reads the report out of a build log; a figure is null when the log does not hold it.</summary>
    public static CompilerReport Parse(IEnumerable<string> logLines)
    {
        double? generator = null, analyzer = null, allGenerators = null, csc = null;
        string? section = null;
        foreach (var line in logLines)
        {
            var task = CscTask.Match(line);
            if (task.Success)
            {
                csc = double.Parse(task.Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000;
                section = null;
                continue;
            }

            var total = Total.Match(line);
            if (total.Success)
            {
                section = total.Groups["what"].Value;
                if (section == "generator")
                {
                    allGenerators = Add(allGenerators, Seconds(total));
                }

                continue;
            }

            if (section is null)
            {
                continue;
            }

            var row = Row.Match(line);
            if (!row.Success)
            {
                continue;
            }

            var name = row.Groups["name"].Value;
            if (section == "generator" && EndsWithType(name, GeneratorTypeName))
            {
                generator = Add(generator, Seconds(row));
            }
            else if (section == "analyzer" && EndsWithType(name, AnalyzerTypeName))
            {
                analyzer = Add(analyzer, Seconds(row));
            }
        }

        return new CompilerReport(generator, analyzer, allGenerators, csc);
    }

    private static bool EndsWithType(string name, string type) =>
        name == type || name.EndsWith("." + type, StringComparison.Ordinal);

    private static double Seconds(Match match) => double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture);

    // A project built for several targets compiles more than once; each compilation's time counts.
    private static double Add(double? sum, double value) => (sum ?? 0) + value;
}
