using GraphQLParser.Exceptions;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Documents;

/// <summary>
/// The text GraphQL-Parser reads in place of the source: the same length and the same tokens at the same offsets, so
/// every AST location is a location in the source, but arranged so that the parser's error reporting cannot fail.
/// <list type="bullet">
/// <item>Its message formatting splits lines at LF only and throws IndexOutOfRangeException after a CR-only line
/// break: CRs that are not followed by LF become LF (one line end for another, by the specification).</item>
/// <item>It pads the caret line of its message one character at a time, in time quadratic in the column: on a line
/// longer than <see cref="ParseLimits.MaxLineLength"/>, the separators between tokens (spaces, tabs, commas, all
/// ignored by GraphQL) outside strings and comments become LF as well. A line still longer than that is a single
/// token, refused as a limit before parsing.</item>
/// </list>
/// The parser's line and column then refer to this view; <see cref="OffsetOf"/> turns them into an offset.
/// </summary>
internal sealed class ParserView
{
    private LineMap? _lines;

    private ParserView(string text, int longestLineStart, int longestLineLength)
    {
        Text = text;
        LongestLineStart = longestLineStart;
        LongestLineLength = longestLineLength;
    }

    public string Text { get; }

    public int LongestLineStart { get; }

    public int LongestLineLength { get; }

    public static ParserView Create(string source, int maxLineLength)
    {
        var chars = (char[]?)null;
        for (var i = source.IndexOf('\r'); i >= 0; i = source.IndexOf('\r', i + 1))
        {
            if (i + 1 == source.Length || source[i + 1] != '\n')
            {
                (chars ??= source.ToCharArray())[i] = '\n';
            }
        }

        var (start, length) = LongestLine(chars is null ? source.AsSpan() : chars);
        if (length > maxLineLength)
        {
            BreakBetweenTokens(chars ??= source.ToCharArray());
            (start, length) = LongestLine(chars);
        }

        return new ParserView(chars is null ? source : new string(chars), start, length);
    }

    /// <summary>The source offset of the position GraphQL-Parser reports (one-based line and column of this view).</summary>
    public int OffsetOf(GraphQLParserException exception)
    {
        // The parser counts lines as LineMap does, but counts a leading byte order mark as a column of the first line.
        var (line, column) = (exception.Location.Line - 1, exception.Location.Column - 1);
        return line == 0 ? column : (_lines ??= new LineMap(Text)).GetOffset(line, column);
    }

    private static (int Start, int Length) LongestLine(ReadOnlySpan<char> text)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i - start > bestLength)
                {
                    (bestStart, bestLength) = (start, i - start);
                }

                start = i + 1;
            }
        }

        return (bestStart, bestLength);
    }

    /// <summary>Turns spaces, tabs and commas between tokens into LF; strings, block strings and comments stay as they are.</summary>
    private static void BreakBetweenTokens(char[] text)
    {
        var i = 0;
        while (i < text.Length)
        {
            switch (text[i])
            {
                case ' ' or '\t' or ',':
                    text[i++] = '\n';
                    break;
                case '#':
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    break;
                case '"' when i + 2 < text.Length && text[i + 1] == '"' && text[i + 2] == '"':
                    i += 3;
                    while (i < text.Length && !(text[i] == '"' && i + 2 < text.Length && text[i + 1] == '"' && text[i + 2] == '"' && text[i - 1] != '\\'))
                    {
                        i++;
                    }

                    i += 3;
                    break;
                case '"':
                    i++;
                    while (i < text.Length && text[i] != '"' && text[i] != '\n')
                    {
                        i += text[i] == '\\' ? 2 : 1;
                    }

                    i++;
                    break;
                default:
                    i++;
                    break;
            }
        }
    }
}
