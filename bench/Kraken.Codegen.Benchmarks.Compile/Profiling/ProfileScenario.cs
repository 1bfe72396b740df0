using System.Globalization;
using System.Reflection;

namespace Kraken.Codegen.Benchmarks.Compile.Profiling;

/// <summary>
/// Starts <see cref="ProfileChild"/> in fresh processes (runs interleaved across generator versions) and records
/// what it prints: per run and version one process without step tracking (wall times, JIT, allocations) and one with
/// it (Roslyn's step times), once per run the core's phases alone, and one extra process per version that records the
/// JIT's work by component.
/// </summary>
internal sealed class ProfileScenario
{
    private readonly int _runs;
    private readonly Measurements _measurements;
    private readonly TextWriter _log;

    public ProfileScenario(int runs, Measurements measurements, TextWriter log)
    {
        _runs = runs;
        _measurements = measurements;
        _log = log;
    }

    public void Run(IReadOnlyList<ConsumerProject> githubProjects)
    {
        for (var run = 1; run <= _runs; run++)
        {
            foreach (var project in run % 2 == 1 ? githubProjects : githubProjects.Reverse())
            {
                Child(project.Generator.Label, "--profile-generator", project.Generator.AnalyzerFolder, project.Directory);
                Child(project.Generator.Label, "--profile-generator", project.Generator.AnalyzerFolder, project.Directory, "--track-steps");
            }

            Child(githubProjects[0].Generator.Label, "--profile-core", githubProjects[0].Directory);
        }

        foreach (var project in githubProjects)
        {
            Child(project.Generator.Label, "--profile-generator", project.Generator.AnalyzerFolder, project.Directory, "--jit-events");
        }
    }

    /// <summary>
    /// Which figures of a child count: a listener or step tracking slows the process, so from those only the JIT
    /// attribution or the step times are kept; wall times come from the process with neither.
    /// </summary>
    private static bool Keeps(string[] arguments, string key) =>
        arguments.Contains("--jit-events") ? key.Contains(".jit-by-component.", StringComparison.Ordinal)
        : arguments.Contains("--track-steps") ? key.Contains(".step.", StringComparison.Ordinal)
        : !key.Contains(".step.", StringComparison.Ordinal);

    private void Child(string label, params string[] arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The harness cannot find its own executable.");
        var childArguments = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new[] { Assembly.GetExecutingAssembly().Location }.Concat(arguments)
            : arguments;
        var result = DotnetCommand.RunProcess(self, Environment.CurrentDirectory, CompilerSetting.FreshProcess, childArguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The profiling process ({string.Join(' ', arguments)}) failed with exit code {result.ExitCode}:\n{DotnetCommand.Tail(result.Output)}");
        }

        var figures = 0;
        foreach (var line in result.Output.Split('\n'))
        {
            var parts = line.Trim().Split(' ');
            if (parts.Length == 3 && parts[0] == "@" && Keeps(arguments, parts[1]))
            {
                var unit = parts[1].EndsWith("ms", StringComparison.Ordinal) ? "ms" : parts[1].EndsWith("mb", StringComparison.Ordinal) ? "MB" : "count";
                _measurements.Add("profile: " + parts[1], unit, label, double.Parse(parts[2], CultureInfo.InvariantCulture));
                figures++;
            }
        }

        _log.WriteLine($"  profile [{label}] {string.Join(' ', arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)))}: {figures} figures in {Summary.Fixed(result.Elapsed.TotalSeconds, 1)} s (load {LoadAverage.Read()})");
    }
}
