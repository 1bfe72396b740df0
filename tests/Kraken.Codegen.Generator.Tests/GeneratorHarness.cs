using System.Collections.Immutable;
using Kraken.Codegen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kraken.Codegen.Generator.Tests;

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild properties and per-file metadata as the compiler would pass them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;
    private readonly IReadOnlyDictionary<string, TestOptions> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? global = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        _global = new TestOptions(global ?? new Dictionary<string, string>());
        _perFile = (perFile ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()).ToDictionary(pair => pair.Key, pair => new TestOptions(pair.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> _values;

        public TestOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator (and optionally the analyzer) the way the compiler does, and compiles the result.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpGeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new GraphQLClientGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options ?? new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Test.Client" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(warningsAsErrors: true, sources);

    public static CSharpCompilation CreateCompilation(bool warningsAsErrors, params string[] sources) =>
        CSharpCompilation.Create(
            "Generated.Test",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            Basic.Reference.Assemblies.Net100.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(Kraken.Codegen.Runtime.IGraphQLExecutor).Assembly.Location) }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default));

    /// <summary>Generates from <paramref name="files"/>, compiles everything, and returns the run and the compiled diagnostics.</summary>
    public static GenerationResult Run(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null, string userCode = "")
    {
        var driver = CreateDriver(files, options);
        var compilation = CreateCompilation(userCode.Length == 0 ? "namespace Placeholder { internal static class Empty { } }" : userCode);
        driver = (CSharpGeneratorDriver)driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        var compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return new GenerationResult(driver, result, generatorDiagnostics, compileDiagnostics, (CSharpCompilation)output);
    }

    public static ImmutableArray<Diagnostic> Analyze(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null)
    {
        var compilation = CreateCompilation(warningsAsErrors: false, "namespace Placeholder { internal static class Empty { } }");
        var analyzerOptions = new AnalyzerOptions(files.ToImmutableArray(), options ?? new TestOptionsProvider());
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Kraken.Codegen.Generator.Analysis.GraphQLDocumentAnalyzer()), analyzerOptions);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }
}

internal sealed record GenerationResult(
    CSharpGeneratorDriver Driver,
    GeneratorDriverRunResult RunResult,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompileDiagnostics,
    CSharpCompilation Compilation)
{
    public IEnumerable<GeneratedSourceResult> Sources => RunResult.Results.SelectMany(r => r.GeneratedSources);

    public string Source(string hintNameEnd) => Sources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Asserts the generated code compiled without errors or warnings, listing them all otherwise.</summary>
    public void AssertCompilesCleanly()
    {
        Assert.True(RunResult.Results.All(r => r.Exception is null), "Generator threw: " + string.Join("\n", RunResult.Results.Select(r => r.Exception)));
        var problems = CompileDiagnostics.Concat(GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)).ToList();
        Assert.True(problems.Count == 0, "Problems:\n" + string.Join("\n", problems.Take(40).Select(d => d + " @ " + Excerpt(d))));
    }

    private string Excerpt(Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource)
        {
            return string.Empty;
        }

        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var text = diagnostic.Location.SourceTree!.GetText();
        return text.Lines[Math.Min(line, text.Lines.Count - 1)].ToString().Trim();
    }
}
