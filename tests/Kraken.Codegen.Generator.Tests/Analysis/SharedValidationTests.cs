using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Generator.Tests.Analysis;

/// <summary>In one compiler process, the generator and the analyzer validate each document set once between them.</summary>
public sealed class SharedValidationTests
{
    [Fact]
    public void The_analyzer_reuses_the_validation_the_generator_did_and_the_generator_skips_invalid_operations()
    {
        // A unique comment keeps this input apart from every other test's in the shared cache.
        var operations = $"# {Guid.NewGuid():N}\nquery Good {{ legacyBalance }}\nquery Bad {{ account(accountNumber: \"A\") {{ balanc }} }}\n";
        var files = new[]
        {
            new InMemoryAdditionalText("/shared/GraphQL/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/shared/GraphQL/Operations.graphql", operations),
        };
        var schema = SchemaBuilder.Build(new[] { new SourceFile("/shared/GraphQL/schema.graphqls", TestSchemas.Accounts) });
        var operationFiles = new[] { new SourceFile("/shared/GraphQL/Operations.graphql", operations) };

        var generated = GeneratorHarness.Run(files);
        var afterGenerator = SharedValidation.Find(schema, operationFiles, new ValidationOptions());
        var analyzer = GeneratorHarness.Analyze(files);
        var afterAnalyzer = SharedValidation.Find(schema, operationFiles, new ValidationOptions());

        Assert.NotNull(afterGenerator);
        Assert.Same(afterGenerator, afterAnalyzer);
        Assert.Contains(analyzer, d => d.Id == "KGQL0206" && d.GetMessage().Contains("balanc", StringComparison.Ordinal));
        Assert.Contains(generated.Sources, s => s.HintName.EndsWith("GoodQuery.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(generated.Sources, s => s.HintName.EndsWith("BadQuery.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(generated.GeneratorDiagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
    }
}
