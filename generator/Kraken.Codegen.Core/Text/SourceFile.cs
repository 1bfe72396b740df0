namespace Kraken.Codegen.Core.Text;

/// <summary>A named piece of GraphQL text: a schema file, an operation file, or an in-memory document.</summary>
public sealed class SourceFile
{
    private LineMap? _lineMap;

    public SourceFile(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The path as the user knows it; diagnostics print it unchanged.</summary>
    public string Path { get; }

    public string Text { get; }

    public LineMap Lines => _lineMap ??= new LineMap(Text);

    /// <summary>The location of the character range [start, end).</summary>
    public SourceLocation GetLocation(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        end = Math.Max(start, Math.Min(end, Text.Length));
        var from = Lines.GetPosition(start);
        var to = Lines.GetPosition(end);
        return new SourceLocation(Path, start, end - start, from.Line, from.Column, to.Line, to.Column);
    }

    public override string ToString() => Path;
}
