using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>A lexical token of a GraphQL document with its character range.</summary>
internal readonly record struct GraphQLToken(TokenKind Kind, int Start, int End, string Text)
{
    public bool IsName(string name) => Kind == TokenKind.NAME && Text == name;
}

/// <summary>
/// The tokens of a document that may be half typed, from GraphQL-Parser's own lexer. Editor features work on tokens
/// because the text between two keystrokes rarely parses; a character the lexer rejects (an unterminated string, a
/// stray symbol) is skipped rather than ending the list. Comments are left out.
/// </summary>
internal static class GraphQLTokens
{
    /// <summary>Tokens beyond this count are not read: no operation document comes near it (the parser's own limit is 100,000).</summary>
    private const int MaxTokens = 200_000;

    public static IReadOnlyList<GraphQLToken> Read(string text)
    {
        var tokens = new List<GraphQLToken>();
        var position = 0;
        while (position < text.Length && tokens.Count < MaxTokens)
        {
            Token token;
            try
            {
                token = Lexer.Lex(text, position);
            }
            catch (Exception exception) when (exception is GraphQLSyntaxErrorException or IndexOutOfRangeException)
            {
                // GraphQL-Parser's message formatting throws IndexOutOfRangeException in place of the syntax error after
                // a CR-only line break (the core parses a view of the text instead; here only the position matters).
                var bad = SkipInvalid(text, position);
                if (bad >= text.Length)
                {
                    break;
                }

                if (text[bad] == '"')
                {
                    // An unterminated string runs to the end of its line.
                    var end = text.IndexOfAny(['\r', '\n'], bad);
                    end = end < 0 ? text.Length : end;
                    tokens.Add(new GraphQLToken(TokenKind.STRING, bad, end, text.Substring(bad, end - bad)));
                    position = end;
                }
                else
                {
                    position = bad + 1;
                }

                continue;
            }

            if (token.Kind == TokenKind.EOF)
            {
                break;
            }

            if (token.Kind != TokenKind.COMMENT)
            {
                tokens.Add(new GraphQLToken(token.Kind, token.Start, token.End, token.Value.ToString()));
            }

            position = Math.Max(token.End, position + 1);
        }

        return tokens;
    }

    /// <summary>The first character at or after <paramref name="position"/> that is not white space, a comma or a comment.</summary>
    private static int SkipInvalid(string text, int position)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r' or '\n' or ',' or '\uFEFF')
            {
                position++;
            }
            else if (c == '#')
            {
                while (position < text.Length && text[position] is not ('\r' or '\n'))
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        return Math.Min(position, text.Length - 1);
    }
}
