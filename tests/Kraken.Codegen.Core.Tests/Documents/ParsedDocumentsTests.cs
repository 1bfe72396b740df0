using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Tests.Documents;

/// <summary>Operation files are parsed once per path and text in a process, and an edited file is parsed afresh.</summary>
public sealed class ParsedDocumentsTests
{
    [Fact]
    public void The_same_path_and_text_give_the_document_parsed_before_even_as_a_new_string()
    {
        var path = "/parsed/" + Guid.NewGuid().ToString("N") + ".graphql";
        const string text = "query A { account { id } }";

        var first = ParsedDocuments.Parse(new SourceFile(path, text));
        var second = ParsedDocuments.Parse(new SourceFile(path, new string(text.ToCharArray())));

        Assert.Same(first, second);
        Assert.NotNull(first.Syntax);
    }

    [Fact]
    public void An_edited_text_or_another_path_is_parsed_afresh()
    {
        var path = "/parsed/" + Guid.NewGuid().ToString("N") + ".graphql";
        var original = ParsedDocuments.Parse(new SourceFile(path, "query A { account { id } }"));
        var edited = ParsedDocuments.Parse(new SourceFile(path, "query A { account { id number } }"));
        var moved = ParsedDocuments.Parse(new SourceFile(path + ".moved.graphql", "query A { account { id } }"));

        Assert.NotSame(original, edited);
        Assert.Contains("number", edited.Source.Text, StringComparison.Ordinal);
        Assert.NotSame(original, moved);
        Assert.Equal(path + ".moved.graphql", moved.Source.Path);
    }

    [Fact]
    public void A_file_with_syntax_errors_keeps_its_diagnostics_when_reused()
    {
        var path = "/parsed/" + Guid.NewGuid().ToString("N") + ".graphql";
        var first = ParsedDocuments.Parse(new SourceFile(path, "query A { account { id }"));
        var second = ParsedDocuments.Parse(new SourceFile(path, "query A { account { id }"));

        Assert.Same(first, second);
        Assert.Null(second.Syntax);
        Assert.NotEmpty(second.Diagnostics);
    }
}
