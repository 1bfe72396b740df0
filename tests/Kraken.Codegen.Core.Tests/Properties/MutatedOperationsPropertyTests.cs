using System.Diagnostics;
using CsCheck;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Tests.Corpus;
using Kraken.Codegen.Core.Tests.Differential;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Xunit.Abstractions;

namespace Kraken.Codegen.Core.Tests.Properties;

/// <summary>
/// Random edits of the UK operations: the validator never throws, never takes long, and whenever GraphQL.NET rejects
/// a document we report at least one error too (we may reject more: see the deliberate differences).
/// </summary>
public sealed class MutatedOperationsPropertyTests
{
    private const int Iterations = 10_000;

    /// <summary>Far above the few milliseconds a document takes; only a hang or a blow-up would reach it.</summary>
    private static readonly TimeSpan PerDocumentBudget = TimeSpan.FromSeconds(5);

    private readonly ITestOutputHelper _output;

    public MutatedOperationsPropertyTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Mutated_UK_operations_never_crash_and_every_document_GraphQL_NET_rejects_has_an_error()
    {
        var folder = TestPaths.RequireShared("corpora", "kraken-uk");
        var schema = KrakenUkCorpusTests.LoadUkSchema(withClientDirectives: true);
        var oracle = new GraphQLNetOracle(File.ReadAllText(Path.Combine(folder, "schema.graphql")) + "\n" + File.ReadAllText(Path.Combine(folder, "client-directives.graphql")));
        var files = Directory.GetFiles(Path.Combine(folder, "operations"), "*.graphql").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

        var mutation = Gen.Select(Gen.Int[0, DocumentMutator.KindCount - 1], Gen.Int[0, 100_000], Gen.Int[0, 10_000])
            .Select(t => new Mutation(t.Item1, t.Item2, t.Item3));
        var generator = Gen.Select(Gen.Int[0, files.Length - 1], mutation.Array[1, 4]);

        var checkedByOracle = 0;
        var slowest = TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        generator.Sample(
            (fileIndex, mutations) =>
            {
                var text = DocumentMutator.Apply(files[fileIndex], mutations);
                var (hasError, elapsed) = Validate(schema, text);
                slowest = elapsed > slowest ? elapsed : slowest;
                if (hasError)
                {
                    return; // We reject: the property holds whatever the oracle says.
                }

                checkedByOracle++;
                var theirs = oracle.Validate(text);
                Assert.True(theirs.Count == 0, $"GraphQL.NET rejects a document we accept:\n{text}\n{string.Join("\n", theirs)}");
            },
            iter: Iterations,
            threads: 1);

        _output.WriteLine($"{Iterations:N0} mutated documents in {watch.Elapsed.TotalSeconds:F1} s; {checkedByOracle} accepted by us and confirmed by GraphQL.NET; slowest validation {slowest.TotalMilliseconds:F1} ms.");
    }

    private static (bool HasError, TimeSpan Elapsed) Validate(SchemaModel schema, string text)
    {
        using var cancellation = new CancellationTokenSource(PerDocumentBudget);
        var watch = Stopwatch.StartNew();
        var diagnostics = DocumentValidator.Validate(schema, ExecutableDocument.Parse(new SourceFile("mutated.graphql", text), cancellationToken: cancellation.Token), cancellationToken: cancellation.Token);
        return (diagnostics.Any(d => d.IsError), watch.Elapsed);
    }
}
