using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Documents;

/// <summary>
/// Parsed operation files, shared within one process by path and text. In a build, the generator splits each file into
/// its operations and the validation of the document set reads the same files; after one file is edited, the document
/// set is validated again; and a compiler server's next build reads every file again as new text. Each distinct file is
/// parsed once. Keyed by content (path and text), so an edited file is always parsed afresh; bounded by the number of
/// files and by their total length (the syntax trees are held, about ten times the text), least recently used first.
/// </summary>
public static class ParsedDocuments
{
    private const int MaxFiles = 4096;

    // Two million characters of operation text: the GitHub benchmark's 150 operations have under 100,000.
    private const long MaxCharacters = 2L * 1024 * 1024;

    private static readonly BoundedCache<(string Path, string Text), ExecutableDocument> Cache =
        new(MaxFiles, MaxCharacters, document => document.Source.Text.Length);

    /// <summary>The parsed <paramref name="file"/>, with operation-file limits: parsed now, or the document parsed before from the same path and text.</summary>
    public static ExecutableDocument Parse(SourceFile file, CancellationToken cancellationToken = default) =>
        Cache.GetOrAdd((file.Path, file.Text), (file, cancellationToken), static state => ExecutableDocument.Parse(state.file, cancellationToken: state.cancellationToken));
}
