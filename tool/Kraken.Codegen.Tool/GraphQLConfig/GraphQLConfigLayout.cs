using Kraken.Codegen.Core.Projects;
using Kraken.Codegen.Tool.Lsp.Workspace;

namespace Kraken.Codegen.Tool.GraphQLConfig;

/// <summary>One graphql-config project derived from a schema folder: its name and its schema and document pointers.</summary>
internal sealed record GraphQLConfigProjectLayout(string Name, string SchemaFolder, IReadOnlyList<string> Schema, IReadOnlyList<string> Documents);

/// <summary>
/// Describes a project folder as graphql-config projects, by the build's own file conventions
/// (<see cref="GraphQLFileConventions"/>, <see cref="SchemaGroups"/>): one config project per schema folder, whose
/// <c>schema</c> globs name that folder's schema files and whose <c>documents</c> globs name exactly the operation files
/// the generator binds to that schema (the folder and everything below it, minus the schema folders nested in it and
/// the folders the build skips: <c>bin/</c>, <c>obj/</c>, hidden folders). Paths are relative to the folder, with <c>/</c>.
/// </summary>
internal static class GraphQLConfigLayout
{
    public static IReadOnlyList<GraphQLConfigProjectLayout> FromFolder(string root)
    {
        root = Path.GetFullPath(root);
        var files = GraphQLFileConventions.IncludedPatterns
            .SelectMany(pattern => FileGlob.Expand(root, pattern, MsBuildProjectFile.IsExcludedFolder))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (Path: path, Relative: Relative(root, path), Kind: GraphQLFileConventions.Classify(path, null)))
            .ToList();
        var schemaFolders = files
            .Where(file => file.Kind != GraphQLFileKind.Operations)
            .Select(file => FolderOf(file.Relative))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(folder => folder, StringComparer.Ordinal)
            .ToList();
        // Operation files in hidden folders (which the build skips) would be matched by "**/*.graphql"; say so only when there are some.
        var hiddenFolders = FileGlob.Expand(root, "**/*.graphql", relative => relative.Split('/')[0] is "bin" or "obj")
            .Any(path => FolderOf(Relative(root, path)).Split('/').Any(part => part.StartsWith('.')));

        var names = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<GraphQLConfigProjectLayout>();
        foreach (var folder in schemaFolders)
        {
            var prefix = folder.Length == 0 ? string.Empty : folder + "/";
            var inFolder = files.Where(file => FolderOf(file.Relative) == folder && file.Kind != GraphQLFileKind.Operations).ToList();
            var schema = new List<string>();
            if (inFolder.Any(file => file.Relative.EndsWith(".graphqls", StringComparison.OrdinalIgnoreCase)))
            {
                schema.Add(prefix + "*.graphqls");
            }

            schema.AddRange(inFolder
                .Where(file => file.Kind == GraphQLFileKind.SchemaSdl && !file.Relative.EndsWith(".graphqls", StringComparison.OrdinalIgnoreCase))
                .Select(file => file.Relative));
            if (inFolder.Any(file => file.Kind == GraphQLFileKind.SchemaIntrospection))
            {
                schema.Add(prefix + "*.schema.json");
            }

            // Documents: everything below the folder, minus what is not an operation file of this schema.
            var documents = new List<string> { prefix + "**/*.graphql" };
            documents.AddRange(schema.Where(pointer => pointer.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase)).Select(pointer => "!" + pointer));
            documents.AddRange(schemaFolders.Where(other => other != folder && other.StartsWith(prefix, StringComparison.Ordinal)).Select(nested => "!" + nested + "/**"));
            if (folder.Length == 0)
            {
                documents.Add("!bin/**");
                documents.Add("!obj/**");
            }

            if (hiddenFolders)
            {
                documents.Add("!" + prefix + "**/.*/**");
            }

            result.Add(new GraphQLConfigProjectLayout(UniqueName(root, folder, names), folder, schema, documents));
        }

        return result;
    }

    /// <summary>The project of one schema folder (relative to <paramref name="root"/>), or null when it holds no schema file.</summary>
    public static GraphQLConfigProjectLayout? ForSchemaFolder(string root, string schemaFolder)
    {
        var relative = Relative(Path.GetFullPath(root), Path.GetFullPath(Path.Combine(root, schemaFolder)));
        return FromFolder(root).FirstOrDefault(project => project.SchemaFolder == (relative == "." ? string.Empty : relative));
    }

    private static string UniqueName(string root, string folder, HashSet<string> taken)
    {
        var name = folder.Length == 0 ? Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)) : folder.Split('/')[^1];
        if (!taken.Add(name))
        {
            name = folder.Replace('/', '-');
            taken.Add(name);
        }

        return name;
    }

    private static string FolderOf(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? string.Empty : relative.Substring(0, slash);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
