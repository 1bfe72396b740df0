using BenchmarkDotNet.Attributes;
using GraphQLParser;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Benchmarks;

/// <summary>
/// Loading the UK and GitHub schemas against GraphQL-Parser's bare parse of the same text (the floor), and
/// validating the 11 UK operations against the loaded UK schema (warm: schema and documents are ready).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(iterationCount: 10, warmupCount: 3)]
public class CoreBenchmarks
{
    private SourceFile _ukSchema = null!;
    private SourceFile _ukClientDirectives = null!;
    private SourceFile _githubSchema = null!;
    private SchemaModel _ukModel = null!;
    private ExecutableDocumentSet _ukOperations = null!;
    private List<SourceFile> _ukOperationFiles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ukSchema = Read(CorpusFiles.Locate("corpora", "kraken-uk", "schema.graphql"));
        _ukClientDirectives = Read(CorpusFiles.Locate("corpora", "kraken-uk", "client-directives.graphql"));
        _githubSchema = Read(CorpusFiles.Locate("corpora", "github", "schema.graphql"));
        _ukModel = SchemaBuilder.Build(_ukSchema, _ukClientDirectives);
        _ukOperationFiles = Directory.GetFiles(CorpusFiles.Locate("corpora", "kraken-uk", "operations"), "*.graphql").Select(Read).ToList();
        _ukOperations = new ExecutableDocumentSet(_ukOperationFiles.Select(f => ExecutableDocument.Parse(f)));
        var diagnostics = DocumentValidator.Validate(_ukModel, _ukOperations);
        if (diagnostics.Count != 0 || _ukOperations.Operations.Count() != 11)
        {
            throw new InvalidOperationException("The UK operations should validate cleanly: " + string.Join("; ", diagnostics));
        }
    }

    [Benchmark(Description = "UK schema: GraphQL-Parser Parser.Parse (floor)")]
    public GraphQLDocument ParseUkSchema() => Parser.Parse(_ukSchema.Text, new ParserOptions { Ignore = IgnoreOptions.Comments });

    [Benchmark(Description = "UK schema: SchemaBuilder.Build")]
    public SchemaModel LoadUkSchema() => SchemaBuilder.Build(_ukSchema);

    [Benchmark(Description = "GitHub schema: GraphQL-Parser Parser.Parse (floor)")]
    public GraphQLDocument ParseGithubSchema() => Parser.Parse(_githubSchema.Text, new ParserOptions { Ignore = IgnoreOptions.Comments });

    [Benchmark(Description = "GitHub schema: SchemaBuilder.Build")]
    public SchemaModel LoadGithubSchema() => SchemaBuilder.Build(_githubSchema);

    [Benchmark(Description = "UK: validate the 11 operations (parsed, warm)")]
    public IReadOnlyList<GraphQLDiagnostic> ValidateUkOperations() => DocumentValidator.Validate(_ukModel, _ukOperations);

    [Benchmark(Description = "UK: parse and validate the 11 operations")]
    public IReadOnlyList<GraphQLDiagnostic> ParseAndValidateUkOperations() =>
        DocumentValidator.Validate(_ukModel, new ExecutableDocumentSet(_ukOperationFiles.Select(f => ExecutableDocument.Parse(f))));

    private static SourceFile Read(string path) => new(path, File.ReadAllText(path));
}
