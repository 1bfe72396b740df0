using System.Globalization;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>The command line of the harness.</summary>
internal sealed record HarnessOptions(
    IReadOnlyList<string> Generators,
    int Runs,
    int WarmEdits,
    IReadOnlySet<string> Scenarios,
    string WorkFolder,
    bool Keep,
    IReadOnlySet<string> Portable)
{
    public static readonly string[] AllScenarios = { "kraken-full", "kraken-edit", "github-fresh", "github-warm", "profile" };

    public const string Usage = """
        Options:
          --generator label=checkout   a checkout of this repository to pack and measure; repeat it to compare versions
                                       (the first is the baseline of the ratios). Default: current=<this repository>.
          --runs N                     measured runs of each scenario (default 5)
          --warm-edits N               one-edit builds per run with warm build servers (default 3)
          --scenarios a,b              any of kraken-full, kraken-edit, github-fresh, github-warm, profile (default: all)
          --work dir                   where packages, consumer projects and build logs go (default: a new temporary folder)
          --keep                       keep the work folder (it is deleted at the end otherwise)
          --portable label             build that label's consumers with KrakenCodegenPrecompiled=false: the package's
                                       portable analyzer assemblies, as on a platform it has no precompiled ones for
        """;

    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        var generators = new List<string>();
        var runs = 5;
        var warmEdits = 3;
        var scenarios = new HashSet<string>(AllScenarios, StringComparer.Ordinal);
        string? work = null;
        var keep = false;
        var portable = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--generator":
                    generators.Add(Value(args, ref i));
                    break;
                case "--runs":
                    runs = Positive(args, ref i);
                    break;
                case "--warm-edits":
                    warmEdits = Positive(args, ref i);
                    break;
                case "--scenarios":
                    var chosen = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var unknown = chosen.Except(AllScenarios).ToList();
                    if (unknown.Count > 0)
                    {
                        throw new ArgumentException("Unknown scenario: " + string.Join(", ", unknown));
                    }

                    scenarios = new HashSet<string>(chosen, StringComparer.Ordinal);
                    break;
                case "--work":
                    work = Path.GetFullPath(Value(args, ref i));
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--portable":
                    portable.Add(Value(args, ref i));
                    break;
                default:
                    throw new ArgumentException("Unknown argument: " + args[i]);
            }
        }

        if (generators.Count == 0)
        {
            generators.Add("current=" + (RepositoryLayout.Root ?? throw new ArgumentException("The repository root was not found; pass --generator label=checkout.")));
        }

        work ??= Directory.CreateTempSubdirectory("kraken-codegen-compile-bench-").FullName;
        if (RepositoryLayout.Root is { } root && Path.GetFullPath(work).StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Consumer projects inside the repository would pick up its Directory.Build.props and its globs.
            throw new ArgumentException("--work must be outside the repository.");
        }

        Directory.CreateDirectory(work);
        var labels = generators.Select(g => g.Split('=', 2)[0]).ToHashSet(StringComparer.Ordinal);
        if (portable.FirstOrDefault(label => !labels.Contains(label)) is { } missing)
        {
            throw new ArgumentException($"--portable {missing}: no --generator has that label.");
        }

        return new HarnessOptions(generators, runs, warmEdits, scenarios, work, keep, portable);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException(args[i - 1] + " needs a value.");

    private static int Positive(IReadOnlyList<string> args, ref int i)
    {
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{args[i - 1]} needs a positive number, not '{text}'.");
    }
}
