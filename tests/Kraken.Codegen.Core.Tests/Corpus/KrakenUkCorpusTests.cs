using System.Text.RegularExpressions;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Corpus;

public sealed class KrakenUkCorpusTests
{
    private static readonly Regex ClientDirective = new(@"@(ms_required_by_default|ms_optional)\b", RegexOptions.CultureInvariant);

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
    public void Uk_operations_are_rejected_at_every_undeclared_client_directive()
    {
        var schema = LoadUkSchema(withClientDirectives: false);
        var documents = LoadUkOperations();
        var diagnostics = DocumentValidator.Validate(schema, documents);

        // Every use outside comments, at the directive's name (just after the '@').
        var expected = documents.Documents
            .SelectMany(d => UsesOutsideComments(d.Source).Select(use => (d.Source.Path, use.Offset + 1, "Unknown directive '@" + use.Name + "': the schema does not define it.")))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Item2)
            .ToList();
        var actual = diagnostics
            .Where(d => d.Id == "KGQL0223")
            .Select(d => (d.Location!.Value.Path, d.Location.Value.Start, d.Message))
            .ToList();
        Assert.True(expected.Count > 50, "The corpus uses the client directives some sixty times outside comments.");
        Assert.Equal(expected, actual);

        // Those are the only errors, and every one of the 11 operations carries at least one of them.
        Assert.All(diagnostics.Where(d => d.IsError), d => Assert.Equal("KGQL0223", d.Id));
        var operations = documents.Operations.ToList();
        Assert.Equal(11, operations.Count);
        Assert.All(operations, operation => Assert.Contains(actual, a =>
            a.Path == operation.Document.Source.Path && a.Start >= operation.Node.Location.Start && a.Start < operation.Node.Location.End));
    }

    [SkippableFact]
    public void Uk_operations_validate_without_any_diagnostic_once_the_client_directives_are_declared()
    {
        var schema = LoadUkSchema(withClientDirectives: true);
        DiagnosticAssert.NoErrors(schema.Diagnostics);
        var diagnostics = DocumentValidator.Validate(schema, LoadUkOperations());
        Assert.True(diagnostics.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", diagnostics));
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

    private static IEnumerable<(int Offset, string Name)> UsesOutsideComments(SourceFile source) =>
        ClientDirective.Matches(source.Text)
            .Cast<Match>()
            .Where(match => !IsInComment(source.Text, match.Index))
            .Select(match => (match.Index, match.Groups[1].Value));

    private static bool IsInComment(string text, int offset)
    {
        var lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }, Math.Max(0, offset - 1)) + 1;
        return text.IndexOf('#', lineStart, offset - lineStart) >= 0;
    }

    private static SourceFile Read(string path) => new(path, File.ReadAllText(path));
}
