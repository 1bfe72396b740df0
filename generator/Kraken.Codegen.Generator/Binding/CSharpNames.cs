using System.Text;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>Turns GraphQL names into C# identifiers and literals that always compile.</summary>
internal static class CSharpNames
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

    /// <summary><c>billing_address_line1</c>, <c>billingAddressLine1</c>, <c>SOLE_TRADER</c> → <c>BillingAddressLine1</c>, <c>SoleTrader</c>.</summary>
    public static string Pascal(string name)
    {
        var parts = name.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(name.Length);
        var allUpper = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
        foreach (var part in parts)
        {
            var piece = allUpper ? part.ToLowerInvariant() : part;
            builder.Append(char.ToUpperInvariant(piece[0])).Append(piece, 1, piece.Length - 1);
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(result[0]) ? "_" + result : result;
    }

    /// <summary>camelCase for parameters and locals, escaped with @ when it is a keyword.</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier) =>
        Keywords.Contains(identifier) || ContextualKeywords.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>A C# regular string literal that holds <paramref name="text"/> exactly, whatever it contains.</summary>
    public static string StringLiteral(string text)
    {
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
}
