using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.GraphQLConfig;

/// <summary>A project of a graphql-config file, as a command found it.</summary>
internal sealed record ConfigProject(GraphQLConfigFile Config, GraphQLConfigProject Project)
{
    public string Directory => Config.Directory;

    /// <summary>The recorded endpoint, or an input problem saying how to record one.</summary>
    public Uri RecordedEndpoint() =>
        Project.KrakenCodegen?.Endpoint is { } text && ConfigProjects.TryParseEndpoint(text, out var endpoint)
            ? endpoint
            : throw new InputException($"the project '{Project.Name}' in {Config.Path} records no endpoint (extensions.krakenCodegen.endpoint); record it once with 'kraken-codegen introspect --endpoint <url> --project {Project.Name}'.");

    /// <summary>The recorded headers as "Name: value" lines, environment references expanded.</summary>
    public IReadOnlyList<string> RecordedHeaderLines() =>
        Project.KrakenCodegen is { } extension ? RecordedHeaders.ToHeaderLines(extension.Headers) : Array.Empty<string>();
}

/// <summary>Finds graphql-config files and their projects for the commands that take <c>--project</c>.</summary>
internal static class ConfigProjects
{
    /// <summary>The config named by <c>--config</c>, else the nearest one above the current folder; null when there is none.</summary>
    public static string? FindConfig(string? explicitPath) =>
        explicitPath is not null ? Path.GetFullPath(explicitPath) : GraphQLConfigReader.Find(Directory.GetCurrentDirectory());

    public static GraphQLConfigFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"the graphql-config file '{path}' does not exist.");
        }

        try
        {
            return GraphQLConfigReader.Read(path);
        }
        catch (GraphQLConfigException exception)
        {
            throw new InputException(exception.Message);
        }
    }

    /// <summary>The project <paramref name="name"/> of the config (explicit or found), or an input problem that says what exists.</summary>
    public static ConfigProject Resolve(string? explicitConfig, string name)
    {
        var path = FindConfig(explicitConfig)
            ?? throw new InputException($"no graphql-config file (.graphqlrc.yml, .graphqlrc.json, graphql.config.yml …) in {Directory.GetCurrentDirectory()} or a folder above it; write one with 'kraken-codegen graphql-config' or 'kraken-codegen introspect --endpoint <url> --project {name}'.");
        var config = Read(path);
        var project = config.FindProject(name)
            ?? throw new InputException($"{path} has no project '{name}' (it has: {string.Join(", ", config.Projects.Select(p => p.Name))}).");
        return new ConfigProject(config, project);
    }

    public static bool TryParseEndpoint(string text, out Uri endpoint) =>
        Uri.TryCreate(text, UriKind.Absolute, out endpoint!) && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps);
}
