using System.Collections.Immutable;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>
/// One step forced to throw for one file (through the internal <see cref="StepFaults"/> seam of the guard every step
/// runs in) never hides the output of the others: the generator and the analyzer run as the compiler runs them, the
/// failure is KGQL0505 (generator) or KGQL0005 (analyzer) on that file, and every other file still generates and
/// compiles, or still gets its diagnostics. Each test uses paths of its own, so the injected fault touches no other test.
/// </summary>
public sealed class FaultInjectionTests
{
    private const string SchemaA = "type Query { name: String! count: Int kind: Kind } enum Kind { SMALL LARGE }";
    private const string SchemaB = "type Query { title: String! }";

    public static TheoryData<string, string> GeneratorFaults => new()
    {
        { StepGuard.ReadFile, "a/One.graphql" },
        { StepGuard.ReadFile, "b/schema.graphqls" },
        { StepGuard.LoadSchema, "a/schema.graphqls" },
        { StepGuard.ParseOperations, "a/One.graphql" },
        { StepGuard.Validate, "a/One.graphql" },
        { StepGuard.BindGroup, "a/schema.graphqls" },
        { StepGuard.Bind, "a/One.graphql" },
        { StepGuard.SharedTypes, "a/schema.graphqls" },
        { StepGuard.Emit, "a/One.graphql" },
        { StepGuard.Emit, "b/schema.graphqls" },
    };

    public static TheoryData<string, string> AnalyzerFaults => new()
    {
        { StepGuard.ReadFile, "a/One.graphql" },
        { StepGuard.LoadSchema, "a/schema.graphqls" },
        { StepGuard.Validate, "a/One.graphql" },
    };

    [Theory]
    [MemberData(nameof(GeneratorFaults))]
    public void A_generator_step_failing_on_one_file_is_reported_there_and_the_others_still_generate(string step, string failingFile)
    {
        var project = new Project(step + "-generator");
        var target = project.PathOf(failingFile);

        GenerationResult result;
        using (StepFaults.Inject(step, target))
        {
            result = GeneratorHarness.Run(project.Files(withErrors: false));
        }

        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        var failure = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KGQL0505");
        Assert.Equal(target, failure.Location.GetLineSpan().Path);
        Assert.Contains("Fault injected into step '" + step + "'", failure.GetMessage(), StringComparison.Ordinal);
        // The one consequence allowed: operations whose schema file could not be read have no schema (KGQL0501).
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id != "KGQL0505" && d.Severity == DiagnosticSeverity.Error && !(d.Id == "KGQL0501" && step == StepGuard.ReadFile));

        // What the failing file stands for is missing; everything else is there and compiles.
        var hintNames = result.Sources.Select(s => s.HintName).ToList();
        foreach (var expected in ExpectedOutputs(step, failingFile))
        {
            Assert.Contains(hintNames, h => h.EndsWith(expected, StringComparison.Ordinal));
        }

        foreach (var missing in MissingOutputs(step, failingFile))
        {
            Assert.DoesNotContain(hintNames, h => h.EndsWith(missing, StringComparison.Ordinal));
        }

