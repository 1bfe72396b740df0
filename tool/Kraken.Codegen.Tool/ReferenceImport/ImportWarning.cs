namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>A place where the reference is malformed or ambiguous; the import goes on.</summary>
/// <param name="Line">1-based line in the reference, 0 when the warning concerns the whole document.</param>
/// <param name="Entry">The documented field the warning is about, when known.</param>
internal sealed record ImportWarning(int Line, string? Entry, string Message)
{
    /// <summary>The schema the warning belongs to; null when it concerns the whole reference.</summary>
    public ReferenceEndpoint? Endpoint { get; init; }

    public override string ToString()
    {
        var location = Line > 0 ? $"line {Line}" : "reference";
        return Entry is null
            ? $"warning: {location}: {Message}"
            : $"warning: {location}: entry '{Entry}': {Message}";
    }
}
