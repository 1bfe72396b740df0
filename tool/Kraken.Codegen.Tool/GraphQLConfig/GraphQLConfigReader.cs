using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kraken.Codegen.Tool.GraphQLConfig;

/// <summary>A graphql-config file that cannot be used, with the place of the problem.</summary>
internal sealed class GraphQLConfigException : Exception
{
    public GraphQLConfigException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Finds and reads graphql-config files. YAML and JSON (JSON is read as YAML, which it is a subset of); the JavaScript,
/// TypeScript and TOML forms are recognised but not read (they would need their own runtime), and say so.
/// </summary>
internal static class GraphQLConfigReader
{
    /// <summary>The file names looked for in each folder, in graphql-config's own order of precedence.</summary>
    public static IReadOnlyList<string> FileNames { get; } = new[]
    {
        "graphql.config.ts", "graphql.config.js", "graphql.config.json", "graphql.config.yaml", "graphql.config.yml", "graphql.config.toml",
        ".graphqlrc", ".graphqlrc.ts", ".graphqlrc.js", ".graphqlrc.json", ".graphqlrc.yml", ".graphqlrc.yaml", ".graphqlrc.toml",
    };

    /// <summary>The nearest graphql-config file in <paramref name="directory"/> or a folder above it, or null.</summary>
    public static string? Find(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(folder.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static GraphQLConfigFile Read(string path)
    {
        if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".toml", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLConfigException($"{path}: only YAML and JSON graphql-config files are read (.graphqlrc.yml, .graphqlrc.json, graphql.config.yml, graphql.config.json).");
        }

        return Parse(path, File.ReadAllText(path));
    }

    public static GraphQLConfigFile Parse(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new GraphQLConfigException($"{path}({exception.Start.Line},{exception.Start.Column}): {exception.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            throw new GraphQLConfigException($"{path}: the file is empty.");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new GraphQLConfigException($"{path}({Line(stream.Documents[0].RootNode)}): the file must hold a mapping (schema, documents, projects).");
        }

        try
        {
            return new GraphQLConfigFile(Path.GetFullPath(path), ReadProjects(path, root));
        }
        catch (ArgumentException exception)
        {
            throw new GraphQLConfigException($"{path}: {exception.Message}");
        }
    }

    /// <summary>The file's content as plain values (maps in file order, lists, strings), for a writer to edit and write back.</summary>
    public static Dictionary<string, object?> ParseTree(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new GraphQLConfigException($"{path}({exception.Start.Line},{exception.Start.Column}): {exception.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        object? tree;
        try
        {
            tree = ToValue(stream.Documents[0].RootNode);
        }
        catch (ArgumentException exception)
        {
            throw new GraphQLConfigException($"{path}: {exception.Message}");
        }

        return tree as Dictionary<string, object?>
            ?? throw new GraphQLConfigException($"{path}({Line(stream.Documents[0].RootNode)}): the file must hold a mapping (schema, documents, projects).");
    }

    private static List<GraphQLConfigProject> ReadProjects(string path, YamlMappingNode root)
    {
        var projects = new List<GraphQLConfigProject>();
        if (Child(root, "projects") is { } projectsNode)
        {
            if (projectsNode is not YamlMappingNode projectMap)
            {
                throw new GraphQLConfigException($"{path}({Line(projectsNode)}): 'projects' must map project names to projects.");
            }

            foreach (var (key, value) in projectMap.Children)
            {
                if (value is not YamlMappingNode projectNode)
                {
                    throw new GraphQLConfigException($"{path}({Line(value)}): the project '{Scalar(key)}' must be a mapping.");
                }

                projects.Add(ReadProject(path, Scalar(key) ?? string.Empty, projectNode));
            }
        }
        else
        {
            projects.Add(ReadProject(path, GraphQLConfigFile.DefaultProjectName, root));
        }

        return projects;
    }

    private static GraphQLConfigProject ReadProject(string path, string name, YamlMappingNode node)
    {
        var extensions = Child(node, "extensions") is { } extensionsNode ? ToValue(extensionsNode) as IReadOnlyDictionary<string, object?> : null;
        return new GraphQLConfigProject(
            name,
            Pointers(path, Child(node, "schema"), "schema"),
            Pointers(path, Child(node, "documents"), "documents"),
            Pointers(path, Child(node, "include"), "include"),
            Pointers(path, Child(node, "exclude"), "exclude"),
            extensions ?? new Dictionary<string, object?>());
    }

    /// <summary>A pointer list: one string, a list of strings, or maps whose keys are pointers (<c>- https://…: { headers: … }</c>).</summary>
    private static IReadOnlyList<string> Pointers(string path, YamlNode? node, string what)
    {
        var result = new List<string>();
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                result.Add(scalar.Value!.Trim());
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    result.AddRange(Pointers(path, item, what));
                }

                break;
            case YamlMappingNode map:
                result.AddRange(map.Children.Keys.Select(Scalar).Where(key => !string.IsNullOrWhiteSpace(key)).Select(key => key!.Trim()));
                break;
            default:
                throw new GraphQLConfigException($"{path}({Line(node)}): '{what}' must be a path, a glob, a URL or a list of them.");
        }

        return result;
    }

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(pair => Scalar(pair.Key) ?? string.Empty, pair => ToValue(pair.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(pair => Scalar(pair.Key) == key).Value;

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string Line(YamlNode node) => $"{node.Start.Line},{node.Start.Column}";
}
