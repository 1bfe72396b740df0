using System.Collections.Immutable;
using Kraken.Codegen.Generator;
using Kraken.Codegen.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kraken.Codegen.Fuzz.Roslyn;

/// <summary>
/// A consumer project in memory: .graphql files as additional texts, the generator and the analyzer run the way the
/// compiler runs them (their public entry points only), and the generated code compiled against the runtime.
/// </summary>
public static class GeneratorProject
{
    public const string RootNamespace = "Fuzz.Client";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(Kraken.Codegen.Runtime.IGraphQLExecutor).Assembly.Location)];

    /// <summary>Runs the generator and the analyzer over <paramref name="files"/>; generator and analyzer exceptions are rethrown.</summary>
    public static GeneratorRun Run(IReadOnlyList<(string Path, string Text)> files, string assemblyName = "Fuzz.Consumer")
    {
        var texts = files.Select(f => (AdditionalText)new MemoryText(f.Path, f.Text)).ToImmutableArray();
        var options = new Options(files);
        var compilation = Compilation(assemblyName, "namespace Fuzz { internal static class Placeholder { } }");

        GeneratorDriver driver = CSharpGeneratorDriver.Create([new GraphQLClientGenerator().AsSourceGenerator()], texts, ParseOptions, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        if (result.Results.FirstOrDefault(r => r.Exception is not null).Exception is { } thrown)
        {
            // What the compiler would report as CS8785, hiding every generated file.
            throw new GeneratorFailedException("The generator threw (CS8785): " + thrown.GetType().Name, thrown);
        }

        Exception? analyzerException = null;
        var analyzers = output.WithAnalyzers(
            [new GraphQLDocumentAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(texts, options), (exception, _, _) => analyzerException ??= exception, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var analyzerDiagnostics = analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (analyzerException is not null)
        {
            // What the compiler would report as AD0001.
            throw new GeneratorFailedException("The analyzer threw (AD0001): " + analyzerException.GetType().Name, analyzerException);
        }

        return new GeneratorRun(result, generatorDiagnostics, analyzerDiagnostics, (CSharpCompilation)output);
    }

    public static CSharpCompilation Compilation(string assemblyName, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The MSBuild side: the root namespace, and schema files that are not named by the convention marked as schema.</summary>
    private sealed class Options(IReadOnlyList<(string Path, string Text)> files) : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Empty = new([]);
        private static readonly Values Schema = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.GraphQLKind"] = "Schema" });
        private readonly HashSet<string> _schemaFiles = files.Where(f => f.Path.EndsWith(".graphqls", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _schemaFiles.Contains(textFile.Path) ? Schema : Empty;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}

/// <summary>What one run of the generator and the analyzer produced.</summary>
public sealed record GeneratorRun(
    GeneratorDriverRunResult Result,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    CSharpCompilation Output);

/// <summary>The generator or the analyzer threw: the compiler would have reported CS8785 or AD0001.</summary>
public sealed class GeneratorFailedException(string message, Exception inner) : Exception(message, inner);
