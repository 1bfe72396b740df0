namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>
/// The <c>dotnet build</c> scenarios. In each, the runs are interleaved across generator versions (run 1 of every
/// version, then run 2, …), so that a comparison pairs builds made under the same machine load, and the order within
/// a run alternates (A B, then B A), so that going first or second in a pair favours no version.
/// </summary>
internal sealed class BuildScenarios
{
    private readonly int _runs;
    private readonly int _warmEdits;
    private readonly Measurements _measurements;
    private readonly TextWriter _log;

    public BuildScenarios(int runs, int warmEdits, Measurements measurements, TextWriter log)
    {
        _runs = runs;
        _warmEdits = warmEdits;
        _measurements = measurements;
        _log = log;
    }

    /// <summary>Full build: bin and obj deleted, restored (not timed), then <c>dotnet build --no-restore</c> in a fresh compiler process.</summary>
    public void FullBuild(IReadOnlyList<ConsumerProject> projects)
    {
        var name = projects[0].Workload.Name;
        for (var run = 1; run <= _runs; run++)
        {
            foreach (var project in InRunOrder(projects, run))
            {
                project.Clean();
                var build = project.Build(CompilerSetting.FreshProcess, $"full-{run}");
                Record($"{name}: full build", CompilerSetting.FreshProcess, project, build, run);
            }
        }
    }

    /// <summary>
    /// One-edit build in a fresh compiler process: after one untimed build, each run switches the edited operation
    /// file to its other version and builds.
    /// </summary>
    public void EditBuild(IReadOnlyList<ConsumerProject> projects)
    {
        var name = projects[0].Workload.Name;
        foreach (var project in projects)
        {
            project.ToggleEdit();
            project.Build(CompilerSetting.FreshProcess, "edit-0");
        }

        for (var run = 1; run <= _runs; run++)
        {
            foreach (var project in InRunOrder(projects, run))
            {
                project.ToggleEdit();
                var build = project.Build(CompilerSetting.FreshProcess, $"edit-{run}");
                Record($"{name}: one-edit build, fresh compiler process", CompilerSetting.FreshProcess, project, build, run);
            }
        }
    }

    /// <summary>
    /// One-edit builds with the build servers up (a developer's loop). Each run shuts the servers down, builds every
    /// version once after an edit (the first build, which starts the compiler server), then makes
    /// <c>--warm-edits</c> more edits and builds; edit 1 is the figure the issue quotes. The servers are shut down
    /// at the end.
    /// </summary>
    public void WarmServerEditBuild(IReadOnlyList<ConsumerProject> projects)
    {
        var name = projects[0].Workload.Name;
        try
        {
            for (var run = 1; run <= _runs; run++)
            {
                ShutDownBuildServers();
                foreach (var project in InRunOrder(projects, run))
                {
                    project.ToggleEdit();
                    var first = project.Build(CompilerSetting.WarmServer, $"warm-{run}-0");
                    Record($"{name}: first build in a new compiler server", CompilerSetting.WarmServer, project, first, run);
                }

                for (var edit = 1; edit <= _warmEdits; edit++)
                {
                    foreach (var project in InRunOrder(projects, run))
                    {
                        project.ToggleEdit();
                        var build = project.Build(CompilerSetting.WarmServer, $"warm-{run}-{edit}");
                        Record($"{name}: warm server, one-edit build #{edit}", CompilerSetting.WarmServer, project, build, run);
                    }
                }
            }
        }
        finally
        {
            ShutDownBuildServers();
        }
    }

    private static IEnumerable<ConsumerProject> InRunOrder(IReadOnlyList<ConsumerProject> projects, int run) =>
        run % 2 == 1 ? projects : projects.Reverse();

    private void ShutDownBuildServers()
    {
        var result = DotnetCommand.Run(Environment.CurrentDirectory, CompilerSetting.WarmServer, "build-server", "shutdown");
        if (result.ExitCode != 0)
        {
            _log.WriteLine("  dotnet build-server shutdown: exit code " + result.ExitCode + "\n" + DotnetCommand.Tail(result.Output, 5));
        }
    }

    private void Record(string scenario, CompilerSetting setting, ConsumerProject project, BuildMeasurement build, int run)
    {
        var label = project.Generator.Label;
        _measurements.Add(scenario + " — wall", "s", label, build.WallSeconds);
        // The compiler server is no child of the build, so its CPU time would be missing from a warm-server figure.
        if (build.CpuSeconds is { } cpu && setting == CompilerSetting.FreshProcess)
        {
            _measurements.Add(scenario + " — CPU, user + system", "s", label, cpu);
        }

        _measurements.Add(scenario + " — " + CompilerReport.GeneratorTypeName, "s", label, build.Report.GeneratorSeconds!.Value);
        if (build.Report.CscTaskSeconds is { } csc)
        {
            _measurements.Add(scenario + " — Csc task (whole compiler call)", "s", label, csc);
        }

        if (build.Report.AnalyzerSeconds is { } analyzer)
        {
            _measurements.Add(scenario + " — " + CompilerReport.AnalyzerTypeName, "s", label, analyzer);
        }

        _log.WriteLine(
            $"  {scenario} [{label}] run {run}: wall {Summary.Fixed(build.WallSeconds, 2)} s, CPU {(build.CpuSeconds is { } c ? Summary.Fixed(c, 2) + " s" : "–")}, generator {Summary.Fixed(build.Report.GeneratorSeconds!.Value, 3)} s, " +
            $"analyzer {(build.Report.AnalyzerSeconds is { } a ? Summary.Fixed(a, 3) + " s" : "–")} (load {LoadAverage.Read()})");
    }
}
