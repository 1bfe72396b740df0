namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>The real UK Kraken schema with the 11 operations of an unrelated public project.</summary>
public sealed class KrakenUkCorpusGenerationTests
{
    [SkippableFact]
    public void All_eleven_operations_generate_code_that_compiles_without_warnings()
    {
        var result = GeneratorHarness.Run(UkFiles());

        result.AssertCompilesCleanly();
        var operations = result.Sources.Where(s => s.HintName.EndsWith("Query.g.cs", StringComparison.Ordinal) || s.HintName.EndsWith("Mutation.g.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, operations.Count);
    }

    [SkippableFact]
    public void Interface_selections_with_type_conditions_become_closed_families_with_an_unknown_case()
    {
        var result = GeneratorHarness.Run(UkFiles());
        result.AssertCompilesCleanly();

        var families = result.Sources
            .Select(s => s.SourceText.ToString())
            .Where(text => text.Contains("public abstract partial record", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(families);
        Assert.All(families, text => Assert.Contains("partial record Unknown", text, StringComparison.Ordinal));
    }

    internal static IReadOnlyList<InMemoryAdditionalText> UkFiles()
    {
        var folder = TestPaths.RequireShared("corpora", "kraken-uk");
        var files = new List<InMemoryAdditionalText>
        {
            new(Path.Combine(folder, "schema.graphqls"), File.ReadAllText(Path.Combine(folder, "schema.graphql"))),
            new(Path.Combine(folder, "client-directives.graphqls"), File.ReadAllText(Path.Combine(folder, "client-directives.graphql"))),
        };
        files.AddRange(Directory.GetFiles(Path.Combine(folder, "operations"), "*.graphql").OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => new InMemoryAdditionalText(Path.Combine(folder, Path.GetFileName(path)), File.ReadAllText(path))));
        return files;
    }
}