        // Generated files compile, except where they name a type the failing file would have given (the client names
        // every operation class; an operation names the enums it selects): those are C# errors about that type alone.
        var dependents = Dependents(step, failingFile);
        var errors = result.CompileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.All(errors, error =>
        {
            Assert.Contains(dependents, d => error.Location.GetLineSpan().Path.EndsWith(d.File, StringComparison.Ordinal) && error.Id == "CS0246" && error.GetMessage().Contains("'" + d.MissingType + "'", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Without_a_fault_the_same_project_generates_every_file()
    {
        var project = new Project("no-fault");
        var result = GeneratorHarness.Run(project.Files(withErrors: false));

        result.AssertCompilesCleanly();
        var hintNames = result.Sources.Select(s => s.HintName).ToList();
        foreach (var expected in new[] { "OneQuery.g.cs", "TwoQuery.g.cs", "ThreeQuery.g.cs", "Kind.g.cs" })
        {
            Assert.Contains(hintNames, h => h.EndsWith(expected, StringComparison.Ordinal));
        }

        Assert.Equal(2, hintNames.Count(h => h.EndsWith("Client.g.cs", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(AnalyzerFaults))]
    public void An_analyzer_step_failing_on_one_file_is_reported_there_and_the_others_still_get_their_diagnostics(string step, string failingFile)
    {
        var project = new Project(step + "-analyzer");
        var target = project.PathOf(failingFile);

        ImmutableArray<Diagnostic> diagnostics;
        var exceptions = new List<Exception>();
        using (StepFaults.Inject(step, target))
        {
            diagnostics = Analyze(project.Files(withErrors: true), exceptions);
        }

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var failure = Assert.Single(diagnostics, d => d.Id == "KGQL0005");
        Assert.Equal(target, failure.Location.GetLineSpan().Path);
        Assert.Contains("Fault injected into step '" + step + "'", failure.GetMessage(), StringComparison.Ordinal);

        // Two.graphql (beside the failing file, unless its schema failed) and Three.graphql (another schema) keep their errors.
        Assert.Contains(diagnostics, d => d.Id == "KGQL0206" && d.Location.GetLineSpan().Path == project.PathOf("b/Three.graphql"));
        if (step != StepGuard.LoadSchema)
        {
            Assert.Contains(diagnostics, d => d.Id == "KGQL0206" && d.Location.GetLineSpan().Path == project.PathOf("a/Two.graphql"));
        }
    }

    [Fact]
    public void A_fault_in_validation_names_the_failing_file_and_keeps_fragments_shared_across_the_others()
    {
        // Two.graphql spreads a fragment defined in Four.graphql; validation of the set fails because of One.graphql,
        // and the others are validated together without it, so Two still generates.
        var project = new Project("validate-fragments");
        var files = project.Files(withErrors: false)
            .Where(f => !f.Path.EndsWith("Two.graphql", StringComparison.Ordinal))
            .Append(new InMemoryAdditionalText(project.PathOf("a/Two.graphql"), "query Two { ...Counted }"))
            .Append(new InMemoryAdditionalText(project.PathOf("a/Four.graphql"), "fragment Counted on Query { count }"))
            .ToList();

        GenerationResult result;
        using (StepFaults.Inject(StepGuard.Validate, project.PathOf("a/One.graphql")))
        {
            result = GeneratorHarness.Run(files);
        }

        Assert.Equal(project.PathOf("a/One.graphql"), Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KGQL0505").Location.GetLineSpan().Path);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("TwoQuery.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources, s => s.HintName.EndsWith("OneQuery.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static IEnumerable<string> ExpectedOutputs(string step, string failingFile) =>
        new[] { "OneQuery.g.cs", "TwoQuery.g.cs", "ThreeQuery.g.cs", "Kind.g.cs" }.Except(MissingOutputs(step, failingFile));

    private static IEnumerable<string> MissingOutputs(string step, string failingFile) => (step, failingFile) switch
    {
        (_, "a/One.graphql") => new[] { "OneQuery.g.cs" },
        (StepGuard.LoadSchema, _) => new[] { "OneQuery.g.cs", "TwoQuery.g.cs", "Kind.g.cs" },
        (StepGuard.BindGroup, _) => new[] { "OneQuery.g.cs", "TwoQuery.g.cs", "Kind.g.cs", "AClient.g.cs" },
        (StepGuard.SharedTypes, _) => new[] { "Kind.g.cs", "AClient.g.cs" },
        (StepGuard.Emit, "b/schema.graphqls") => new[] { "BClient.g.cs" },
        (StepGuard.ReadFile, "b/schema.graphqls") => new[] { "ThreeQuery.g.cs", "BClient.g.cs" },
        _ => Array.Empty<string>(),
    };

    private static IReadOnlyList<(string File, string MissingType)> Dependents(string step, string failingFile) => (step, failingFile) switch
    {
        (StepGuard.Emit, "a/One.graphql") => new[] { ("AClient.g.cs", "OneQuery") },
        (StepGuard.SharedTypes, "a/schema.graphqls") => new[] { ("OneQuery.g.cs", "Kind"), ("TwoQuery.g.cs", "Kind") },
        _ => Array.Empty<(string, string)>(),
    };

    private static ImmutableArray<Diagnostic> Analyze(IEnumerable<AdditionalText> files, List<Exception> exceptions)
    {
        var compilation = GeneratorHarness.CreateCompilation(warningsAsErrors: false, "namespace Placeholder { internal static class Empty { } }");
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files.ToImmutableArray(), new TestOptionsProvider()),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GraphQLDocumentAnalyzer()), options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Two schemas (folders a and b) with three operations, under a folder of the test's own.</summary>
    private sealed class Project
    {
        private readonly string _root;

        public Project(string name) => _root = "/faults/" + name + "-" + Guid.NewGuid().ToString("N") + "/";

        public string PathOf(string relative) => _root + relative;

        public IReadOnlyList<AdditionalText> Files(bool withErrors) => new AdditionalText[]
        {
            new InMemoryAdditionalText(PathOf("a/schema.graphqls"), SchemaA),
            new InMemoryAdditionalText(PathOf("a/One.graphql"), "query One { name kind }"),
            new InMemoryAdditionalText(PathOf("a/Two.graphql"), withErrors ? "query Two { count nope }" : "query Two { count kind }"),
            new InMemoryAdditionalText(PathOf("b/schema.graphqls"), SchemaB),
            new InMemoryAdditionalText(PathOf("b/Three.graphql"), withErrors ? "query Three { title nope }" : "query Three { title }"),
        };
    }
}
