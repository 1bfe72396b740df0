using System.Collections.Immutable;
using System.Diagnostics;
using Kraken.Codegen.Benchmarks.Generator;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Benchmarks.Compile.Profiling;

/// <summary>
/// What runs inside one fresh profiling process. It writes its figures as lines <c>@ key value</c> on standard output;
/// <see cref="ProfileScenario"/> starts it several times and takes the medians.
/// </summary>
internal static class ProfileChild
{
    /// <summary>
    /// The generator and the analyzer from a packed analyzer folder, on the GitHub workload, the way a fresh compiler
    /// process meets them: Roslyn's driver warmed up first with a trivial generator (in the compiler it is precompiled),
    /// then the generator's first run with step tracking (all JIT and first-use costs included), the analyzer's first
    /// run, and then new drivers in the same, now warm, process: what a compiler server pays per build when its JIT is
    /// done but the generator driver is new. Step tracking costs the driver a lot of time (recording every step's
    /// inputs and outputs), so wall times come from processes without it and step times from processes with it.
    /// </summary>
    public static int RunGenerator(string analyzerFolder, string workloadFolder, bool trackSteps, bool recordJit)
    {
        using var jit = recordJit ? new JitEvents() : null;
        var phases = new List<(string Name, DateTime Start, DateTime End)>();
        var (files, schemaFile) = ReadWorkload(workloadFolder);
        var options = new BenchOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "GitHub.Client",
            ["build_property.KrakenCodegenNamespace"] = "GitHub.Client",
            ["build_property.KrakenCodegenClientName"] = "GitHubClient",
        });
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "GitHub.Client",
            new[] { CSharpSyntaxTree.ParseText("namespace User { public sealed class Existing { } }", parseOptions) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        Phase("roslyn-warmup", () =>
        {
            RunDriver(new[] { new WarmupGenerator() }, files, parseOptions, options, compilation, trackSteps);
            RunAnalyzers(new DiagnosticAnalyzer[] { new WarmupAnalyzer() }, files, options, compilation);
        });

        IReadOnlyList<IIncrementalGenerator> generators = Array.Empty<IIncrementalGenerator>();
        IReadOnlyList<DiagnosticAnalyzer> analyzers = Array.Empty<DiagnosticAnalyzer>();
        Phase("load", () => (generators, analyzers) = new GeneratorLoadContext(analyzerFolder).CreateAll());
        if (generators.Count == 0)
        {
            Console.Error.WriteLine($"No incremental generator found in {analyzerFolder}.");
            return 2;
        }

        Phase("generator-run-1", () => Steps("generator-run-1", RunDriver(generators, files, parseOptions, options, compilation, trackSteps)));
        Phase("analyzer-run-1", () => RunAnalyzers(analyzers, files, options, compilation));
        GeneratorDriverRunResult? last = null;
        for (var run = 2; run <= 10; run++)
        {
            var name = "generator-run-" + run;
            if (run is 2 or 10)
            {
                Phase(name, () => Steps(name, last = RunDriver(generators, files, parseOptions, options, compilation, trackSteps)));
            }
            else
            {
                RunDriver(generators, files, parseOptions, options, compilation, trackSteps);
            }
        }

        // The driver parses every added source into a syntax tree within the generator's run: the generated code's
        // size costs generator time before the C# compilation even starts. Parsing the same texts again, warm, shows how much.
        var generated = last!.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText).ToList();
        Report("generated-sources.lines", generated.Sum(t => t.Lines.Count));
        Report("generated-sources.mb", generated.Sum(t => t.Length) / 1048576.0);
        for (var parse = 1; parse <= 3; parse++)
        {
            Phase("parse-generated-sources-" + parse, () => generated.ForEach(text => CSharpSyntaxTree.ParseText(text, parseOptions).GetRoot()));
        }

        Phase("analyzer-run-2", () => RunAnalyzers(analyzers, files, options, compilation));

        // A schema the generator has not seen in this process (its recent-schema cache misses): a new schema load too.
        var changedSchema = new InMemoryAdditionalText(schemaFile.Path, schemaFile.GetText()!.ToString() + "\n# changed\n");
        var changedFiles = files.Select(f => f == schemaFile ? changedSchema : f).ToList();
        Phase("generator-run-11-new-schema", () => Steps("generator-run-11-new-schema", RunDriver(generators, changedFiles, parseOptions, options, compilation, trackSteps)));

        if (jit is not null)
        {
            // The runtime hands its events to in-process listeners asynchronously; give the last ones time to arrive.
            Thread.Sleep(2000);
            foreach (var (name, start, end) in phases)
            {
                var inPhase = jit.Compiled.Where(e => e.Started.ToUniversalTime() >= start && e.Started.ToUniversalTime() < end).ToList();
                foreach (var component in inPhase.GroupBy(e => JitEvents.Component(e.Namespace)))
                {
                    Report($"{name}.jit-by-component.{component.Key}.methods", component.Count());
                    Report($"{name}.jit-by-component.{component.Key}.ms", component.Sum(e => e.Duration.TotalMilliseconds));
                }

                foreach (var other in inPhase.Where(e => JitEvents.Component(e.Namespace) == "other").GroupBy(e => e.Namespace).OrderByDescending(g => g.Count()).Take(5))
                {
                    Console.WriteLine($"# {name}: {other.Count()} methods of '{other.Key}'");
                }
            }
        }

        return 0;

        void Phase(string name, Action action)
        {
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var allocated = GC.GetTotalAllocatedBytes();
            var start = DateTime.UtcNow;
            var stopwatch = Stopwatch.StartNew();
            action();
            stopwatch.Stop();
            phases.Add((name, start, DateTime.UtcNow));
            Report(name + ".ms", stopwatch.Elapsed.TotalMilliseconds);
            Report(name + ".jit-methods", System.Runtime.JitInfo.GetCompiledMethodCount() - methods);
            Report(name + ".jit-ms", (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds);
            Report(name + ".allocated-mb", (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0);
        }
    }

    /// <summary>
    /// The core's phases alone in a fresh process (this checkout's core, as referenced by the harness): loading
    /// GitHub's schema, parsing the 150 operation files, validating them; each twice, so the first run's JIT and
    /// first-use costs show against the second.
    /// </summary>
    public static int RunCore(string workloadFolder)
    {
        var (files, schemaFile) = ReadWorkload(workloadFolder);
        var schemaSource = new SourceFile(schemaFile.Path, schemaFile.GetText()!.ToString());
        var operationSources = files.Where(f => f != schemaFile).Select(f => new SourceFile(f.Path, f.GetText()!.ToString())).ToList();
        for (var run = 1; run <= 2; run++)
        {
            SchemaModel schema = null!;
            ExecutableDocumentSet documents = null!;
            Measure($"core-schema-load-{run}", () => schema = SchemaBuilder.Build(schemaSource));
            Measure($"core-parse-{run}", () => documents = new ExecutableDocumentSet(operationSources.Select(s => ExecutableDocument.Parse(s))));
            Measure($"core-validate-{run}", () => DocumentValidator.Validate(schema, documents));
        }

        return 0;

        static void Measure(string name, Action action)
        {
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var stopwatch = Stopwatch.StartNew();
            action();
            stopwatch.Stop();
            Report(name + ".ms", stopwatch.Elapsed.TotalMilliseconds);
            Report(name + ".jit-methods", System.Runtime.JitInfo.GetCompiledMethodCount() - methods);
            Report(name + ".jit-ms", (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds);
        }
    }

    private static (List<InMemoryAdditionalText> Files, InMemoryAdditionalText Schema) ReadWorkload(string workloadFolder)
    {
        var schema = new InMemoryAdditionalText(Path.Combine(workloadFolder, "GitHub", "schema.graphqls"), File.ReadAllText(Path.Combine(workloadFolder, "GitHub", "schema.graphqls")));
        var files = new List<InMemoryAdditionalText> { schema };
        files.AddRange(Directory.GetFiles(Path.Combine(workloadFolder, "GitHub", "Operations"), "*.graphql")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new InMemoryAdditionalText(f, File.ReadAllText(f))));
        return (files, schema);
    }

    private static GeneratorDriverRunResult RunDriver(IEnumerable<IIncrementalGenerator> generators, IEnumerable<AdditionalText> files, CSharpParseOptions parseOptions, AnalyzerConfigOptionsProvider options, Compilation compilation, bool trackSteps)
    {
        var driver = CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            files,
            parseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        var result = driver.RunGenerators(compilation).GetRunResult();
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        return exception is null ? result : throw new InvalidOperationException("The generator threw.", exception);
    }

    private static void RunAnalyzers(IEnumerable<DiagnosticAnalyzer> analyzers, IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider options, Compilation compilation)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers.ToImmutableArray(), new AnalyzerOptions(files.ToImmutableArray(), options));
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Roslyn's own timing of each tracked step of the run, summed over the step's items.</summary>
    private static void Steps(string phase, GeneratorDriverRunResult result)
    {
        foreach (var generator in result.Results)
        {
            // The driver lists the source-output steps in both dictionaries; count each name once.
            foreach (var (name, steps) in generator.TrackedSteps.Concat(generator.TrackedOutputSteps.Where(o => !generator.TrackedSteps.ContainsKey(o.Key))))
            {
                Report($"{phase}.step.{name}.ms", steps.Sum(s => s.ElapsedTime.TotalMilliseconds));
            }

            Report($"{phase}.generated-files", generator.GeneratedSources.Length);
        }
    }

    private static void Report(string key, double value) =>
        Console.WriteLine(FormattableString.Invariant($"@ {key} {value:R}"));

    /// <summary>Touches what every incremental generator touches (additional texts, options, source output), nothing more.</summary>
    private sealed class WarmupGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var lengths = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, token) => pair.Left.GetText(token)?.Length ?? 0)
                .WithTrackingName("Lengths")
                .Collect();
            context.RegisterSourceOutput(lengths, (output, all) => output.AddSource("Warmup.g.cs", $"namespace Warmup {{ internal static class Files {{ public const int Count = {all.Length}; }} }}"));
        }
    }

    /// <summary>An additional-file analyzer that reports nothing, to warm Roslyn's analyzer driver.</summary>
    // Handed to Roslyn's analyzer driver directly, never loaded as a compiler extension: no attribute, no release tracking.
#pragma warning disable RS1001, RS2008
    private sealed class WarmupAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("WARM001", "Never reported", "Never reported", "Warmup", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(file => _ = file.AdditionalFile.GetText(file.CancellationToken)?.Length);
        }
    }
#pragma warning restore RS1001, RS2008
}
