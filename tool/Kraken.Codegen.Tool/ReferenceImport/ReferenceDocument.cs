namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>The reference split into entries, with what the reader found malformed.</summary>
internal sealed record ReferenceDocument(
    IReadOnlyList<string> PreambleLines,
    IReadOnlyList<ReferenceEntry> Entries,
    IReadOnlyList<ImportWarning> Warnings);
