using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Tool.Lsp.Protocol;

namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>
/// LSP positions (zero-based line and UTF-16 column) against the core's <see cref="LineMap"/>. .NET strings are UTF-16,
/// so a column is a character index within its line; a column past the end of its line means the line's end.
/// </summary>
internal static class TextPositions
{
    public static int ToOffset(SourceFile source, Position position)
    {
        var lines = source.Lines;
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lines.LineCount)
        {
            return source.Text.Length;
        }

        var lineStart = lines.GetOffset(position.Line, 0);
        var lineEnd = LineContentEnd(source, position.Line);
        return Math.Min(lineStart + Math.Max(0, position.Character), lineEnd);
    }

    public static Position ToPosition(SourceFile source, int offset)
    {
        var (line, column) = source.Lines.GetPosition(Math.Max(0, Math.Min(offset, source.Text.Length)));
        return new Position(line, column);
    }

    public static Protocol.Range ToRange(SourceFile source, int start, int end) => new(ToPosition(source, start), ToPosition(source, end));

    public static Protocol.Range ToRange(SourceLocation location) =>
        new(new Position(location.StartLine, location.StartColumn), new Position(location.EndLine, location.EndColumn));

    /// <summary>Applies one edit of a <c>didChange</c> notification.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text ?? string.Empty;
        }

        var source = new SourceFile(string.Empty, text);
        var start = ToOffset(source, change.Range.Start);
        var end = Math.Max(start, ToOffset(source, change.Range.End));
        return string.Concat(text.AsSpan(0, start), change.Text ?? string.Empty, text.AsSpan(end));
    }

    /// <summary>The offset where a line's text ends, before its line break.</summary>
    private static int LineContentEnd(SourceFile source, int line)
    {
        var text = source.Text;
        var end = line + 1 < source.Lines.LineCount ? source.Lines.GetOffset(line + 1, 0) : text.Length;
        if (end > 0 && end <= text.Length && line + 1 < source.Lines.LineCount)
        {
            if (text[end - 1] == '\n')
            {
                end--;
            }

            if (end > 0 && text[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }
}
