namespace Kraken.Codegen.Tool.GraphQLConfig;

/// <summary>
/// A graphql-config file (<c>.graphqlrc.yml</c>, <c>.graphqlrc.json</c>, <c>graphql.config.*</c>), the format the GraphQL
/// editor plugins read. A file without <c>projects</c> is one project named <see cref="DefaultProjectName"/>.
/// </summary>
internal sealed record GraphQLConfigFile(string Path, IReadOnlyList<GraphQLConfigProject> Projects)
{
    public const string DefaultProjectName = "default";

    /// <summary>The folder the file's relative paths and globs start from.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? ".";

    public GraphQLConfigProject? FindProject(string name) => Projects.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}

/// <summary>
/// One project of a graphql-config file. <see cref="Schema"/> holds pointers (files, globs or URLs) and
/// <see cref="Documents"/> globs of operation files; <see cref="Extensions"/> keeps every extension as read, and
/// <see cref="KrakenCodegen"/> is ours.
/// </summary>
internal sealed record GraphQLConfigProject(
    string Name,
    IReadOnlyList<string> Schema,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    IReadOnlyDictionary<string, object?> Extensions)
{
    /// <summary>The key of this project's own extension: <c>extensions: { krakenCodegen: { endpoint: … } }</c>.</summary>
    public const string ExtensionName = "krakenCodegen";

    public KrakenCodegenExtension? KrakenCodegen => Extensions.TryGetValue(ExtensionName, out var value) && value is IReadOnlyDictionary<string, object?> map
        ? KrakenCodegenExtension.From(map)
        : null;

    /// <summary>Schema pointers that are URLs (introspected, not read from disk).</summary>
    public IEnumerable<string> SchemaUrls => Schema.Where(IsUrl);

    /// <summary>Schema pointers that are files or globs (negated globs, <c>!pattern</c>, excluded).</summary>
    public IEnumerable<string> SchemaFiles => Schema.Where(pointer => !IsUrl(pointer) && !IsNegated(pointer));

    /// <summary>
    /// The schema files this project names under <paramref name="configDirectory"/>: its schema globs minus its negated
    /// schema globs (<c>!pattern</c>, as graphql-config's loaders read them) and minus <see cref="Exclude"/>.
    /// </summary>
    public IReadOnlyList<string> ExpandSchemaFiles(string configDirectory) => Expand(configDirectory, SchemaFiles, Schema);

    /// <summary>The operation files this project names: its document globs minus negated globs and <see cref="Exclude"/>.</summary>
    public IReadOnlyList<string> ExpandDocuments(string configDirectory) =>
        Expand(configDirectory, Documents.Where(p => !IsNegated(p)), Documents);

    public bool MatchesSchemaFile(string configDirectory, string path) => Matches(configDirectory, SchemaFiles, Schema, path);

    public bool MatchesDocument(string configDirectory, string path) => Matches(configDirectory, Documents.Where(p => !IsNegated(p)), Documents, path);

    /// <summary>True when <see cref="Exclude"/> removes the file from the project altogether.</summary>
    public bool IsExcluded(string configDirectory, string path) => Exclude.Any(glob => Lsp.Workspace.FileGlob.Matches(configDirectory, glob, path));

    internal static bool IsNegated(string pointer) => pointer.StartsWith('!');

    private IReadOnlyList<string> Expand(string configDirectory, IEnumerable<string> included, IReadOnlyList<string> all) =>
        included
            .SelectMany(glob => Lsp.Workspace.FileGlob.Expand(configDirectory, glob))
            .Distinct(StringComparer.Ordinal)
            .Where(file => !IsExcluded(configDirectory, file) && !IsNegatedMatch(configDirectory, all, file))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();

    private bool Matches(string configDirectory, IEnumerable<string> included, IReadOnlyList<string> all, string path) =>
        included.Any(glob => Lsp.Workspace.FileGlob.Matches(configDirectory, glob, path))
        && !IsExcluded(configDirectory, path)
        && !IsNegatedMatch(configDirectory, all, path);

    private static bool IsNegatedMatch(string configDirectory, IReadOnlyList<string> pointers, string path) =>
        pointers.Any(pointer => IsNegated(pointer) && Lsp.Workspace.FileGlob.Matches(configDirectory, pointer.Substring(1), path));

    internal static bool IsUrl(string pointer) =>
        pointer.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pointer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Our data in a graphql-config project: where the schema comes from, so that it can be introspected again.</summary>
/// <remarks>
/// <c>headers</c> maps header names to values that may reference environment variables (<c>${KRAKEN_TOKEN}</c>); the
/// file never holds a secret itself, since it is committed.
/// </remarks>
internal sealed record KrakenCodegenExtension(string? Endpoint, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, object?> Values)
{
    internal static KrakenCodegenExtension From(IReadOnlyDictionary<string, object?> values) =>
        new(
            values.TryGetValue("endpoint", out var endpoint) ? endpoint as string : null,
            values.TryGetValue("headers", out var headers) && headers is IReadOnlyDictionary<string, object?> map
                ? map.Where(pair => pair.Value is string).ToDictionary(pair => pair.Key, pair => (string)pair.Value!, StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            values);
}
