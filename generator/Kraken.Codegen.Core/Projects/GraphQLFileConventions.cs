namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// What a GraphQL file of a project is, by the conventions documented in the README. The generator, the analyzer and
/// the language server all use this class, so they always agree:
/// <list type="bullet">
/// <item><c>*.graphqls</c> and files named <c>schema.graphql</c> are schema SDL; <c>*.schema.json</c> files are introspection results.</item>
/// <item>Every other <c>*.graphql</c> file holds operations and fragments.</item>
/// <item>An operation file belongs to the schema in its own folder or the nearest folder above it (<see cref="SchemaGroups.Find"/>).</item>
/// <item>The item metadata <c>GraphQLKind</c> (<c>Schema</c> or <c>Operations</c>) overrides the convention for one file.</item>
/// </list>
/// </summary>
public static class GraphQLFileConventions
{
    /// <summary>The file name patterns the build adds as additional files (<c>KrakenCodegenIncludeGraphQL</c>).</summary>
    public static IReadOnlyList<string> IncludedPatterns { get; } = new[] { "**/*.graphql", "**/*.graphqls", "**/*.schema.json" };

    public static bool IsCandidate(string path) =>
        path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".graphqls", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

    public static GraphQLFileKind Classify(string path, string? kindMetadata)
    {
        if (string.Equals(kindMetadata, "Schema", StringComparison.OrdinalIgnoreCase))
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GraphQLFileKind.SchemaIntrospection : GraphQLFileKind.SchemaSdl;
        }

        if (string.Equals(kindMetadata, "Operations", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLFileKind.Operations;
        }

        if (path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLFileKind.SchemaIntrospection;
        }

        return path.EndsWith(".graphqls", StringComparison.OrdinalIgnoreCase) || string.Equals(Path.GetFileName(path), "schema.graphql", StringComparison.OrdinalIgnoreCase)
            ? GraphQLFileKind.SchemaSdl
            : GraphQLFileKind.Operations;
    }

    /// <summary>A project file with its metadata (<c>GraphQLKind</c>, <c>GraphQLClientName</c>, <c>GraphQLNamespace</c>); empty metadata counts as absent.</summary>
    public static GraphQLFileInput Create(string path, string text, string? kindMetadata = null, string? clientName = null, string? @namespace = null) =>
        new(path, Classify(path, NullIfEmpty(kindMetadata)), text, DirectoryOf(path), NullIfEmpty(clientName), NullIfEmpty(@namespace));

    /// <summary>The folder of a path, with a trailing separator, so that prefix tests never match a sibling folder.</summary>
    public static string DirectoryOf(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        return directory.Length == 0 ? string.Empty : directory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
