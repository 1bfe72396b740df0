using System.Text;
using GraphQLParser;

namespace Kraken.Codegen.Fuzz.Mutation;

/// <summary>
/// Random edits of text (GraphQL documents, SDL, JSON): character flips, deletions, insertions of characters that
/// trouble parsers, splices from other inputs, deep nesting, huge names, every line-ending style and a byte order
/// mark, lone UTF-16 surrogates, NUL, truncation, and token-level edits (delete, repeat, swap, rename to another name
/// of the document or to a name that troubles C#, replace a value by a literal of another kind).
/// </summary>
public static class TextMutator
{
    /// <summary>Characters parsers and code generators trip on.</summary>
    private const string Troublesome = "{}[]()\"'`:$@!.,=|&#\\/*<>?%+-_ \t\r\n\0\uFEFF\u2028\u2029\u0085\u00A0\uFFFD\uFFFF\u0301éß€𝄞0123456789eE";

    /// <summary>Names that are valid GraphQL but collide with C# keywords, generated members or each other.</summary>
    public static readonly string[] HostileNames =
    [
        "class", "namespace", "event", "object", "string", "int", "void", "base", "this", "operator", "value", "var", "async",
        "await", "record", "init", "required", "global", "Data", "data", "Variables", "Document", "Descriptor", "ReadJson",
        "WriteJson", "Equals", "GetHashCode", "ToString", "GetType", "Unknown", "Typename", "__typename", "Value", "Kind",
        "Raw", "IsUnknown", "Item", "Items", "_", "__", "_1", "A", "a", "aA", "Aa", "AA", "Optional", "System", "Kraken",
        "IGraphQLOperation", "Task", "CancellationToken", "cancellationToken", "executor", "options", "Json", "Client",
    ];

    private static readonly string[] Literals =
    [
        "1", "-0", "2147483648", "-2147483649", "9223372036854775808", "1e309", "1.5", "0.1e-400", "\"x\"", "\"\"", "\"\"\"block\"\"\"",
        "true", "false", "null", "[]", "{}", "[1, [2]]", "{ a: 1 }", "$v", "ENUM_VALUE", "\"\\u0000\"", "\"\\uD800\"",
    ];

    public static string Mutate(string text, Random random, IReadOnlyList<string> others)
    {
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            text = MutateOnce(text, random, others);
        }

