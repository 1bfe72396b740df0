using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>The generator never throws (that would hide all output behind CS8785) and says what stops it.</summary>
public sealed class GeneratorRobustnessTests
{
    [Fact]
    public void Operations_without_a_schema_get_a_diagnostic_in_their_file()
    {
        var result = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/Orphan.graphql", "query Orphan { viewer { id } }") });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KGQL0501");
        Assert.Equal("/p/Orphan.graphql", diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("Orphan", StringComparison.Ordinal));
    }

    [Fact]
    public void An_anonymous_operation_is_reported_and_the_others_still_generate()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Anonymous.graphql", "{ legacyBalance }"),
            new InMemoryAdditionalText("/p/Named.graphql", "query Named { legacyBalance }"),
        });

        Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KGQL0502");
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("NamedQuery.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("type Query { a: }")]
    [InlineData("\0\u0001\uFFFF garbage ]]]")]
    [InlineData("")]
    [InlineData("type Query { a: A } type A { b: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[Int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }")]
    public void Broken_schemas_never_make_the_generator_throw(string schema)
    {
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", schema),
            new InMemoryAdditionalText("/p/Q.graphql", "query Q { a { b } }"),
        });

        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(result.CompileDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Deeply_nested_and_huge_operations_are_refused_with_diagnostics_not_crashes()
    {
        var deep = "query Deep { " + string.Concat(Enumerable.Repeat("account(accountNumber: \"x\") { ", 5000)) + "id" + new string('}', 5001);
        var huge = "query Huge { " + string.Concat(Enumerable.Repeat("legacyBalance ", 200_000)) + "}";
        var files = new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Deep.graphql", deep),
            new InMemoryAdditionalText("/p/Huge.graphql", huge),
        };

        var result = GeneratorHarness.Run(files);
        var analyzer = GeneratorHarness.Analyze(files);

        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        Assert.Contains(analyzer, d => d.Id == "KGQL0004" && d.Location.GetLineSpan().Path == "/p/Deep.graphql");
        Assert.Contains(analyzer, d => d.Id is "KGQL0002" or "KGQL0003" && d.Location.GetLineSpan().Path == "/p/Huge.graphql");
    }
}
