using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Core.Tests.Text;

/// <summary>
/// Lines by the specification (§2.1.3): CR, LF and CRLF each end a line, also mixed in one file; a leading byte order
/// mark takes no column; nothing else ends a line. Every diagnostic lands where an editor shows the problem.
/// </summary>
public sealed class LineEndingTests
{
    public static TheoryData<string> Styles => new(LineEndingCases.Styles);

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_syntax_error_is_reported_at_its_line_and_column_in_every_style(string style)
    {
        var document = ExecutableDocument.Parse("Q2.graphql", LineEndingCases.Join(LineEndingCases.MissingBraceLines, style));

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("KGQL0001", diagnostic.Id);
        Assert.Equal("Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field.", diagnostic.Message);
        AssertAt(LineEndingCases.MissingBraceError, diagnostic);
    }

    [Fact]
    public void The_reported_CR_only_file_gives_a_syntax_error_instead_of_an_exception()
    {
        // GraphQL-Parser's own message formatting throws IndexOutOfRangeException on this text.
        Assert.Throws<IndexOutOfRangeException>(() => GraphQLParser.Parser.Parse(LineEndingCases.CrOnlyMissingBrace));

        var document = ExecutableDocument.Parse("Q2.graphql", LineEndingCases.CrOnlyMissingBrace);

        Assert.Null(document.Syntax);
        AssertAt(LineEndingCases.MissingBraceError, Assert.Single(document.Diagnostics, d => d.Id == "KGQL0001"));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_validation_error_is_reported_at_its_line_and_column_in_every_style(string style)
    {
        var schema = SchemaBuilder.Build(new SourceFile("schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, style)));
        var text = LineEndingCases.Join(LineEndingCases.UnknownFieldLines, style);

        var diagnostics = DocumentValidator.Validate(schema, ExecutableDocument.Parse("Account.graphql", text));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KGQL0206", diagnostic.Id);
        AssertAt(LineEndingCases.UnknownFieldError, diagnostic);
        Assert.Equal("balanc", text.Substring(diagnostic.Location!.Value.Start, diagnostic.Location.Value.Length));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_schema_error_is_reported_at_its_line_and_column_in_every_style(string style)
    {
        var schema = SchemaBuilder.Build(new SourceFile("schema.graphqls", LineEndingCases.Join(LineEndingCases.BrokenSchemaLines, style)));

        AssertAt(LineEndingCases.BrokenSchemaError, Assert.Single(schema.Diagnostics, d => d.IsError));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_syntax_error_in_a_schema_file_is_reported_at_its_line_and_column_in_every_style(string style)
    {
        var lines = LineEndingCases.SchemaLines.Take(LineEndingCases.SchemaLines.Length - 2).ToArray(); // the last closing brace is gone

        var schema = SchemaBuilder.Build(new SourceFile("schema.graphqls", LineEndingCases.Join(lines, style)));

        var diagnostic = Assert.Single(schema.Diagnostics, d => d.Id == "KGQL0001");
        AssertAt((8, 15), diagnostic);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void An_introspection_JSON_error_is_reported_at_its_line_and_column_in_every_style(string style)
    {
        string[] lines = ["{", "  \"data\": {", "    \"__schema\": {", "      \"types\": [,]", "    }", "  }", "}"];

        var schema = IntrospectionSchemaReader.Read(new SourceFile("schema.json", LineEndingCases.Join(lines, style)));

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal("Introspection result at $ (line 4, column 17): the file is not valid JSON: Unexpected character ','.", diagnostic.Message);
        AssertAt((4, 17), diagnostic);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_ignored_and_takes_no_column()
    {
        var document = ExecutableDocument.Parse("bom.graphql", "\uFEFFquery Q { a(");

        var diagnostic = Assert.Single(document.Diagnostics);
        AssertAt((1, 13), diagnostic);
        Assert.NotNull(ExecutableDocument.Parse("bom.graphql", "\uFEFFquery Q { a }").Syntax);
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void Unicode_line_and_paragraph_separators_do_not_end_a_line(char separator)
    {
        // Allowed inside comments (and strings) by the specification, and no line terminator there.
        var text = $"# one{separator}still the comment\nquery Q {{ a( }}";

        var diagnostic = Assert.Single(ExecutableDocument.Parse("sep.graphql", text).Diagnostics);

        AssertAt((2, 14), diagnostic);
        Assert.Equal(text.IndexOf('}'), diagnostic.Location!.Value.Start);
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 7, 3, 0)]
    [InlineData("a\nb\r\nc\rd", 5, 2, 0)]
    [InlineData("a\nb\r\nc\rd", 3, 1, 1)]
    [InlineData("a\r\r\nb", 3, 1, 1)]
    [InlineData("a\r\r\nb", 4, 2, 0)]
    [InlineData("\uFEFFab\rc", 2, 0, 1)]
    [InlineData("\uFEFFab\rc", 0, 0, 0)]
    public void The_line_map_counts_CR_LF_and_CRLF_as_one_line_end_each(string text, int offset, int line, int column)
    {
        var map = new LineMap(text);

        Assert.Equal((line, column), map.GetPosition(offset));
        if (offset > 0)
        {
            Assert.Equal(offset, map.GetOffset(line, column));
        }
    }

    [Fact]
    public void A_default_value_that_cannot_be_parsed_is_a_diagnostic_whatever_its_line_endings()
    {
        // An unterminated block string after a CR: the parser's error formatting would throw on it.
        var json = """{ "__schema": { "queryType": { "name": "Q" }, "types": [ { "kind": "OBJECT", "name": "Q", "fields": [ { "name": "a", "type": { "kind": "SCALAR", "name": "Int" }, "args": [ { "name": "x", "type": { "kind": "SCALAR", "name": "String" }, "defaultValue": "\"\"\"a\rb" } ] } ] } ] } }""";

        var schema = IntrospectionSchemaReader.Read(new SourceFile("schema.json", json));

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal("KGQL0107", diagnostic.Id);
        Assert.Equal("Introspection result at $.__schema.types[0].fields[0].args[0].defaultValue (line 1, column 252): the default value '\"\"\"a\\rb' is not a GraphQL literal: Unterminated block string.", diagnostic.Message);
    }

    private static void AssertAt((int Line, int Column) expected, GraphQLDiagnostic diagnostic)
    {
        Assert.NotNull(diagnostic.Location);
        Assert.True(
            expected == (diagnostic.Location!.Value.StartLine + 1, diagnostic.Location.Value.StartColumn + 1),
            $"Expected ({expected.Line},{expected.Column}), got {diagnostic}");
    }
}
