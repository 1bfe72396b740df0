using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Analysis;

/// <summary>The analyzer reports in the .graphql files themselves, at the exact line and column.</summary>
public sealed class AnalyzerDiagnosticsTests
{
    private const string SchemaPath = "/project/GraphQL/schema.graphqls";

    [Fact]
    public void An_unknown_field_is_reported_at_its_name_with_a_suggestion()
    {
        var diagnostics = GeneratorHarness.Analyze(new[]
        {
            new InMemoryAdditionalText(SchemaPath, TestSchemas.Accounts),
            new InMemoryAdditionalText("/project/GraphQL/Account.graphql", "query Account($n: String!) {\n  account(accountNumber: $n) {\n    id\n    balanc\n  }\n}\n"),
        });

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "KGQL0206");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Field 'balanc' does not exist on type 'AccountType'. Did you mean 'balance'?", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/GraphQL/Account.graphql", span.Path);
        Assert.Equal((3, 4), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((3, 10), (span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_broken_token()
    {
        var diagnostics = GeneratorHarness.Analyze(new[]
        {
            new InMemoryAdditionalText(SchemaPath, TestSchemas.Accounts),
            new InMemoryAdditionalText("/project/GraphQL/Broken.graphql", "query Broken {\n  account(accountNumber: \"x\") {\n    id\n    number(\n  }\n}\n"),
        });

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "KGQL0001");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/GraphQL/Broken.graphql", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Equal(2, span.StartLinePosition.Character);
    }

    [Theory]
    [InlineData("- Scheduled for removal on or after 2024-01-01.")]
    [InlineData("- Will be removed on 2024-01-01.")]
    public void Deprecated_fields_warn_with_reason_and_dates_in_both_kraken_wordings(string removalLine)
    {
        var diagnostics = GeneratorHarness.Analyze(DeprecationFiles(removalLine));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "KGQL0301");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Field 'Query.legacyBalance' is deprecated (since 2023-05-10; removal on or after 2024-01-01)", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Use account.balance.", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("- Scheduled for removal on or after 2024-01-01.")]
    [InlineData("- Will be removed on 2024-01-01.")]
    public void Deprecated_fields_past_removal_become_errors_only_with_an_as_of_date(string removalLine)
    {
        var pastRemoval = GeneratorHarness.Analyze(DeprecationFiles(removalLine), new TestOptionsProvider(new Dictionary<string, string> { ["build_property.KrakenCodegenAsOfDate"] = "2024-06-30" }));
        var beforeRemoval = GeneratorHarness.Analyze(DeprecationFiles(removalLine), new TestOptionsProvider(new Dictionary<string, string> { ["build_property.KrakenCodegenAsOfDate"] = "2023-12-31" }));

        var error = Assert.Single(pastRemoval, d => d.Id == "KGQL0305");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("past its removal date (2024-01-01, as of 2024-06-30)", error.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(pastRemoval, d => d.Id == "KGQL0301");
        Assert.Single(beforeRemoval, d => d.Id == "KGQL0301");
        Assert.DoesNotContain(beforeRemoval, d => d.Id == "KGQL0305");
    }

    private static InMemoryAdditionalText[] DeprecationFiles(string removalLine) => new[]
    {
        new InMemoryAdditionalText(SchemaPath, TestSchemas.Accounts.Replace("- Scheduled for removal on or after 2024-01-01.", removalLine, StringComparison.Ordinal)),
        new InMemoryAdditionalText("/project/GraphQL/Legacy.graphql", "query Legacy {\n  legacyBalance\n}\n"),
    };
}
