using GraphQLParser;
using Kraken.Codegen.Tool.Lsp.Language;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>
/// The editor features' tokenizer lets GraphQL-Parser's lexer see a window of the text at a time; tokens longer than
/// the window, or crossing its edge, must come out exactly as the lexer reads them from the whole text.
/// </summary>
public sealed class TokenizerTests
{
    public static TheoryData<string> LineBreaks => new() { "\n", "\r\n", "\r" };

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void Long_tokens_and_tokens_across_the_window_edge_match_the_lexer_on_the_whole_text(string lineBreak)
    {
        var text = string.Join(lineBreak, new[]
        {
            "query " + new string('N', 3_000) + "($v: Int = -12345.678e9) {",
            "  field(arg: \"" + new string('s', 2_000) + "\", other: " + new string('7', 1_500) + ")",
            "  \"\"\"",
            string.Join(lineBreak, Enumerable.Range(0, 200).Select(i => "  block line " + i + " with \\\"\"\" inside")),
            "  \"\"\"",
            "  # " + new string('c', 1_100),
            new string(' ', 1_020) + "edge ...Spread @dir",
            "}",
        });

        var expected = LexWhole(text);
        var actual = GraphQLTokens.Read(text);

        Assert.True(expected.Count > 20, $"only {expected.Count} tokens: the document is not what the test means it to be");
        Assert.Equal(expected, actual.Select(t => (t.Kind, t.Start, t.End, t.Text)).ToList());
    }

    private static List<(TokenKind Kind, int Start, int End, string Text)> LexWhole(string text)
    {
        var tokens = new List<(TokenKind, int, int, string)>();
        for (var token = Lexer.Lex(text, 0); token.Kind != TokenKind.EOF; token = Lexer.Lex(text, token.End))
        {
            if (token.Kind != TokenKind.COMMENT)
            {
                tokens.Add((token.Kind, token.Start, token.End, token.Value.ToString()));
            }
        }

        return tokens;
    }
}
