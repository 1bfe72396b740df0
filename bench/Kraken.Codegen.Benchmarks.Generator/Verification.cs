using System.Diagnostics;
using System.Globalization;
using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kraken.Codegen.Benchmarks.Generator;

/// <summary>
/// Checks, with step tracking on, that the workload generates every operation, that a C#-only edit re-runs no GraphQL
/// step and that a one-file edit re-binds exactly one operation; prints generated lines per operation, a per-step
/// time breakdown, and quick Stopwatch medians of the four scenarios. Returns false when a check fails.
/// </summary>
internal static class Verification
{
    private static readonly string[] GraphQLSteps =
    {
        TrackingNames.Files, TrackingNames.Schemas, TrackingNames.OperationFiles, TrackingNames.Fragments,
        TrackingNames.Context, TrackingNames.BoundOperations, TrackingNames.SharedTypes,
    };

    public static bool Run(TextWriter output)
    {
        var ok = true;
        var clock = Stopwatch.StartNew();
        var workload = Workload.Load();
        output.WriteLine($"Workload: GitHub schema ({workload.SchemaText.Length:N0} chars, {workload.SchemaTypeCount:N0} types), {workload.Operations.Count} synthesised operations in {workload.Operations.Count} files; all valid by DocumentValidator (no diagnostics). Loaded and validated in {clock.ElapsedMilliseconds} ms.");
        output.WriteLine($"Edit target: {Workload.PathOf(workload.EditTarget)}");

        var compilation = Workload.CreateCompilation();
        clock.Restart();
        var driver = Workload.CreateDriver(workload.AllFiles(), trackSteps: true).RunGenerators(compilation);
        output.WriteLine($"First run in this process (JIT included, step tracking on): {clock.ElapsedMilliseconds} ms");
        var run = driver.GetRunResult().Results.Single();

        // Everything generated, nothing thrown.
        if (run.Exception is not null)
        {
            output.WriteLine("FAIL: the generator threw: " + run.Exception);
            return false;
        }

        var sources = run.GeneratedSources;
        var operationSources = sources.Where(s => s.HintName.EndsWith("Query.g.cs", StringComparison.Ordinal)).ToList();
        var missing = workload.Operations.Where(o => !sources.Any(s => s.HintName.EndsWith("." + o.Name + "Query.g.cs", StringComparison.Ordinal))).Select(o => o.Name).ToList();
        output.WriteLine($"Generated sources: {sources.Length} ({operationSources.Count} *Query.g.cs, {sources.Length - operationSources.Count} enums, inputs, client).");
        if (missing.Count > 0 || operationSources.Count != workload.Operations.Count)
        {
            output.WriteLine($"FAIL: the generator skipped {missing.Count} operations: {string.Join(", ", missing.Take(20))}");
            ok = false;
        }

        var byId = run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}");
        output.WriteLine($"Generator diagnostics: {run.Diagnostics.Length}{(run.Diagnostics.Length == 0 ? string.Empty : " (" + string.Join(", ", byId) + ")")}");
        foreach (var error in run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10))
        {
            output.WriteLine("  " + error);
            ok = false;
        }

        // Generated lines per operation.
        var lines = operationSources.Select(s => s.SourceText.Lines.Count).OrderBy(n => n).ToList();
        if (lines.Count > 0)
        {
            output.WriteLine($"Generated lines per operation: {lines.Sum():N0} lines in {lines.Count} operation files = {(double)lines.Sum() / lines.Count:F1} on average; median {Median(lines.Select(n => (double)n).ToList()):F0}, min {lines[0]}, max {lines[^1]}. All generated files: {sources.Sum(s => s.SourceText.Lines.Count):N0} lines.");
        }

        // C#-only edit: every output of every GraphQL step is Cached.
        var csharpRun = driver.RunGenerators(Workload.WithUserCode(compilation, Workload.UserCodeB)).GetRunResult().Results.Single();
        output.WriteLine("C#-only edit (the one C# file replaced):");
        var csharpOk = true;
        foreach (var step in GraphQLSteps)
        {
            var outputs = OutputsOf(csharpRun, step);
            var notCached = outputs.Count(o => o.Reason != IncrementalStepRunReason.Cached);
            csharpOk &= notCached == 0 && outputs.Count > 0;
            output.WriteLine($"  {step,-16} {Reasons(outputs)}");
        }

        output.WriteLine(csharpOk ? "  PASS: no GraphQL step re-ran (every output Cached)." : "  FAIL: a GraphQL step re-ran.");
        ok &= csharpOk;

        // One-file edit: exactly one operation re-bound.
        var edited = driver.ReplaceAdditionalText(workload.EditOriginal, workload.EditEdited).RunGenerators(compilation);
        var editRun = edited.GetRunResult().Results.Single();
        output.WriteLine($"One-file edit ({Path.GetFileName(workload.EditOriginal.Path)}: one more scalar field selected):");
        foreach (var step in GraphQLSteps.Append(TrackingNames.Clients))
        {
            output.WriteLine($"  {step,-16} {Reasons(OutputsOf(editRun, step))}");
        }

        var sourceOutputs = editRun.TrackedOutputSteps.TryGetValue("SourceOutput", out var outSteps) ? outSteps.SelectMany(s => s.Outputs).ToList() : new();
        output.WriteLine($"  {"SourceOutput",-16} {Reasons(sourceOutputs)}");
        var bound = OutputsOf(editRun, TrackingNames.BoundOperations);
        var rebound = bound.Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        var reused = bound.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        var schemaRerun = OutputsOf(editRun, TrackingNames.Schemas).Any(o => o.Reason != IncrementalStepRunReason.Cached);
        var editedSource = editRun.GeneratedSources.Single(s => s.HintName.EndsWith("." + workload.EditTarget.Name + "Query.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        var originalSource = run.GeneratedSources.Single(s => s.HintName.EndsWith("." + workload.EditTarget.Name + "Query.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        var editOk = rebound == 1 && reused == bound.Count - 1 && !schemaRerun && editedSource != originalSource;
        output.WriteLine(editOk
            ? $"  PASS: exactly one operation re-bound ({rebound} Modified, {reused} Cached/Unchanged), the schema was not reloaded, and the edited operation's code changed."
            : $"  FAIL: {rebound} operations re-bound, {reused} reused, schema re-run: {schemaRerun}, code changed: {editedSource != originalSource}.");
        ok &= editOk;

        // Where the time goes: the steps' own timings (tracking on) of a cold run (schema cache missed) and an edit.
        var coldSchema = new InMemoryAdditionalText(Workload.SchemaPath, workload.SchemaText + "\n# verification\n");
        var cold = Workload.CreateDriver(workload.AllFiles(coldSchema), trackSteps: true, rootNamespace: "GitHub.Client.Verification").RunGenerators(compilation);
        PrintBreakdown(output, "Cold run (second in process, nothing remembered: new schema text and namespace), time per tracked step:", cold);
        var steady = edited;
        var current = workload.EditEdited;
        for (var i = 1; i <= 21; i++)
        {
            var next = workload.Edit(i);
            steady = steady.ReplaceAdditionalText(current, next).RunGenerators(compilation);
            current = next;
        }

        PrintBreakdown(output, "One-file edit (the 22nd in a row, JIT done), time per tracked step:", steady);

        // Quick in-process medians with tracking off (BenchmarkDotNet's figures are the ones to quote).
        output.WriteLine("Quick Stopwatch timings (tracking off; 5 cold runs, 31 of each other scenario; BenchmarkDotNet follows):");
        QuickTimings(output, workload, compilation);
        return ok;
    }

    private static void QuickTimings(TextWriter output, Workload workload, CSharpCompilation compilation)
    {
        var other = Workload.WithUserCode(compilation, Workload.UserCodeB);
        var coldTimes = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var schema = new InMemoryAdditionalText(Workload.SchemaPath, workload.SchemaText + "\n# quick " + i.ToString(CultureInfo.InvariantCulture) + "\n");
            var rootNamespace = "GitHub.Client.Quick" + i.ToString(CultureInfo.InvariantCulture);
            coldTimes.Add(Time(() => Workload.CreateDriver(workload.AllFiles(schema), trackSteps: false, rootNamespace).RunGenerators(compilation)));
        }

        GeneratorDriver warm = Workload.CreateDriver(workload.AllFiles(), trackSteps: false).RunGenerators(compilation);
        var warmTimes = Enumerable.Range(0, 31).Select(_ => Time(() => warm.RunGenerators(compilation))).ToList();

        var edit = warm;
        var editing = workload.EditOriginal;
        var editTimes = Enumerable.Range(1000, 31).Select(number => Time(() =>
        {
            var next = workload.Edit(number);
            edit = edit.ReplaceAdditionalText(editing, next).RunGenerators(compilation);
            editing = next;
        })).ToList();

        var csharp = Workload.CreateDriver(workload.AllFiles(), trackSteps: false).RunGenerators(compilation);
        var useOther = false;
        var csharpTimes = Enumerable.Range(0, 31).Select(_ => Time(() =>
        {
            useOther = !useOther;
            csharp = csharp.RunGenerators(useOther ? other : compilation);
        })).ToList();

        // A compiler server's next build: a new driver on every file read anew (new text objects), one of them edited.
        var serverTimes = Enumerable.Range(2000, 31).Select(number =>
        {
            var edited = workload.Edit(number);
            var files = workload.AllFiles()
                .Select(file => file.Path == edited.Path ? edited : file)
                .Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, new string(file.GetText()!.ToString().AsSpan())))
                .ToList();
            return Time(() => Workload.CreateDriver(files, trackSteps: false).RunGenerators(compilation));
        }).ToList();

        output.WriteLine($"  median: cold run {Median(coldTimes):F1} ms, warm full run {Median(warmTimes):F2} ms, one-file edit {Median(editTimes):F2} ms, C#-only edit {Median(csharpTimes):F2} ms, new driver after a one-file edit {Median(serverTimes):F1} ms");
        output.WriteLine($"  best:   cold run {coldTimes.Min():F1} ms, warm full run {warmTimes.Min():F2} ms, one-file edit {editTimes.Min():F2} ms, C#-only edit {csharpTimes.Min():F2} ms, new driver after a one-file edit {serverTimes.Min():F1} ms");
    }

    private static void PrintBreakdown(TextWriter output, string title, GeneratorDriver driver)
    {
        output.WriteLine(title);
        var run = driver.GetRunResult().Results.Single();
        var steps = run.TrackedSteps.Concat(run.TrackedOutputSteps.Where(pair => !run.TrackedSteps.ContainsKey(pair.Key)))
            .Select(pair => (Name: pair.Key, Count: pair.Value.Length, Ms: pair.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
            .OrderByDescending(s => s.Ms)
            .ToList();
        foreach (var (name, count, ms) in steps.Where(s => s.Ms >= 0.05))
        {
            output.WriteLine($"  {name,-22} {ms,9:F2} ms over {count} run(s)");
        }
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> OutputsOf(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).ToList()
            : throw new InvalidOperationException($"No tracked step named '{step}'.");

    private static string Reasons(List<(object Value, IncrementalStepRunReason Reason)> outputs) =>
        outputs.Count == 0
            ? "no outputs"
            : string.Join(", ", outputs.GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
}
