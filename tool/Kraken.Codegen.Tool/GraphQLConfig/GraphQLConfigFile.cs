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

    /// <summary>Schema pointers that are files or globs.</summary>
    public IEnumerable<string> SchemaFiles => Schema.Where(pointer => !IsUrl(pointer));

    internal static bool IsUrl(string pointer) =>
        pointer.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pointer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Our data in a graphql-config project: where the schema comes from, so that it can be introspected again.</summary>
internal sealed record KrakenCodegenExtension(string? Endpoint, IReadOnlyDictionary<string, object?> Values)
{
    internal static KrakenCodegenExtension From(IReadOnlyDictionary<string, object?> values) =>
        new(values.TryGetValue("endpoint", out var endpoint) ? endpoint as string : null, values);
}
