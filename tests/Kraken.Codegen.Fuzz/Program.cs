using System.Globalization;
using System.Text.Json;
using Kraken.Codegen.Fuzz.Harness;

namespace Kraken.Codegen.Fuzz;

/// <summary>The command line of the fuzzing harness; see README.md.</summary>
public static class Program
{
    public static Task<int> Main(string[] args)
    {
        // The generator project hands its dependency Kraken.Codegen.Core to the compiler as part of its own output, so
        // the SDK leaves Core out of this program's deps.json although the file is copied here: resolve it from here.
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
            File.Exists(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll")) ? context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll")) : null;
        return RunAsync(args);
    }

    private static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "list" => List(),
                "run" => await RunTargetsAsync(Options.Parse(args.Skip(1))),
                "worker" => Worker(Options.Parse(args.Skip(1))),
                "replay" => await ReplayAsync(Options.Parse(args.Skip(1))),
                "outcomes" => await OutcomesAsync(Options.Parse(args.Skip(1))),
                "make" => await MakeAsync(Options.Parse(args.Skip(1))),
                _ => Usage(),
            };
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine("error: " + exception.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: Kraken.Codegen.Fuzz run [--target all|<name>[,<name>…]] [--seed n] [--count n | --sample] [--jobs n]
                                           [--findings dir] [--report file.json] [--slow-ms 2000] [--hang-kill-s 60]
                   Kraken.Codegen.Fuzz replay --target <name> <input.bin>…
                   Kraken.Codegen.Fuzz outcomes --target <name> [--seed n] [--count n]
                   Kraken.Codegen.Fuzz make --target <name> --seed n --index i --output <input.bin>
                   Kraken.Codegen.Fuzz list
            """);
        return 2;
    }

    private static int List()
    {
        foreach (var name in FuzzTargets.Names)
        {
            var target = FuzzTargets.Create(name);
            Console.WriteLine($"{name,-14} full run {target.FullCount,7:N0}, sample {target.SampleCount,5:N0}  {target.Description}");
        }

        return 0;
    }

    private static async Task<int> RunTargetsAsync(Options options)
    {
        var names = options.Get("target", "all") == "all" ? FuzzTargets.All : options.Get("target", "all").Split(',');
        var seed = long.Parse(options.Get("seed", "1"), CultureInfo.InvariantCulture);
        var findings = Path.GetFullPath(options.Get("findings", Path.Combine("fuzz-findings", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture))));
        var reports = new List<TargetReport>();
        Console.WriteLine($"Fuzzing {string.Join(", ", names)} with seed {seed}; findings go to {findings}.");
        foreach (var name in names)
        {
            var target = FuzzTargets.Create(name);
            var count = options.Has("count") ? long.Parse(options.Get("count", "0"), CultureInfo.InvariantCulture) : options.Has("sample") ? target.SampleCount : target.FullCount;
            var settings = new RunSettings(
                name,
                seed,
                count,
                int.Parse(options.Get("jobs", "1"), CultureInfo.InvariantCulture),
                findings,
                TimeSpan.FromMilliseconds(double.Parse(options.Get("slow-ms", "2000"), CultureInfo.InvariantCulture)),
                TimeSpan.FromSeconds(double.Parse(options.Get("hang-kill-s", "60"), CultureInfo.InvariantCulture)),
                TimeSpan.FromMinutes(15));
            var report = await new Supervisor(settings, Console.Out).RunAsync();
            Console.WriteLine(report);
            reports.Add(report);
        }

        if (options.Has("report"))
        {
            await File.WriteAllTextAsync(options.Get("report", string.Empty), JsonSerializer.Serialize(reports, new JsonSerializerOptions { WriteIndented = true }));
        }

        var total = reports.Sum(r => r.Findings.Count);
        Console.WriteLine(total == 0 ? "No findings." : $"{total} findings; inputs and details are in {findings}.");
        return total == 0 ? 0 : 1;
    }

    private static int Worker(Options options) =>
        Harness.Worker.Run(
            FuzzTargets.Create(options.Get("target", string.Empty)),
            long.Parse(options.Get("seed", "1"), CultureInfo.InvariantCulture),
            long.Parse(options.Get("from", "0"), CultureInfo.InvariantCulture),
            long.Parse(options.Get("to", "0"), CultureInfo.InvariantCulture),
            options.Get("scratch", Path.GetTempPath()),
            int.Parse(options.Get("repeat", "1"), CultureInfo.InvariantCulture));

    /// <summary>Runs kept inputs in this process and prints what each produced (no supervision: for debugging).</summary>
    private static async Task<int> ReplayAsync(Options options)
    {
        var target = FuzzTargets.Create(options.Get("target", string.Empty));
        await target.PrepareAsync(Corpus.Corpora.Load());
        var failed = 0;
        foreach (var file in options.Positional)
        {
            try
            {
                Console.WriteLine($"{file}: {target.Execute(await File.ReadAllBytesAsync(file))}");
            }
            catch (Exception exception)
            {
                failed++;
                Console.WriteLine($"{file}: FAILED {exception}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>Writes input number <c>--index</c> of a seed to a file: any input of any run can be made again.</summary>
    private static async Task<int> MakeAsync(Options options)
    {
        var target = FuzzTargets.Create(options.Get("target", string.Empty));
        await target.PrepareAsync(Corpus.Corpora.Load());
        var input = target.CreateInput(FuzzRandom.For(long.Parse(options.Get("seed", "1"), CultureInfo.InvariantCulture), long.Parse(options.Get("index", "0"), CultureInfo.InvariantCulture)));
        await File.WriteAllBytesAsync(options.Get("output", "input.bin"), input);
        return 0;
    }

    /// <summary>
    /// Makes and runs inputs in this process and counts what they produced, by the first words of each outcome: a quick
    /// look at how deep the mutations reach (for example how many responses get past the JSON syntax to the readers).
    /// </summary>
    private static async Task<int> OutcomesAsync(Options options)
    {
        var target = FuzzTargets.Create(options.Get("target", string.Empty));
        await target.PrepareAsync(Corpus.Corpora.Load());
        var seed = long.Parse(options.Get("seed", "1"), CultureInfo.InvariantCulture);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (long index = 0; index < long.Parse(options.Get("count", "200"), CultureInfo.InvariantCulture); index++)
        {
            string outcome;
            try
            {
                outcome = target.Execute(target.CreateInput(FuzzRandom.For(seed, index)));
            }
            catch (Exception exception)
            {
                outcome = "FAILED " + exception.GetType().Name;
            }

            // The outcome's last part ("compiled", "GraphQLTransportException", "KGQL0001(5,1) …"), without positions.
            var last = outcome.Contains("; ", StringComparison.Ordinal) ? outcome[(outcome.LastIndexOf("; ", StringComparison.Ordinal) + 2)..] : outcome[(outcome.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            var key = string.Join(' ', System.Text.RegularExpressions.Regex.Replace(last, @"\(\d+,\d+\)", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        foreach (var (key, count) in counts.OrderByDescending(pair => pair.Value))
        {
            Console.WriteLine($"{count,7:N0}  {key}");
        }

        return 0;
    }

    /// <summary><c>--name value</c> pairs, <c>--flag</c> switches and positional arguments.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public List<string> Positional { get; } = [];

        public static Options Parse(IEnumerable<string> args)
        {
            var options = new Options();
            var list = args.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                if (!list[i].StartsWith("--", StringComparison.Ordinal))
                {
                    options.Positional.Add(list[i]);
                }
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options._values[list[i][2..]] = list[++i];
                }
                else
                {
                    options._values[list[i][2..]] = "true";
                }
            }

            return options;
        }

        public bool Has(string name) => _values.ContainsKey(name);

        public string Get(string name, string fallback) => _values.TryGetValue(name, out var value) ? value : fallback;
    }
}
