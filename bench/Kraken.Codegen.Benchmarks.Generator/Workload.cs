using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Benchmarks.Generator;

/// <summary>
/// The benchmark's input: GitHub's public schema from <c>../shared</c> as <c>schema.graphqls</c>, and
/// <see cref="OperationCount"/> synthesised operations, one per <c>.graphql</c> file in a folder below it.
/// Every operation (and the edited version of the edit target) is validated before use.
/// </summary>
internal sealed class Workload
{
    public const int OperationCount = 150;
    public const string ProjectFolder = "/project/GitHub/";
    public const string SchemaPath = ProjectFolder + "schema.graphqls";
    public const string UserCodeA = "namespace User { public sealed class Existing { public int A { get; init; } } }";
    public const string UserCodeB = "namespace User { public sealed class Existing { public int B { get; init; } } }";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly BenchOptionsProvider Options = OptionsWith("GitHub.Client");

    private Workload(string schemaText, SchemaModel schema, IReadOnlyList<SynthesisedOperation> operations)
    {
        SchemaText = schemaText;
        Schema = new InMemoryAdditionalText(SchemaPath, schemaText);
        Operations = operations;
        OperationFiles = operations.Select(o => new InMemoryAdditionalText(PathOf(o), o.Text)).ToList();
        var target = operations.First(o => o.EditedText is not null);
        EditTarget = target;
        EditOriginal = OperationFiles[operations.ToList().IndexOf(target)];
        EditEdited = new InMemoryAdditionalText(PathOf(target), target.EditedText!);
        SchemaTypeCount = schema.Types.Count();
    }

    public string SchemaText { get; }

    public int SchemaTypeCount { get; }

    public InMemoryAdditionalText Schema { get; }

    public IReadOnlyList<SynthesisedOperation> Operations { get; }

    public IReadOnlyList<InMemoryAdditionalText> OperationFiles { get; }

    public SynthesisedOperation EditTarget { get; }

    /// <summary>The edit target's file as first given to the driver (also one of <see cref="OperationFiles"/>).</summary>
    public InMemoryAdditionalText EditOriginal { get; }

    /// <summary>The edit target's file with one more scalar field selected.</summary>
    public InMemoryAdditionalText EditEdited { get; }

    /// <summary>
    /// The edit target's file at its <paramref name="number"/>-th edit: the original and the edited version alternate, and
    /// a numbered comment inside the operation makes every one new, so nothing the generator remembers from earlier runs
    /// (validation results, bound operations) can answer it: each edit costs what a user's keystroke costs.
    /// </summary>
    public InMemoryAdditionalText Edit(int number)
    {
        var text = number % 2 == 0 ? EditTarget.Text : EditTarget.EditedText!;
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        return new InMemoryAdditionalText(EditOriginal.Path, text.Insert(brace + 1, " # edit " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
    }

    public IEnumerable<AdditionalText> AllFiles(InMemoryAdditionalText? schema = null) => new[] { schema ?? Schema }.Concat(OperationFiles);

    public static string PathOf(SynthesisedOperation operation) => ProjectFolder + "Operations/" + operation.Name + ".graphql";

    /// <summary>Reads the schema, synthesises the operations and validates them; throws with the reasons when anything is wrong.</summary>
    public static Workload Load()
    {
        var schemaFile = SharedFiles.Locate("corpora", "github", "schema.graphql");
        var schemaText = File.ReadAllText(schemaFile);
        var schema = SchemaBuilder.Build(new SourceFile(SchemaPath, schemaText));
        var schemaErrors = schema.Diagnostics.Where(d => d.IsError).ToList();
        if (schemaErrors.Count > 0)
        {
            throw new InvalidOperationException("GitHub's schema did not load:\n" + string.Join("\n", schemaErrors.Take(20)));
        }

        var operations = OperationSynthesiser.Create(schema, OperationCount);
        Validate(schema, operations.Select(o => (PathOf(o), o.Text)), "synthesised operations");
        Validate(schema, operations.Where(o => o.EditedText is not null).Select(o => (PathOf(o), o.EditedText!)), "edited versions");
        return new Workload(schemaText, schema, operations);
    }

    private static void Validate(SchemaModel schema, IEnumerable<(string Path, string Text)> files, string what)
    {
        var documents = new ExecutableDocumentSet(files.Select(f => ExecutableDocument.Parse(f.Path, f.Text)));
        var diagnostics = DocumentValidator.Validate(schema, documents);
        var errors = diagnostics.Where(d => d.Severity == GraphQLDiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{errors.Count} validation errors in the {what}:\n" + string.Join("\n", errors.Take(40)));
        }

        var others = diagnostics.Count - errors.Count;
        if (others > 0)
        {
            throw new InvalidOperationException($"The {what} should validate without any diagnostic; found {others}:\n" + string.Join("\n", diagnostics.Take(40)));
        }
    }

    /// <summary>Runs the GraphQL analyzer on <paramref name="files"/> with the workload's settings, as a build does after the generator.</summary>
    public static int Analyze(CSharpCompilation compilation, IEnumerable<AdditionalText> files)
    {
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new Kraken.Codegen.Generator.Analysis.GraphQLDocumentAnalyzer());
        var options = new AnalyzerOptions(System.Collections.Immutable.ImmutableArray.CreateRange(files), Options);
        return compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <param name="rootNamespace">
    /// A namespace other than the usual one changes every generated file, so nothing the generator remembers in the
    /// process (bound operations, rendered files) can answer: a really cold run.
    /// </param>
    public static CSharpGeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps, string? rootNamespace = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new GraphQLClientGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            rootNamespace is null ? Options : OptionsWith(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static BenchOptionsProvider OptionsWith(string rootNamespace) => new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = rootNamespace,
        ["build_property.KrakenCodegenClientName"] = "GitHubClient",
    });

    /// <summary>A compilation of one tiny C# file, so the timings reflect the generator rather than the C# compiler.</summary>
    public static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "GitHub.Client",
            new[] { CSharpSyntaxTree.ParseText(UserCodeA, ParseOptions) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The same compilation with its only C# file replaced by <paramref name="source"/>.</summary>
    public static CSharpCompilation WithUserCode(CSharpCompilation compilation, string source) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(source, ParseOptions));
}

/// <summary>Finds the shared corpora (<c>../shared</c> beside the repository root).</summary>
internal static class SharedFiles
{
    public static string? Folder => Kraken.Codegen.TestSupport.RepositoryLayout.SharedFolder;

    public static string Locate(params string[] parts)
    {
        var path = Path.Combine(new[] { Folder ?? throw new InvalidOperationException(Missing) }.Concat(parts).ToArray());
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing; the benchmark reads GitHub's schema from ../shared.", path);
    }

    public const string Missing = "../shared is absent beside the repository; this benchmark reads GitHub's schema from ../shared/corpora/github/schema.graphql.";
}
