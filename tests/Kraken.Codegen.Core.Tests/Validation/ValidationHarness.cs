using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Validation;

/// <summary>Runs documents against the specification's Dog/Cat example schema and asserts on the diagnostics.</summary>
internal static class ValidationHarness
{
    private static readonly Lazy<string> LazyDogCatSdl = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resources", "DogCat.graphql")));

    private static readonly Lazy<SchemaModel> LazyDogCat = new(() => SchemaBuilder.Build(new SourceFile("DogCat.graphql", LazyDogCatSdl.Value)));

    public static string DogCatSdl => LazyDogCatSdl.Value;

    public static SchemaModel DogCat => LazyDogCat.Value;

    public static IReadOnlyList<GraphQLDiagnostic> Validate(string document, ValidationOptions? options = null, SchemaModel? schema = null) =>
        DocumentValidator.Validate(schema ?? DogCat, ExecutableDocument.Parse("query.graphql", document), options);

    public static IReadOnlyList<GraphQLDiagnostic> ValidateFiles(params (string Path, string Text)[] files) =>
        DocumentValidator.Validate(DogCat, new ExecutableDocumentSet(files.Select(f => ExecutableDocument.Parse(f.Path, f.Text))));

    /// <summary>The document produces no diagnostic at all (no error, no warning).</summary>
    public static void AssertClean(string document, SchemaModel? schema = null)
    {
        var diagnostics = Validate(document, schema: schema);
        Assert.True(diagnostics.Count == 0, "Expected no diagnostics, got:\n" + string.Join("\n", diagnostics));
    }

    /// <summary>
    /// The document produces exactly one diagnostic with <paramref name="id"/>, with this message, starting at this
    /// one-based line and column. Diagnostics of other rules are allowed.
    /// </summary>
    public static GraphQLDiagnostic AssertSingle(IReadOnlyList<GraphQLDiagnostic> diagnostics, string id, string message, int line, int column)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n" + string.Join("\n", diagnostics));
        var diagnostic = matching[0];
        Assert.Equal(message, diagnostic.Message);
        Assert.NotNull(diagnostic.Location);
        Assert.Equal((line, column), (diagnostic.Location!.Value.StartLine + 1, diagnostic.Location.Value.StartColumn + 1));
        return diagnostic;
    }

    public static GraphQLDiagnostic AssertSingle(string document, string id, string message, int line, int column) =>
        AssertSingle(Validate(document), id, message, line, column);

    /// <summary>The text the diagnostic's span covers.</summary>
    public static string SpanText(string document, GraphQLDiagnostic diagnostic) =>
        document.Substring(diagnostic.Location!.Value.Start, diagnostic.Location.Value.Length);
}
