using Kraken.Codegen.TestSupport;
using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Analysis;

/// <summary>
/// The analyzer (through <c>CompilationWithAnalyzers</c>) and the generator (through the driver) report at the line
/// and column an editor shows, whatever the file's line endings (CR, LF, CRLF or a mix), and the location's text span
/// covers the offending characters.
/// </summary>
public sealed class LineEndingDiagnosticsTests
{
    private const string Folder = "/project/GraphQL/";

    public static TheoryData<string> Styles => new(LineEndingCases.Styles);

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_analyzer_reports_validation_and_syntax_errors_at_their_line_and_column(string style)
    {
        var account = LineEndingCases.Join(LineEndingCases.UnknownFieldLines, style);
        var broken = LineEndingCases.Join(LineEndingCases.MissingBraceLines, style);

        var diagnostics = GeneratorHarness.Analyze(
        [
            new InMemoryAdditionalText(Folder + "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, style)),
            new InMemoryAdditionalText(Folder + "Account.graphql", account),
            new InMemoryAdditionalText(Folder + "Q2.graphql", broken),
        ]);

        var unknownField = Assert.Single(diagnostics, d => d.Id == "KGQL0206");
        AssertAt(Folder + "Account.graphql", LineEndingCases.UnknownFieldError, unknownField);
        Assert.Equal("balanc", account.Substring(unknownField.Location.SourceSpan.Start, unknownField.Location.SourceSpan.Length));
        var syntax = Assert.Single(diagnostics, d => d.Id == "KGQL0001");
        AssertAt(Folder + "Q2.graphql", LineEndingCases.MissingBraceError, syntax);
        Assert.Equal(broken.Length, syntax.Location.SourceSpan.Start);
        Assert.Equal(2, diagnostics.Length);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_analyzer_reports_schema_errors_at_their_line_and_column(string style)
    {
        var diagnostics = GeneratorHarness.Analyze([new InMemoryAdditionalText(Folder + "schema.graphqls", LineEndingCases.Join(LineEndingCases.BrokenSchemaLines, style))]);

        AssertAt(Folder + "schema.graphqls", LineEndingCases.BrokenSchemaError, Assert.Single(diagnostics, d => d.Id == "KGQL0101"));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_generator_reports_an_operation_it_cannot_generate_where_the_operation_starts(string style)
    {
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText(Folder + "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, style)),
            new InMemoryAdditionalText(Folder + "Anonymous.graphql", LineEndingCases.Join(LineEndingCases.AnonymousOperationLines, style)),
        ]);

        AssertAt(Folder + "Anonymous.graphql", LineEndingCases.AnonymousOperationError, Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KGQL0502"));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_broken_file_in_any_style_never_stops_the_others_from_generating(string style)
    {
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText(Folder + "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, style)),
            new InMemoryAdditionalText(Folder + "Q2.graphql", LineEndingCases.Join(LineEndingCases.MissingBraceLines, style)),
            new InMemoryAdditionalText(Folder + "Number.graphql", LineEndingCases.Join(["query Number($n: String!) {", "  account(accountNumber: $n) { number }", "}", ""], style)),
        ],
        userCode: "namespace User { public static class Uses { public static string Number(Test.Client.NumberQuery.Account account) => account.Number; } }");

        result.AssertCompilesCleanly();
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("NumberQuery.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reported_CR_only_file_gives_KGQL0001_at_its_end_and_no_generator_exception()
    {
        var files = new[]
        {
            new InMemoryAdditionalText(Folder + "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, "LF")),
            new InMemoryAdditionalText(Folder + "Q2.graphql", LineEndingCases.CrOnlyMissingBrace),
        };

        var generated = GeneratorHarness.Run(files);
        var analyzed = GeneratorHarness.Analyze(files);

        Assert.All(generated.RunResult.Results, r => Assert.Null(r.Exception));
        AssertAt(Folder + "Q2.graphql", LineEndingCases.MissingBraceError, Assert.Single(analyzed, d => d.Id == "KGQL0001"));
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void Unicode_separators_in_a_comment_do_not_move_the_reported_line(char separator)
    {
        // Roslyn's own line table would break lines at these characters; GraphQL and the editor do not.
        var text = $"# first{separator}still the first line\nquery Account($n: String!) {{ account(accountNumber: $n) {{ balanc }} }}\n";

        var diagnostics = GeneratorHarness.Analyze(
        [
            new InMemoryAdditionalText(Folder + "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, "LF")),
            new InMemoryAdditionalText(Folder + "Account.graphql", text),
        ]);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "KGQL0206");
        AssertAt(Folder + "Account.graphql", (2, 59), diagnostic);
        Assert.Equal("balanc", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    private static void AssertAt(string path, (int Line, int Column) expected, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.True(
            expected == (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1),
            $"Expected {path}({expected.Line},{expected.Column}), got {diagnostic}");
    }
}
