namespace Kraken.Codegen.Core.Text;

/// <summary>Maps character offsets to zero-based line and column numbers (CR, LF and CRLF all end a line).</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) GetPosition(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>The offset of a zero-based line and column.</summary>
    public int GetOffset(int line, int column)
    {
        line = Math.Max(0, Math.Min(line, _lineStarts.Length - 1));
        return _lineStarts[line] + Math.Max(0, column);
    }
}
