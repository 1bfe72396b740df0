namespace Kraken.Codegen.Core.Text;

/// <summary>
/// A range in a source file, as a plain value: character offset and length plus zero-based line and column
/// of both ends. Roslyn's <c>Location</c> is built from it only at the moment a diagnostic is reported.
/// </summary>
public readonly record struct SourceLocation(
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public int End => Start + Length;

    /// <summary>The conventional compiler form: <c>path(line,column)</c>, one-based.</summary>
    public override string ToString() => $"{Path}({StartLine + 1},{StartColumn + 1})";
}
