using Kraken.Codegen.Benchmarks.Compile.Profiling;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>Packs each generator version, writes the consumer projects, runs the chosen scenarios and prints the figures.</summary>
internal sealed class Harness
{
    private readonly HarnessOptions _options;
    private readonly TextWriter _log;
    private readonly Measurements _measurements = new();

    public Harness(HarnessOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public int Run()
    {
        _log.WriteLine($"Work folder: {_options.WorkFolder}");
        var succeeded = false;
        var sdkVersion = DotnetCommand.Run(_options.WorkFolder, CompilerSetting.FreshProcess, "--version").Output.Trim();
        _log.WriteLine($"Machine: {Environment.ProcessorCount} logical processors, .NET {Environment.Version}, SDK {sdkVersion}; load average {LoadAverage.Read()}");
        try
        {
            var generators = _options.Generators.Select(g => GeneratorUnderTest.Create(g, _options.WorkFolder, _options.Portable)).ToList();
            if (generators.Select(g => g.Label).Distinct().Count() != generators.Count)
            {
                throw new ArgumentException("Each --generator needs its own label.");
            }

            _log.WriteLine("Packing:");
            foreach (var generator in generators)
            {
                generator.Prepare(_log);
            }

            var kraken = Projects(ConsumerWorkload.Kraken(), generators);
            var wantsGitHub = _options.Scenarios.Overlaps(new[] { "github-fresh", "github-warm", "profile" });
            var githubWorkload = wantsGitHub ? ConsumerWorkload.GitHub() : null;
            if (wantsGitHub && githubWorkload is null)
            {
                _log.WriteLine(ConsumerWorkload.GitHubMissing);
            }

            var github = githubWorkload is null ? null : Projects(githubWorkload, generators);
            var builds = new BuildScenarios(_options.Runs, _options.WarmEdits, _measurements, _log);
            Scenario("kraken-full", kraken, builds.FullBuild);
            Scenario("kraken-edit", kraken, builds.EditBuild);
            Scenario("github-fresh", github, builds.EditBuild);
            Scenario("github-warm", github, builds.WarmServerEditBuild);
            Scenario("profile", github, new ProfileScenario(_options.Runs, _measurements, _log).Run);

            _log.WriteLine();
            _log.WriteLine($"Results (load average at the end {LoadAverage.Read()}; seconds unless the unit says otherwise; [n] = runs):");
            _log.WriteLine();
            _log.WriteLine(_measurements.ToMarkdown());
            succeeded = true;
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IOException or TimeoutException)
        {
            _log.WriteLine("The harness stopped: " + exception.Message);
            _log.WriteLine("Work folder kept for inspection: " + _options.WorkFolder);
            return 1;
        }
        finally
        {
            if (succeeded && !_options.Keep && Directory.Exists(_options.WorkFolder))
            {
                Directory.Delete(_options.WorkFolder, recursive: true);
            }
        }
    }

    private List<ConsumerProject> Projects(ConsumerWorkload workload, IEnumerable<GeneratorUnderTest> generators)
    {
        var projects = generators.Select(g => new ConsumerProject(workload, g)).ToList();
        foreach (var project in projects)
        {
            project.Write();
            project.Restore();
        }

        _log.WriteLine($"Workload {workload.Name}: {workload.OperationFileCount} operation files; edit: {workload.EditPath}");
        return projects;
    }

    private void Scenario(string name, IReadOnlyList<ConsumerProject>? projects, Action<IReadOnlyList<ConsumerProject>> run)
    {
        if (!_options.Scenarios.Contains(name) || projects is null)
        {
            return;
        }

        _log.WriteLine($"Scenario {name} (load average {LoadAverage.Read()}):");
        run(projects);
    }
}