        return text;
    }

    /// <summary>One token-level edit (delete, repeat, rename, replace a value, swap): the kind most likely to stay valid.</summary>
    public static string MutateTokens(string text, Random random) => MutateOnce(text, random, [], random.Next(11, 16));

    public static string MutateOnce(string text, Random random, IReadOnlyList<string> others, int? kind = null)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        switch (kind ?? random.Next(16))
        {
            case 0:
            {
                // Flip one bit of one character (low byte mostly, any bit sometimes).
                if (text.Length == 0)
                {
                    return text;
                }

                var index = random.Next(text.Length);
                var bit = random.Next(4) == 0 ? random.Next(16) : random.Next(8);
                return text.Substring(0, index) + (char)(text[index] ^ (1 << bit)) + text.Substring(index + 1);
            }

            case 1:
            {
                var length = Math.Min(text.Length - Math.Min(at, text.Length), random.Next(4) == 0 ? random.Next(1, 2000) : random.Next(1, 32));
                return text.Remove(Math.Min(at, text.Length), Math.Max(0, length));
            }

            case 2:
            {
                var inserted = new StringBuilder();
                for (var n = random.Next(1, 8); n > 0; n--)
                {
                    inserted.Append(Troublesome[random.Next(Troublesome.Length)]);
                }

                return text.Insert(at, inserted.ToString());
            }

            case 3:
            {
                // Splice: a piece of another input (or of this one).
                var source = others.Count == 0 || random.Next(3) == 0 ? text : others[random.Next(others.Count)];
                if (source.Length == 0)
                {
                    return text;
                }

                var start = random.Next(source.Length);
                var piece = source.Substring(start, Math.Min(source.Length - start, random.Next(1, 400)));
                return text.Insert(at, piece);
            }

            case 4:
            {
                var start = Math.Min(at, text.Length);
                var piece = text.Substring(start, Math.Min(text.Length - start, random.Next(1, 200)));
                return text.Insert(start, string.Concat(Enumerable.Repeat(piece, random.Next(2, random.Next(3) == 0 ? 2000 : 20))));
            }

            case 5:
            {
                // Deep nesting, closed or not.
                var depth = random.Next(3) == 0 ? random.Next(1000, 100_000) : random.Next(10, 400);
                var (open, close) = random.Next(3) switch { 0 => ("{", "}"), 1 => ("[", "]"), _ => ("{ a ", "}") };
                var nested = string.Concat(Enumerable.Repeat(open, depth)) + (random.Next(2) == 0 ? string.Concat(Enumerable.Repeat(close, depth)) : string.Empty);
                return text.Insert(at, nested);
            }

            case 6:
            {
                var name = HugeName(random);
                return random.Next(2) == 0 ? text.Insert(at, " " + name + " ") : ReplaceToken(text, random, _ => name);
            }

            case 7:
                return LineEndings(text, random);
            case 8:
            {
                // A lone surrogate: high without low, or low alone.
                var surrogate = random.Next(2) == 0 ? (char)random.Next(0xD800, 0xDC00) : (char)random.Next(0xDC00, 0xE000);
                return text.Insert(at, surrogate.ToString());
            }

            case 9:
                return text.Insert(at, random.Next(3) == 0 ? new string('\0', random.Next(1, 100)) : "\0");
            case 10:
                return text.Substring(0, Math.Min(at, text.Length));
            case 11:
                return ReplaceToken(text, random, token => string.Empty);
            case 12:
                return ReplaceToken(text, random, token => token + " " + token);
            case 13:
                return ReplaceToken(text, random, token => IsName(token) ? OtherName(text, random) : token);
            case 14:
                return ReplaceToken(text, random, token => Literals[random.Next(Literals.Length)]);
            default:
                return SwapTokens(text, random);
        }
    }

    /// <summary>All line breaks in one style (LF, CR, CRLF) or a random mix, sometimes behind a byte order mark.</summary>
    public static string LineEndings(string text, Random random)
    {
        var style = random.Next(4);
        var result = new StringBuilder(text.Length + 16);
        if (random.Next(4) == 0)
        {
            result.Append('\uFEFF');
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                result.Append((style == 3 ? random.Next(3) : style) switch { 0 => "\n", 1 => "\r", _ => "\r\n" });
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    public static string HugeName(Random random)
    {
        var length = random.Next(3) == 0 ? random.Next(10_000, 300_000) : random.Next(256, 5000);
        var name = new StringBuilder(length);
        name.Append((char)('a' + random.Next(26)));
        while (name.Length < length)
        {
            name.Append(random.Next(10) == 0 ? '_' : (char)('a' + random.Next(26)));
        }

        return name.ToString();
    }

    private static string OtherName(string text, Random random)
    {
        if (random.Next(2) == 0)
        {
            return HostileNames[random.Next(HostileNames.Length)];
        }

        var names = Tokens(text).Where(t => t.Kind == TokenKind.NAME).ToList();
        return names.Count == 0 ? "x" : Slice(text, names[random.Next(names.Count)]);
    }

    private static bool IsName(string token) => token.Length > 0 && (char.IsAsciiLetter(token[0]) || token[0] == '_');

    private static string ReplaceToken(string text, Random random, Func<string, string> replace)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[random.Next(tokens.Count)];
        return text.Substring(0, token.Start) + replace(Slice(text, token)) + text.Substring(token.End);
    }

    private static string SwapTokens(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count < 2)
        {
            return text;
        }

        var index = random.Next(tokens.Count - 1);
        var (first, second) = (tokens[index], tokens[index + 1]);
        return text.Substring(0, first.Start) + Slice(text, second) + text.Substring(first.End, second.Start - first.End) + Slice(text, first) + text.Substring(second.End);
    }

    private static string Slice(string text, (TokenKind Kind, int Start, int End) token) => text.Substring(token.Start, token.End - token.Start);

    /// <summary>
    /// Whether the text has a line GraphQL-Parser cannot report an error on in reasonable time (its messages take time
    /// quadratic in the column): the mutators then leave the text to the character-level edits.
    /// </summary>
    public static bool HasLongLine(string text)
    {
        var start = 0;
        for (var end = text.IndexOf('\n'); ; end = text.IndexOf('\n', start))
        {
            if ((end < 0 ? text.Length : end) - start > 16_384)
            {
                return true;
            }

            if (end < 0)
            {
                return false;
            }

            start = end + 1;
        }
    }

    /// <summary>The GraphQL tokens of the text up to the first one the lexer cannot read (JSON lexes as GraphQL too).</summary>
    private static List<(TokenKind Kind, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(TokenKind, int, int)>();
        if (HasLongLine(text))
        {
            return tokens;
        }

        var position = 0;
        try
        {
            while (tokens.Count < 200_000)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF || token.End <= position || token.Start < position || token.End > text.Length)
                {
                    break;
                }

                tokens.Add((token.Kind, token.Start, token.End));
                position = token.End;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The rest of the text does not lex: mutate what does.
        }

        return tokens;
    }
}
