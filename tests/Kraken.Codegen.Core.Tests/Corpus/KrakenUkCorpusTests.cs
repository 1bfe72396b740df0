using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Corpus;

public sealed class KrakenUkCorpusTests
{
    [SkippableFact]
    public void Uk_schema_loads_without_errors()
    {
        var schema = LoadUkSchema(withClientDirectives: false);
        DiagnosticAssert.NoErrors(schema.Diagnostics);
        Assert.True(schema.Types.Count() > 1300);
        Assert.NotNull(schema.QueryType);
    }

    [SkippableFact]
    public void Github_schema_loads_without_errors()
    {
        var path = TestPaths.RequireShared("corpora", "github", "schema.graphql");
        var schema = SchemaBuilder.Build(new SourceFile(path, File.ReadAllText(path)));
        DiagnosticAssert.NoErrors(schema.Diagnostics);
        Assert.True(schema.Types.Count() > 1600);
    }

    [SkippableFact]
    public void Uk_operations_validate_cleanly_with_client_directives()
    {
        var schema = LoadUkSchema(withClientDirectives: true);
        var diagnostics = DocumentValidator.Validate(schema, LoadUkOperations());
        DiagnosticAssert.NoErrors(diagnostics);
    }

    internal static SchemaModel LoadUkSchema(bool withClientDirectives)
    {
        var folder = TestPaths.RequireShared("corpora", "kraken-uk");
        var sources = new List<SourceFile> { Read(Path.Combine(folder, "schema.graphql")) };
        if (withClientDirectives)
        {
            sources.Add(Read(Path.Combine(folder, "client-directives.graphql")));
        }

        return SchemaBuilder.Build(sources);
    }

    internal static ExecutableDocumentSet LoadUkOperations()
    {
        var folder = TestPaths.RequireShared("corpora", "kraken-uk", "operations");
        return new ExecutableDocumentSet(Directory.GetFiles(folder, "*.graphql").Select(path => ExecutableDocument.Parse(Read(path))));
    }

    private static SourceFile Read(string path) => new(path, File.ReadAllText(path));
}
