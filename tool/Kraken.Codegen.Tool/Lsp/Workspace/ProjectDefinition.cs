using Kraken.Codegen.Core.Projects;

namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>Where a project's files and settings come from.</summary>
internal enum ProjectSource
{
    /// <summary>The nearest C# project file above the file: the build's own rules.</summary>
    ProjectFile,

    /// <summary>A graphql-config file, where no project file includes the file.</summary>
    GraphQLConfig,

    /// <summary>Neither: the conventions applied to the editor's workspace folder (or the file's own folder).</summary>
    Folder,
}

/// <summary>
/// One GraphQL file of a project: its path, its item metadata and, for graphql-config projects, the key of the schema
/// group it belongs to (a config project binds documents to a schema wherever they are, not by folder).
/// </summary>
internal sealed record ProjectFileSpec(string Path, string? Kind, string? ClientName, string? Namespace, string? GroupKey)
{
    public GraphQLFileInput ToInput(string text)
    {
        var input = GraphQLFileConventions.Create(Path, text, Kind, ClientName, Namespace);
        return GroupKey is null ? input : input with { GroupDirectory = GroupKey };
    }
}

/// <summary>A project as discovered: its files (enumerated on demand), its settings, and what could not be read.</summary>
internal sealed class ProjectDefinition
{
    private readonly Func<IReadOnlyList<ProjectFileSpec>> _enumerate;
    private readonly Func<string, ProjectFileSpec?> _accept;

    public ProjectDefinition(
        ProjectSource source,
        string key,
        string root,
        string description,
        ProjectSettings settings,
        IReadOnlyList<string> problems,
        Func<IReadOnlyList<ProjectFileSpec>> enumerate,
        Func<string, ProjectFileSpec?> accept)
    {
        Source = source;
        Key = key;
        Root = root;
        Description = description;
        Settings = settings;
        Problems = problems;
        _enumerate = enumerate;
        _accept = accept;
    }

    public ProjectSource Source { get; }

    /// <summary>Identifies the project: the project file, the config file, or the folder.</summary>
    public string Key { get; }

    public string Root { get; }

    public string Description { get; }

    public ProjectSettings Settings { get; }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>Every GraphQL file of the project on disk.</summary>
    public IReadOnlyList<ProjectFileSpec> EnumerateFiles() => _enumerate();

    /// <summary>How a file that is not on disk yet (a new buffer) would belong to the project, or null when it would not.</summary>
    public ProjectFileSpec? Accept(string path) => _accept(path);
}
