using System.Reflection;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Tests.Corpus;
using Kraken.Codegen.Core.Tests.Rules;
using Kraken.Codegen.Core.Tests.Validation;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Xunit.Abstractions;

namespace Kraken.Codegen.Core.Tests.Differential;

/// <summary>
/// Runs the same documents through our validator and GraphQL.NET's and requires the same verdict (accept or reject).
/// Where GraphQL.NET departs from the specification the difference is listed below with the section that settles it.
/// </summary>
public sealed class DifferentialTests
{
    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output) => _output = output;

    /// <summary>Deliberate differences: documents GraphQL.NET 8.8.5 judges against the specification, and why.</summary>
    private static readonly DeliberateDifference[] DeliberateDifferences =
    {
        new("5.1.1", "GraphQL.NET ignores type system definitions in an executable document; the spec rejects the document.",
            (text, ours, theirs) => theirs.Count == 0 && ours.All(d => d.Id == "KGQL0201")),
        new("5.2.4.1", "GraphQL.NET counts root selections; the spec counts response names (CollectSubscriptionFields), so a repeated root field is one field.",
            (text, ours, theirs) => ours.Count == 0 && theirs.All(e => e.StartsWith("SINGLE_ROOT_FIELD_SUBSCRIPTIONS", StringComparison.Ordinal))),
        new("5.2.4.1", "GraphQL.NET allows @skip/@include on the root field of a subscription; the spec forbids them there.",
            (text, ours, theirs) => theirs.Count == 0 && ours.All(d => d.Id == "KGQL0205" && (d.Message.Contains("'@skip'") || d.Message.Contains("'@include'")))),
        new("5.8.5", "GraphQL.NET lets a nullable list item or a null default stand where non-null is required; AreTypesCompatible and hasNonNullVariableDefaultValue do not.",
            (text, ours, theirs) => theirs.Count == 0 && ours.All(d => d.Id == "KGQL0230" && (d.Message.Contains("'[") || text.Contains("= null")))),
    };

    private sealed record DeliberateDifference(string Section, string Reason, Func<string, IReadOnlyList<GraphQLDiagnostic>, IReadOnlyList<string>, bool> Applies);

    [Fact]
    public void Agrees_with_GraphQL_NET_on_rule_documents_and_their_mutations()
    {
        var documents = RuleDocuments().ToList();
        var random = new Random(20250901);
        foreach (var document in documents.ToList())
        {
            for (var i = 0; i < 2; i++)
            {
                documents.Add(DocumentMutator.Apply(document, new Mutation(new[] { 3, 4, 7 }[random.Next(3)], random.Next(10_000), random.Next(10_000))));
            }
        }

        var result = Compare(ValidationHarness.DogCat, new GraphQLNetOracle(ValidationHarness.DogCatSdl), documents.Distinct().ToList());
        Assert.True(result.Compared >= 300, $"Only {result.Compared} documents were compared.");
    }

    [SkippableFact]
    public void Agrees_with_GraphQL_NET_on_the_UK_operations_and_their_mutations()
    {
        var folder = TestPaths.RequireShared("corpora", "kraken-uk");
        var sdl = File.ReadAllText(Path.Combine(folder, "schema.graphql")) + "\n" + File.ReadAllText(Path.Combine(folder, "client-directives.graphql"));
        var schema = KrakenUkCorpusTests.LoadUkSchema(withClientDirectives: true);
        var files = Directory.GetFiles(Path.Combine(folder, "operations"), "*.graphql").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var documents = new List<string>(files) { string.Join("\n", files) };
        var random = new Random(1359);
        while (documents.Distinct().Count() < 160)
        {
            var file = files[random.Next(files.Count)];
            documents.Add(DocumentMutator.Apply(file, new Mutation(new[] { 0, 3, 4, 7 }[random.Next(4)], random.Next(100_000), random.Next(10_000))));
        }

        var result = Compare(schema, new GraphQLNetOracle(sdl), documents.Distinct().ToList());
        Assert.True(result.Compared >= 150, $"Only {result.Compared} documents were compared.");
    }

    private (int Compared, int Rejected) Compare(SchemaModel schema, GraphQLNetOracle oracle, IReadOnlyList<string> documents)
    {
        var mismatches = new List<string>();
        var rejected = 0;
        var deliberate = 0;
        foreach (var text in documents)
        {
            var ours = DocumentValidator.Validate(schema, ExecutableDocument.Parse(new SourceFile("document.graphql", text)))
                .Where(d => d.IsError)
                .ToList();
            var theirs = oracle.Validate(text);
            rejected += theirs.Count > 0 ? 1 : 0;
            if ((ours.Count > 0) == (theirs.Count > 0))
            {
                continue;
            }

            if (DeliberateDifferences.Any(d => d.Applies(text, ours, theirs)))
            {
                deliberate++;
                continue;
            }

            mismatches.Add($"{text}\n  ours:   {string.Join(" | ", ours)}\n  theirs: {string.Join(" | ", theirs)}");
        }

        _output.WriteLine($"{documents.Count} documents compared, {rejected} rejected by GraphQL.NET, {deliberate} deliberate differences.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {documents.Count} verdicts differ:\n\n" + string.Join("\n\n", mismatches.Take(40)));
        return (documents.Count, rejected);
    }

    /// <summary>Every document of the rule tests (valid and invalid), found through <see cref="IRuleCases"/>.</summary>
    private static IEnumerable<string> RuleDocuments() =>
        typeof(IRuleCases).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IRuleCases).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => new[] { "Valid", "Invalid" }.Select(name => t.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)))
            .Cast<IEnumerable<object[]>>()
            .SelectMany(rows => rows.Select(row => (string)row[0]));
}
