using System.Text;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>C# spelling that is independent of the model: keywords, literals and documentation text that always compile.</summary>
internal static class CSharpSyntax
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    // Contextual keywords that break code in some positions (a parameter named 'value' is fine, 'await' in async methods is not).
    private static readonly HashSet<string> ContextualKeywords = new(StringComparer.Ordinal)
    {
        "await", "var", "dynamic", "nameof", "async", "yield", "record", "required", "file", "scoped", "global", "partial", "when", "with", "field",
    };

    public static bool IsKeyword(string identifier) => Keywords.Contains(identifier) || ContextualKeywords.Contains(identifier);

    /// <summary>An identifier as written in code: keywords get an <c>@</c>.</summary>
    public static string Identifier(string name) => IsKeyword(name) ? "@" + name : name;

    /// <summary>A C# regular string literal that holds <paramref name="text"/> exactly, whatever it contains.</summary>
    public static string StringLiteral(string text)
    {
        if (!NeedsEscape(text))
        {
            return "\"" + text + "\"";
        }

        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // Control characters, and characters C# treats as line breaks, are escaped.
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A UTF-8 string literal (<c>"id"u8</c>).</summary>
    public static string Utf8Literal(string text) => StringLiteral(text) + "u8";

    /// <summary>
    /// The lines of an XML documentation comment for <paramref name="text"/>: XML-escaped, control characters removed,
    /// so that no description can close the comment or inject code.
    /// </summary>
    public static IReadOnlyList<string> DocLines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Array.Empty<string>();
        }

        var lines = text!.Replace("\r\n", "\n").Split(new[] { '\n', '\r', '\u2028', '\u2029', '\u0085' });
        var result = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            if (IsPlainXmlText(line))
            {
                result.Add(line.TrimEnd());
                continue;
            }

            var builder = new StringBuilder(line.Length);
            foreach (var c in line)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (!char.IsControl(c) || c == '\t')
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            result.Add(builder.ToString().TrimEnd());
        }

        // Trim leading and trailing empty lines.
        var start = 0;
        var end = result.Count;
        while (start < end && result[start].Length == 0)
        {
            start++;
        }

        while (end > start && result[end - 1].Length == 0)
        {
            end--;
        }

        return result.GetRange(start, end - start);
    }

    /// <summary>
    /// The lines of a <c>summary</c> block, without the <c>///</c>: a schema description (escaped), or a fallback written
    /// by the generator (already XML), or nothing. A one-line text stays on one line; in longer ones each line carries its
    /// own leading space, so blank lines end clean.
    /// </summary>
    public static IReadOnlyList<string> Summary(string? description, string? fallbackXml = null)
    {
        var lines = DocLines(description);
        if (lines.Count <= 1)
        {
            var text = lines.Count == 1 ? lines[0] : fallbackXml;
            return text is null ? Array.Empty<string>() : new[] { " <summary>" + text + "</summary>" };
        }

        return new[] { " <summary>" }.Concat(lines.Select(line => line.Length == 0 ? line : " " + line)).Concat(new[] { " </summary>" }).ToList();
    }

    /// <summary>Text for a line comment or a single-line doc fragment: one line, escaped.</summary>
    public static string OneLine(string text) => string.Join(" ", DocLines(text));

    /// <summary>Text for a line comment: no line breaks.</summary>
    public static string CommentText(string text) =>
        text.All(c => !IsLineBreakOrControl(c)) ? text : new(text.Select(c => IsLineBreakOrControl(c) ? ' ' : c).ToArray());

    private static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';

    // The common cases, kept apart so that most names and descriptions are used as they are, without a copy.
    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainXmlText(string line)
    {
        foreach (var c in line)
        {
            if (c is '&' or '<' or '>' || (char.IsControl(c) && c != '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
