using GraphQLParser;

namespace Kraken.Codegen.Core.Tests.Differential;

/// <summary>One edit of a document, chosen by three numbers so that random generators (and shrinkers) can drive it.</summary>
public readonly record struct Mutation(int Kind, int Position, int Choice);

/// <summary>
/// Token-level edits of GraphQL documents: delete, duplicate or swap tokens, rename names (to other names of the
/// document or to typos), insert braces, truncate, and replace values with literals of other kinds.
/// </summary>
public static class DocumentMutator
{
    public const int KindCount = 8;

    private static readonly string[] Literals = { "1", "\"x\"", "true", "null", "SIT", "1.5", "[1]", "{ a: 1 }", "$v", "2147483648", "[]", "{}" };

    public static string Apply(string text, IEnumerable<Mutation> mutations) =>
        mutations.Aggregate(text, Apply);

    public static string Apply(string text, Mutation mutation)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var index = mutation.Position % tokens.Count;
        var token = tokens[index];
        var names = tokens.Where(t => t.Kind == TokenKind.NAME).ToList();
        switch (mutation.Kind % KindCount)
        {
            case 0:
                return Replace(text, token, string.Empty);
            case 1:
                return Replace(text, token, Slice(text, token) + " " + Slice(text, token));
            case 2:
                var next = tokens[(index + 1) % tokens.Count];
                if (next.Start <= token.Start)
                {
                    return text;
                }

                return text.Substring(0, token.Start) + Slice(text, next) + text.Substring(token.End, next.Start - token.End) + Slice(text, token) + text.Substring(next.End);
            case 3:
                if (token.Kind != TokenKind.NAME || names.Count == 0)
                {
                    return text;
                }

                return Replace(text, token, Slice(text, names[mutation.Choice % names.Count]));
            case 4:
                var name = Slice(text, token);
                return token.Kind == TokenKind.NAME && name.Length > 1 ? Replace(text, token, name.Substring(0, name.Length - 1)) : text;
            case 5:
                return text.Substring(0, token.Start) + (mutation.Choice % 2 == 0 ? "{ " : "} ") + text.Substring(token.Start);
            case 6:
                return text.Substring(0, token.Start);
            default:
                var isValue = token.Kind is TokenKind.INT or TokenKind.FLOAT or TokenKind.STRING or TokenKind.NAME;
                return isValue ? Replace(text, token, Literals[mutation.Choice % Literals.Length]) : text;
        }
    }

    private static List<(TokenKind Kind, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(TokenKind, int, int)>();
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return tokens;
                }

                tokens.Add((token.Kind, token.Start, token.End));
                position = token.End;
            }
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return tokens;
        }
    }

    private static string Slice(string text, (TokenKind Kind, int Start, int End) token) => text.Substring(token.Start, token.End - token.Start);

    private static string Replace(string text, (TokenKind Kind, int Start, int End) token, string replacement) =>
        text.Substring(0, token.Start) + replacement + text.Substring(token.End);
}
