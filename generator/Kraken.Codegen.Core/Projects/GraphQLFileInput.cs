namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// One GraphQL file of a project with its per-file settings, as the build sees it. A plain value, so the generator's
/// incremental pipeline can cache on it and the language server can build it from files on disk.
/// </summary>
/// <param name="GroupDirectory">The file's folder with a trailing separator; operation files use the schema group whose folder is its longest prefix.</param>
public sealed record GraphQLFileInput(
    string Path,
    GraphQLFileKind Kind,
    string Text,
    string GroupDirectory,
    string? ClientName,
    string? Namespace);
