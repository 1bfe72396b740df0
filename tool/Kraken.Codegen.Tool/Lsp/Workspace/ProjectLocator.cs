using Kraken.Codegen.Core.Projects;
using Kraken.Codegen.Tool.GraphQLConfig;

namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>
/// Finds the project a GraphQL file belongs to, the way the build would see it:
/// <list type="number">
/// <item>the nearest C# project file above the file that includes it (its glob or its <c>AdditionalFiles</c> items);</item>
/// <item>else the nearest graphql-config file above it whose projects name the file as schema or document;</item>
/// <item>else the editor's workspace folder that holds the file, with the conventions; a file outside every workspace
/// folder gets its own folder, without its subfolders (such a folder may be the file system's root or a home folder,
/// which must never be scanned).</item>
/// </list>
/// Within a project, files are grouped by <see cref="SchemaGroups"/> exactly as the generator groups them.
/// </summary>
internal static class ProjectLocator
{
    public static ProjectDefinition Locate(string path, IReadOnlyList<string> workspaceFolders)
    {
        var directory = Path.GetDirectoryName(path)!;
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            foreach (var projectPath in SafeEnumerate(folder.FullName, "*.csproj"))
            {
                var project = FromProjectFile(projectPath);
                if (project.Accept(path) is not null)
                {
                    return project;
                }
            }
        }

        if (GraphQLConfigReader.Find(directory) is { } configPath)
        {
            var fromConfig = FromGraphQLConfig(configPath);
            if (fromConfig.Accept(path) is not null)
            {
                return fromConfig;
            }
        }

        var workspaceFolder = workspaceFolders
            .Where(folder => path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderByDescending(folder => folder.Length)
            .FirstOrDefault();
        return workspaceFolder is null ? FromLoneFolder(directory) : FromFolder(workspaceFolder);
    }

    public static ProjectDefinition FromProjectFile(string projectPath)
    {
        var project = MsBuildProjectFile.Read(projectPath);
        var problems = project.Problems.Concat(project.Settings.ConfigurationErrors.Select(error => $"{projectPath}: {error}")).ToList();
        IReadOnlyList<ProjectFileSpec> Enumerate() => project.ReadItems();
        return new ProjectDefinition(
            ProjectSource.ProjectFile,
            projectPath,
            project.Directory,
            "project file " + projectPath,
            project.Settings,
            problems,
            Enumerate,
            path => Enumerate().FirstOrDefault(spec => spec.Path == path)
                ?? (project.IncludesGraphQLByDefault && IsBelow(project.Directory, path) && GraphQLFileConventions.IsCandidate(path) && !IsExcluded(project.Directory, path)
                    ? new ProjectFileSpec(path, null, null, null, null)
                    : null));
    }

    public static ProjectDefinition FromGraphQLConfig(string configPath)
    {
        GraphQLConfigFile config;
        try
        {
            config = GraphQLConfigReader.Read(configPath);
        }
        catch (Exception exception) when (exception is GraphQLConfigException or IOException or UnauthorizedAccessException)
        {
            return new ProjectDefinition(ProjectSource.GraphQLConfig, configPath, Path.GetDirectoryName(configPath)!, "graphql-config " + configPath, ProjectSettings.Default, new[] { exception.Message }, Array.Empty<ProjectFileSpec>, _ => null);
        }

        var problems = config.Projects.SelectMany(p => p.SchemaUrls.Select(url => $"{configPath}: project '{p.Name}' takes its schema from {url}; the language server reads schema files only (run 'kraken-codegen introspect' to save it).")).ToList();

        IReadOnlyList<ProjectFileSpec> Enumerate()
        {
            var files = new List<ProjectFileSpec>();
            foreach (var project in config.Projects)
            {
                var key = GroupKeyOf(config, project);
                foreach (var file in project.ExpandSchemaFiles(config.Directory))
                {
                    files.Add(new ProjectFileSpec(file, "Schema", null, null, key));
                }

                foreach (var file in project.ExpandDocuments(config.Directory).Where(f => files.All(s => s.Path != f || s.GroupKey != key)))
                {
                    files.Add(new ProjectFileSpec(file, "Operations", null, null, key));
                }
            }

            return files;
        }

        ProjectFileSpec? Accept(string path)
        {
            foreach (var project in config.Projects)
            {
                if (project.MatchesSchemaFile(config.Directory, path))
                {
                    return new ProjectFileSpec(path, "Schema", null, null, GroupKeyOf(config, project));
                }

                if (project.MatchesDocument(config.Directory, path))
                {
                    return new ProjectFileSpec(path, "Operations", null, null, GroupKeyOf(config, project));
                }
            }

            return null;
        }

        return new ProjectDefinition(ProjectSource.GraphQLConfig, configPath, config.Directory, "graphql-config " + configPath, ProjectSettings.Default, problems, Enumerate, Accept);
    }

    public static ProjectDefinition FromFolder(string root) =>
        new(
            ProjectSource.Folder,
            root,
            root,
            "folder " + root,
            ProjectSettings.Default,
            Array.Empty<string>(),
            () => GraphQLFileConventions.IncludedPatterns
                .SelectMany(pattern => FileGlob.Expand(root, pattern, relative => IsExcludedFolder(relative)))
                .Distinct()
                .Select(file => new ProjectFileSpec(file, null, null, null, null))
                .ToList(),
            path => IsBelow(root, path) && GraphQLFileConventions.IsCandidate(path) && !IsExcluded(root, path) ? new ProjectFileSpec(path, null, null, null, null) : null);

    /// <summary>The GraphQL files directly in <paramref name="folder"/>, by the conventions; its subfolders are not searched.</summary>
    public static ProjectDefinition FromLoneFolder(string folder) =>
        new(
            ProjectSource.Folder,
            folder,
            folder,
            "folder " + folder,
            ProjectSettings.Default,
            Array.Empty<string>(),
            () => SafeEnumerate(folder, "*")
                .Where(GraphQLFileConventions.IsCandidate)
                .Select(file => new ProjectFileSpec(file, null, null, null, null))
                .ToList(),
            path => Path.GetDirectoryName(path) == folder.TrimEnd(Path.DirectorySeparatorChar) && GraphQLFileConventions.IsCandidate(path)
                ? new ProjectFileSpec(path, null, null, null, null)
                : null);

    /// <summary>
    /// A config project binds its documents to its schema wherever they lie, so its files share one group key (a
    /// folder name no real folder has), and documents never fall into another project's group.
    /// </summary>
    private static string GroupKeyOf(GraphQLConfigFile config, GraphQLConfigProject project) =>
        Path.Combine(config.Directory, "<graphql-config>", project.Name) + Path.DirectorySeparatorChar;

    private static bool IsBelow(string root, string path) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsExcluded(string root, string path) =>
        IsExcludedFolder(Path.GetRelativePath(root, Path.GetDirectoryName(path)!).Replace('\\', '/'));

    private static bool IsExcludedFolder(string relative) => MsBuildProjectFile.IsExcludedFolder(relative);

    private static IEnumerable<string> SafeEnumerate(string folder, string pattern)
    {
        try
        {
            return Directory.GetFiles(folder, pattern).OrderBy(p => p, StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }
}
