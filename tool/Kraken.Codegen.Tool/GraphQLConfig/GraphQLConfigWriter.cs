using System.Text;
using System.Text.Json;
using YamlDotNet.Serialization;

namespace Kraken.Codegen.Tool.GraphQLConfig;

/// <summary>
/// Writes graphql-config files: creates <c>.graphqlrc.yml</c>, or edits an existing YAML or JSON config in place,
/// keeping every project, key and extension it does not change (comments in YAML are not kept). A config in the
/// single-project form (<c>schema</c> and <c>documents</c> at the top) is moved under <c>projects: default</c> when a
/// second project is added, which graphql-config reads the same way.
/// </summary>
internal sealed class GraphQLConfigWriter
{
    public const string DefaultFileName = ".graphqlrc.yml";

    private const string Header = "# graphql-config (https://the-guild.dev/graphql/config/docs), read by GraphQL editor plugins and by kraken-codegen.\n" +
                                  "# Written by kraken-codegen; values under extensions.krakenCodegen.headers may reference environment variables (${NAME}), never secrets.\n";

    private readonly Dictionary<string, object?> _root;

    private GraphQLConfigWriter(string path, Dictionary<string, object?> root)
    {
        Path = path;
        _root = root;
    }

    public string Path { get; }

    /// <summary>Opens the config at <paramref name="path"/> for editing, or starts an empty one when it does not exist.</summary>
    public static GraphQLConfigWriter Open(string path)
    {
        if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".toml", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLConfigException($"{path}: kraken-codegen edits only YAML and JSON graphql-config files; add a .graphqlrc.yml or edit this one by hand.");
        }

        var root = File.Exists(path)
            ? GraphQLConfigReader.ParseTree(path, File.ReadAllText(path))
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        return new GraphQLConfigWriter(System.IO.Path.GetFullPath(path), root);
    }

    /// <summary>Sets a project's <c>schema</c> and <c>documents</c>, creating the project when it does not exist.</summary>
    public void SetPointers(string projectName, IReadOnlyList<string> schema, IReadOnlyList<string> documents)
    {
        var project = Project(projectName);
        project["schema"] = schema.Count == 1 ? schema[0] : schema.ToList<object?>();
        project["documents"] = documents.Count == 1 ? documents[0] : documents.ToList<object?>();
    }

    /// <summary>True when the file names the project.</summary>
    public bool HasProject(string projectName) =>
        _root.TryGetValue("projects", out var projects) && projects is Dictionary<string, object?> map && map.ContainsKey(projectName);

    /// <summary>
    /// Records where a project's schema comes from: <c>extensions.krakenCodegen.endpoint</c>, and the headers to send
    /// (values as given: references to environment variables, never secrets; the caller filters).
    /// </summary>
    public void SetEndpoint(string projectName, string endpoint, IReadOnlyDictionary<string, string> headers)
    {
        var project = Project(projectName);
        var extensions = Map(project, "extensions");
        var ours = Map(extensions, GraphQLConfigProject.ExtensionName);
        ours["endpoint"] = endpoint;
        if (headers.Count > 0)
        {
            ours["headers"] = headers.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal);
        }
        else
        {
            ours.Remove("headers");
        }
    }

    public void Save()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(Path, Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ToJson(_root) : ToYaml(_root));
    }

    /// <summary>The YAML text of a config tree, with the header comment.</summary>
    internal static string ToYaml(Dictionary<string, object?> root)
    {
        var serializer = new SerializerBuilder().Build();
        return Header + serializer.Serialize(root).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string ToJson(Dictionary<string, object?> root)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(json, root);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteJson(json, item);
                }

                json.WriteEndObject();
                break;
            case List<object?> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(json, item);
                }

                json.WriteEndArray();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    private Dictionary<string, object?> Project(string name)
    {
        if (!_root.TryGetValue("projects", out var projectsValue) || projectsValue is not Dictionary<string, object?> projects)
        {
            projects = new Dictionary<string, object?>(StringComparer.Ordinal);

            // The single-project form becomes the project "default", keeping its keys.
            var single = _root.Where(pair => pair.Key != "projects").ToList();
            if (single.Any(pair => pair.Key is "schema" or "documents"))
            {
                projects[GraphQLConfigFile.DefaultProjectName] = single.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
                foreach (var (key, _) in single)
                {
                    _root.Remove(key);
                }
            }

            _root["projects"] = projects;
        }

        return Map(projects, name);
    }

    private static Dictionary<string, object?> Map(Dictionary<string, object?> parent, string key)
    {
        if (parent.TryGetValue(key, out var value) && value is Dictionary<string, object?> map)
        {
            return map;
        }

        map = new Dictionary<string, object?>(StringComparer.Ordinal);
        parent[key] = map;
        return map;
    }
}
