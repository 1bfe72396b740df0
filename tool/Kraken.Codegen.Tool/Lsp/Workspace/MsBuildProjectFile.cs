using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Kraken.Codegen.Core.Projects;

namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>
/// What the language server reads of a project file: the Kraken.Codegen properties, the <c>AdditionalFiles</c> items with
/// their GraphQL metadata and the <c>KrakenCodegenScalar</c> items, by a plain XML read. Not evaluated: imports
/// (Directory.Build.props, the SDK), conditions (a property or item with a <c>Condition</c>, or inside a group with one,
/// is skipped) and property functions; <c>$(Name)</c> expands to a property of the same file or to the project's
/// folder and name. That covers how the README sets these up; anything else the build still decides.
/// </summary>
internal sealed class MsBuildProjectFile
{
    private static readonly Regex PropertyReference = new(@"\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> _properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<XElement> _additionalFiles = new();
    private readonly List<(string Name, string? ClrType, string? Converter, string? IsValueType)> _scalars = new();
    private readonly List<string> _problems = new();

    private MsBuildProjectFile(string path)
    {
        Path = path;
        Directory = System.IO.Path.GetDirectoryName(path)!;
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        _properties["MSBuildProjectDirectory"] = Directory;
        _properties["MSBuildThisFileDirectory"] = Directory + System.IO.Path.DirectorySeparatorChar;
        _properties["MSBuildProjectName"] = name;
        _properties["RootNamespace"] = name;
    }

    public string Path { get; }

    public string Directory { get; }

    /// <summary>What could not be read (an XML error, a skipped conditional setting), for the server's log.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public string? Property(string name) => _properties.TryGetValue(name, out var value) ? value : null;

    public ProjectSettings Settings => ProjectSettings.Read(name =>
        name == ProjectSettings.ScalarsProperty ? ProjectSettings.FormatScalarItems(_scalars) : Property(name));

    public bool IncludesGraphQLByDefault => !string.Equals(Property(ProjectSettings.IncludeGraphQLProperty)?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    public static MsBuildProjectFile Read(string path)
    {
        var project = new MsBuildProjectFile(path);
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.None);
        }
        catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
        {
            project._problems.Add($"{path}: the project file could not be read ({exception.Message}); its settings are ignored.");
            return project;
        }

        foreach (var group in document.Root?.Elements() ?? Enumerable.Empty<XElement>())
        {
            var conditionalGroup = group.Attribute("Condition") is not null;
            foreach (var element in group.Elements())
            {
                var relevant = group.Name.LocalName == "PropertyGroup"
                    ? element.Name.LocalName.StartsWith("KrakenCodegen", StringComparison.Ordinal) || element.Name.LocalName == "RootNamespace"
                    : group.Name.LocalName == "ItemGroup" && element.Name.LocalName is "AdditionalFiles" or "KrakenCodegenScalar";
                if (!relevant)
                {
                    if (!conditionalGroup && element.Attribute("Condition") is null && group.Name.LocalName == "PropertyGroup")
                    {
                        project._properties[element.Name.LocalName] = project.Expand(element.Value);
                    }

                    continue;
                }

                if (conditionalGroup || element.Attribute("Condition") is not null)
                {
                    project._problems.Add($"{path}: '{element.Name.LocalName}' has a condition, which the language server does not evaluate; it is ignored.");
                    continue;
                }

                switch (element.Name.LocalName)
                {
                    case "AdditionalFiles":
                        project._additionalFiles.Add(element);
                        break;
                    case "KrakenCodegenScalar":
                        project._scalars.Add((project.Expand(Attribute(element, "Include") ?? string.Empty), project.Metadata(element, "ClrType"), project.Metadata(element, "Converter"), project.Metadata(element, "IsValueType")));
                        break;
                    default:
                        project._properties[element.Name.LocalName] = project.Expand(element.Value);
                        break;
                }
            }
        }

        return project;
    }

    /// <summary>
    /// The project's GraphQL files as the build sees them: the props file's glob of the project folder (unless
    /// <c>KrakenCodegenIncludeGraphQL</c> is false; bin/, obj/ and hidden folders excluded), then every
    /// <c>AdditionalFiles</c> Include, Update and Remove in order.
    /// </summary>
    public IReadOnlyList<ProjectFileSpec> ReadItems()
    {
        var items = new List<ProjectFileSpec>();
        if (IncludesGraphQLByDefault)
        {
            foreach (var pattern in GraphQLFileConventions.IncludedPatterns)
            {
                foreach (var file in FileGlob.Expand(Directory, pattern, IsExcludedFolder))
                {
                    items.Add(new ProjectFileSpec(file, null, null, null, null));
                }
            }
        }

        foreach (var element in _additionalFiles)
        {
            if (Attribute(element, "Include") is { } include)
            {
                var excluded = Split(Attribute(element, "Exclude")).ToList();
                foreach (var file in Split(include).SelectMany(spec => FileGlob.Expand(Directory, spec)))
                {
                    if (!excluded.Any(spec => FileGlob.Matches(Directory, spec, file)) && !items.Any(i => i.Path == file))
                    {
                        items.Add(new ProjectFileSpec(file, Metadata(element, "GraphQLKind"), Metadata(element, "GraphQLClientName"), Metadata(element, "GraphQLNamespace"), null));
                    }
                }
            }
            else if (Attribute(element, "Update") is { } update)
            {
                var specs = Split(update).ToList();
                for (var i = 0; i < items.Count; i++)
                {
                    if (specs.Any(spec => FileGlob.Matches(Directory, spec, items[i].Path)))
                    {
                        items[i] = items[i] with
                        {
                            Kind = Metadata(element, "GraphQLKind") ?? items[i].Kind,
                            ClientName = Metadata(element, "GraphQLClientName") ?? items[i].ClientName,
                            Namespace = Metadata(element, "GraphQLNamespace") ?? items[i].Namespace,
                        };
                    }
                }
            }
            else if (Attribute(element, "Remove") is { } remove)
            {
                var specs = Split(remove).ToList();
                items.RemoveAll(item => specs.Any(spec => FileGlob.Matches(Directory, spec, item.Path)));
            }
        }

        return items.Where(item => GraphQLFileConventions.IsCandidate(item.Path)).ToList();
    }

    /// <summary>
    /// Whether the build's glob skips a folder (given relative to the project folder, with <c>/</c>): it excludes
    /// $(DefaultItemExcludes) (the project's bin/ and obj/) and $(DefaultExcludesInProjectFolder) (folders starting with a dot).
    /// </summary>
    public static bool IsExcludedFolder(string relative)
    {
        var parts = relative.Split('/');
        return parts[0] is "bin" or "obj" || parts.Any(part => part.StartsWith(".", StringComparison.Ordinal) && part is not "." and not "..");
    }

    private IEnumerable<string> Split(string? specs) =>
        Expand(specs ?? string.Empty).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);

    private string? Metadata(XElement element, string name)
    {
        var value = Attribute(element, name) ?? element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        return value is null ? null : Expand(value).Trim();
    }

    private static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    private string Expand(string value) =>
        PropertyReference.Replace(value, match => Property(match.Groups[1].Value) ?? string.Empty);
}
