using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Projects;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>A document the editor has open: its text is the truth, not the file on disk.</summary>
internal sealed class OpenDocument
{
    public OpenDocument(string uri, string path, int version, string text)
    {
        Uri = uri;
        Path = path;
        Version = version;
        Text = text;
    }

    /// <summary>The URI exactly as the editor sent it (diagnostics must name it the same way).</summary>
    public string Uri { get; }

    public string Path { get; }

    public int Version { get; set; }

    public string Text { get; set; }
}

/// <summary>What the editor features need about one file: its project's validation, its own input, its group and its parse.</summary>
internal sealed record FileAnalysis(ProjectValidation Validation, GraphQLFileInput Input, SchemaGroup? Group, ExecutableDocument? Document, ProjectSettings Settings)
{
    public SourceFile Source => Document?.Source ?? new SourceFile(Input.Path, Input.Text);

    /// <summary>Every operation file validated with this one (fragments may come from any of them).</summary>
    public ExecutableDocumentSet? DocumentSet => Group is null ? null : Validation.DocumentSetOf(Group);
}

/// <summary>The diagnostics of one file to send to the editor.</summary>
internal sealed record FileDiagnostics(string Path, string Uri, int? Version, IReadOnlyList<GraphQLDiagnostic> Diagnostics);

/// <summary>
/// The open documents and the projects they belong to. Each change re-validates the document's whole project with the
/// core's <see cref="ProjectValidation"/> (schemas are cached by content, so only edited schemas are rebuilt), with
/// open documents' text in place of the files on disk. Not thread-safe: the server calls it from one message at a time.
/// </summary>
internal sealed class GraphQLWorkspace
{
    /// <summary>How long the list and the text of files on disk are trusted before they are read again.</summary>
    private static readonly TimeSpan DiskRescanInterval = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedProject> _projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _projectKeyByPath = new(StringComparer.Ordinal);
    private readonly List<string> _workspaceFolders = new();
    private readonly Action<string> _log;

    public GraphQLWorkspace(Action<string> log) => _log = log;

    public void AddWorkspaceFolder(string path)
    {
        if (!_workspaceFolders.Contains(path))
        {
            _workspaceFolders.Add(path);
        }
    }

    public OpenDocument? GetOpen(string path) => _open.TryGetValue(path, out var document) ? document : null;

    public IReadOnlyList<FileDiagnostics> Open(string uri, string path, int version, string text)
    {
        _open[path] = new OpenDocument(uri, path, version, text);
        return Refresh(path);
    }

    public IReadOnlyList<FileDiagnostics> Change(string path, int version, Func<string, string> edit)
    {
        if (!_open.TryGetValue(path, out var document))
        {
            return Array.Empty<FileDiagnostics>();
        }

        document.Text = edit(document.Text);
        document.Version = version;
        return Refresh(path);
    }

    /// <summary>A closed document falls back to its file on disk (or leaves the project when it has none).</summary>
    public IReadOnlyList<FileDiagnostics> Close(string path)
    {
        if (!_open.Remove(path))
        {
            return Array.Empty<FileDiagnostics>();
        }

        ProjectOf(path).InvalidateDisk();
        return Refresh(path);
    }

    /// <summary>Files changed on disk (saved, created, deleted, switched branch): read them again and re-validate open projects.</summary>
    public IReadOnlyList<FileDiagnostics> FilesChanged(IEnumerable<string> paths)
    {
        var changed = paths.ToList();
        if (changed.Any(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || GraphQLConfig.GraphQLConfigReader.FileNames.Contains(Path.GetFileName(p))))
        {
            // A project or config file changed: discover every project again.
            _projects.Clear();
            _projectKeyByPath.Clear();
        }

        foreach (var project in _projects.Values)
        {
            project.InvalidateDisk();
        }

        return _open.Keys.Select(ProjectOf).Distinct().ToList().SelectMany(project =>
        {
            Validate(project);
            return Publish(project);
        }).ToList();
    }

    /// <summary>The analysis of a file for completion, hover and the rest (validating its project if needed).</summary>
    public FileAnalysis? Analyze(string path)
    {
        var project = ProjectOf(path);
        var validation = project.Validation ?? Validate(project);
        if (!project.Inputs.TryGetValue(path, out var input))
        {
            return null;
        }

        var group = input.Kind == GraphQLFileKind.Operations ? SchemaGroups.Find(validation.Groups, input.GroupDirectory) : null;
        return new FileAnalysis(validation, input, group, validation.DocumentOf(path), project.Definition.Settings);
    }

    /// <summary>Which project a file belongs to and why, for the log.</summary>
    public string DescribeProjectOf(string path) => ProjectOf(path).Definition.Description;

