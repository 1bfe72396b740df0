using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Projects;

/// <summary>Groups a project's schema files by folder, loads each group's schema, and finds the group of an operation file.</summary>
public static class SchemaGroups
{
    private static readonly object CacheLock = new();
    private static readonly List<(string Fingerprint, IReadOnlyList<SourceFile> Sources, SchemaModel Schema)> RecentSchemas = new();

    /// <summary>
    /// Groups the schema files by folder and loads each group's schema (reusing a recent identical one). A group whose
    /// schema fails to load unexpectedly is kept with an empty schema and its <see cref="SchemaGroup.LoadFailure"/>, so
    /// the other groups load and generate as usual.
    /// </summary>
    public static IReadOnlyList<SchemaGroup> Build(IEnumerable<GraphQLFileInput> schemaFiles, CancellationToken cancellationToken)
    {
        var groups = new List<SchemaGroup>();
        foreach (var folder in schemaFiles.GroupBy(f => f.GroupDirectory, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var files = folder.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var sources = files.Select(f => new SourceFile(f.Path, f.Text)).ToList();
            var clientName = files.Select(f => f.ClientName).FirstOrDefault(n => n is not null);
            var @namespace = files.Select(f => f.Namespace).FirstOrDefault(n => n is not null);
            groups.Add(StepGuard.Run(
                StepGuard.LoadSchema,
                files[0].Path,
                () => new SchemaGroup(folder.Key, sources, Load(files, sources, cancellationToken), clientName, @namespace),
                exception => SchemaGroup.Unloaded(folder.Key, sources, clientName, @namespace, exception),
                cancellationToken));
        }

        return groups;
    }

    /// <summary>The group an operation file belongs to: the one whose folder is the longest prefix of the file's folder.</summary>
    public static SchemaGroup? Find(IReadOnlyList<SchemaGroup> groups, string fileDirectory) =>
        groups
            .Where(g => fileDirectory.StartsWith(g.Directory, StringComparison.Ordinal))
            .OrderByDescending(g => g.Directory.Length)
            .FirstOrDefault();

    /// <summary>Loads a group's schema from its SDL files, or from an introspection result when the group has one.</summary>
    public static SchemaModel LoadSchema(IReadOnlyList<GraphQLFileInput> files, IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        // An introspection result describes the whole schema, so it is used alone (SDL beside it would be ambiguous).
        var introspection = files.Select((file, index) => (file, index)).FirstOrDefault(pair => pair.file.Kind == GraphQLFileKind.SchemaIntrospection);
        if (introspection.file is not null)
        {
            return IntrospectionSchemaReader.Read(sources[introspection.index], cancellationToken);
        }

        return SchemaBuilder.Build(sources, cancellationToken);
    }

    private static SchemaModel Load(IReadOnlyList<GraphQLFileInput> files, IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        lock (CacheLock)
        {
            // The very same text objects (a language server re-validating after an edit elsewhere) need no hashing.
            foreach (var (_, cachedSources, cached) in RecentSchemas)
            {
                if (cachedSources.Count == sources.Count && cachedSources.Zip(sources, (a, b) => a.Path == b.Path && ReferenceEquals(a.Text, b.Text)).All(same => same))
                {
                    return cached;
                }
            }
        }

        var fingerprint = SchemaBuilder.Fingerprint(sources);
        lock (CacheLock)
        {
            foreach (var (cachedFingerprint, _, cached) in RecentSchemas)
            {
                if (cachedFingerprint == fingerprint)
                {
                    return cached;
                }
            }
        }

        var schema = LoadSchema(files, sources, cancellationToken);

        lock (CacheLock)
        {
            // The IDE asks again for every keystroke; a handful of recent schemas covers every open project.
            RecentSchemas.Insert(0, (Fingerprint: fingerprint, Sources: sources, Schema: schema));
            if (RecentSchemas.Count > 4)
            {
                RecentSchemas.RemoveAt(RecentSchemas.Count - 1);
            }
        }

        return schema;
    }
}
