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

    /// <summary>How much text the lexer sees at once (see <see cref="Lex"/>).</summary>
    private const int LexWindow = 1024;

    public static IReadOnlyList<GraphQLToken> Read(string text)
    {
        var tokens = new List<GraphQLToken>();
        var position = 0;
        while (position < text.Length && tokens.Count < MaxTokens)
        {
            var next = SkipInvalid(text, position);
            if (!CanStartToken(text[next]))
            {
                // No token starts with this character: skipped without asking the lexer, whose error costs far more.
                position = next + 1;
                continue;
            }

            Token token;
            try
            {
                token = Lex(text, position);
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

    /// <summary>
    /// The next token at or after <paramref name="position"/>, with positions in <paramref name="text"/>. The lexer sees
    /// a window of the text from <paramref name="position"/>: on a rejected character GraphQL-Parser formats a message
    /// holding the whole line it is on, and a line of tens of thousands of such characters would cost that much for
    /// each one. A token or an error that reaches the window's end may have been cut by it, so it is lexed again
    /// against the rest of the text.
    /// </summary>
    private static Token Lex(string text, int position)
    {
        var rest = text.Length - position;
        var window = Math.Min(rest, LexWindow);
        if (window < rest)
        {
            try
            {
                var token = Lexer.Lex(new ROM(text.AsMemory(position, window)));
                if (token.End < window && token.Kind != TokenKind.EOF)
                {
                    return Shift(token, position);
                }
            }
            catch (GraphQLSyntaxErrorException exception) when (OffsetOf(exception.Location, text, position, window) < window - 1)
            {
                throw;
            }
            catch (Exception exception) when (exception is GraphQLSyntaxErrorException or IndexOutOfRangeException)
            {
                // Cut by the window (or a message the parser could not format): decided on the rest of the text below.
            }
        }

        return Shift(Lexer.Lex(new ROM(text.AsMemory(position, rest))), position);
    }

    private static Token Shift(Token token, int offset) =>
        new(token.Kind, token.Value, token.Start + offset, token.End + offset);

    /// <summary>Where a syntax error is in the window, from its line and column (both counted from 1 within the window).</summary>
    private static int OffsetOf(Location location, string text, int position, int window)
    {
        var offset = 0;
        for (var line = 1; line < location.Line; line++)
        {
            var lineBreak = text.AsSpan(position + offset, window - offset).IndexOfAny('\r', '\n');
            if (lineBreak < 0)
            {
                return window;
            }

            offset += lineBreak + 1;
            if (text[position + offset - 1] == '\r' && offset < window && text[position + offset] == '\n')
            {
                offset++;
            }
        }

        return offset + location.Column - 1;
    }

    /// <summary>Whether a GraphQL token can start with <paramref name="c"/>: a name, a number, a string or a punctuator.</summary>
    private static bool CanStartToken(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '"' or '.'
            or '!' or '$' or '&' or '(' or ')' or ':' or '=' or '@' or '[' or ']' or '{' or '}' or '|';

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