    private IReadOnlyList<FileDiagnostics> Refresh(string path)
    {
        var project = ProjectOf(path);
        Validate(project);
        return Publish(project, edited: path);
    }

    private LoadedProject ProjectOf(string path)
    {
        if (_projectKeyByPath.TryGetValue(path, out var key) && _projects.TryGetValue(key, out var known))
        {
            return known;
        }

        var definition = ProjectLocator.Locate(path, _workspaceFolders);
        if (!_projects.TryGetValue(definition.Key, out var project))
        {
            project = new LoadedProject(definition);
            _projects.Add(definition.Key, project);
            _log($"{path} belongs to the {definition.Description}.");
            foreach (var problem in definition.Problems)
            {
                _log(problem);
            }
        }

        _projectKeyByPath[path] = definition.Key;
        return project;
    }

    private ProjectValidation Validate(LoadedProject project)
    {
        var inputs = new Dictionary<string, GraphQLFileInput>(StringComparer.Ordinal);
        foreach (var spec in project.Files())
        {
            var text = _open.TryGetValue(spec.Path, out var document) ? document.Text : project.ReadDisk(spec.Path);
            if (text is not null)
            {
                inputs[spec.Path] = spec.ToInput(text);
            }
        }

        // Open documents the project would include but that are not on disk yet (new, unsaved files).
        foreach (var document in _open.Values.Where(d => !inputs.ContainsKey(d.Path)))
        {
            if (project.Definition.Accept(document.Path) is { } spec && _projectKeyByPath.TryGetValue(document.Path, out var key) && key == project.Definition.Key)
            {
                inputs[document.Path] = spec.ToInput(document.Text);
            }
        }

        project.Inputs = inputs;
        project.Validation = ProjectValidation.Run(inputs.Values.ToList(), project.Definition.Settings.ToValidationOptions(), CancellationToken.None);
        return project.Validation;
    }

    /// <summary>
    /// The diagnostics that changed since they were last sent, for every file of the project, and always those of
    /// <paramref name="edited"/> (the document just opened or edited), which come last: a client that waits for them
    /// has all the others.
    /// </summary>
    private IReadOnlyList<FileDiagnostics> Publish(LoadedProject project, string? edited = null)
    {
        var validation = project.Validation ?? Validate(project);
        var paths = project.Inputs.Keys.Concat(validation.PathsWithDiagnostics).Concat(project.Published.Keys).Distinct().OrderBy(p => p == edited ? 1 : 0).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var result = new List<FileDiagnostics>();
        foreach (var path in paths)
        {
            var diagnostics = project.Inputs.ContainsKey(path) ? validation.For(path) : Array.Empty<GraphQLDiagnostic>();
            var open = GetOpen(path);
            var changed = project.Published.TryGetValue(path, out var previous) ? !previous.SequenceEqual(diagnostics) : diagnostics.Count > 0;
            if (changed || path == edited)
            {
                project.Published[path] = diagnostics;
                result.Add(new FileDiagnostics(path, open?.Uri ?? DocumentUris.FromPath(path), open?.Version, diagnostics));
            }
        }

        return result;
    }

    /// <summary>A project with its files on disk (re-read at most every two seconds) and its last validation.</summary>
    private sealed class LoadedProject
    {
        private readonly Dictionary<string, (DateTime Written, string? Text)> _disk = new(StringComparer.Ordinal);
        private IReadOnlyList<ProjectFileSpec>? _files;
        private DateTime _scannedAt;

        public LoadedProject(ProjectDefinition definition) => Definition = definition;

        public ProjectDefinition Definition { get; }

        public Dictionary<string, GraphQLFileInput> Inputs { get; set; } = new(StringComparer.Ordinal);

        public ProjectValidation? Validation { get; set; }

        public Dictionary<string, IReadOnlyList<GraphQLDiagnostic>> Published { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<ProjectFileSpec> Files()
        {
            if (_files is null || DateTime.UtcNow - _scannedAt > DiskRescanInterval)
            {
                _files = Definition.EnumerateFiles();
                _scannedAt = DateTime.UtcNow;
                foreach (var stale in _disk.Keys.Where(path => File.GetLastWriteTimeUtc(path) != _disk[path].Written).ToList())
                {
                    _disk.Remove(stale);
                }
            }

            return _files;
        }

        public void InvalidateDisk()
        {
            _files = null;
            _disk.Clear();
        }

        public string? ReadDisk(string path)
        {
            if (_disk.TryGetValue(path, out var cached))
            {
                return cached.Text;
            }

            string? text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                text = null;
            }

            _disk[path] = (File.GetLastWriteTimeUtc(path), text);
            return text;
        }
    }
}
