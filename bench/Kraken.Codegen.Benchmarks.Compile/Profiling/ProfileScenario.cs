using System.Globalization;
using System.Reflection;

namespace Kraken.Codegen.Benchmarks.Compile.Profiling;

/// <summary>
/// Starts <see cref="ProfileChild"/> in fresh processes (runs interleaved across generator versions) and records
/// every figure it prints: the step-by-step first run of the generator, new drivers in the warm process, the analyzer,
/// and once per run the core's phases alone. One extra process per version records the JIT's work by component.
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
            }

            Child(githubProjects[0].Generator.Label, "--profile-core", githubProjects[0].Directory);
        }

        foreach (var project in githubProjects)
        {
            Child(project.Generator.Label, "--profile-generator", project.Generator.AnalyzerFolder, project.Directory, "--jit-events");
        }
    }

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
            if (parts.Length == 3 && parts[0] == "@")
            {
                var unit = parts[1].EndsWith("ms", StringComparison.Ordinal) ? "ms" : parts[1].EndsWith("-mb", StringComparison.Ordinal) ? "MB" : "count";
                _measurements.Add("profile: " + parts[1], unit, label, double.Parse(parts[2], CultureInfo.InvariantCulture));
                figures++;
            }
        }

        _log.WriteLine($"  profile [{label}] {arguments[0]}{(arguments.Contains("--jit-events") ? " --jit-events" : "")}: {figures} figures in {Summary.Fixed(result.Elapsed.TotalSeconds, 1)} s (load {LoadAverage.Read()})");
    }
}
