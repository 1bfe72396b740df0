using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// The schema of one folder: every schema file in it, loaded together. Operation files use the group of their own
/// folder or the nearest folder above it, so one project can hold clients for several endpoints.
/// Two groups are equal when their <see cref="Identity"/> is: the same folder, the same schema content (its fingerprint)
/// and the same overrides. That is the one definition of group equality the pipeline's values use.
/// </summary>
internal sealed class SchemaGroup : IEquatable<SchemaGroup>
{
    public SchemaGroup(string directory, IReadOnlyList<SourceFile> sources, SchemaModel schema, string? clientName, string? @namespace)
    {
        Directory = directory;
        Sources = sources;
        Schema = schema;
        ClientNameOverride = clientName;
        NamespaceOverride = @namespace;
        Identity = new SchemaGroupIdentity(directory, schema.Fingerprint, clientName, @namespace);
    }

    /// <summary>What the group is, as plain values (safe to keep without keeping the schema model alive).</summary>
    public SchemaGroupIdentity Identity { get; }

    /// <summary>The folder, with a trailing separator.</summary>
    public string Directory { get; }

    public IReadOnlyList<SourceFile> Sources { get; }

    public SchemaModel Schema { get; }

    public string? ClientNameOverride { get; }

    public string? NamespaceOverride { get; }

    /// <summary>The folder's own name in PascalCase (<c>kraken-oeg</c> → <c>KrakenOeg</c>).</summary>
    public string FolderName
    {
        get
        {
            var name = Path.GetFileName(Directory.TrimEnd('/', '\\'));
            var pascal = Identifiers.Pascal(new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()));
            return pascal == "Value" ? "GraphQL" : pascal;
        }
    }

    public string MainSchemaPath => Sources.Count == 0 ? Directory : Sources[0].Path;

    public bool Equals(SchemaGroup? other) => other is not null && (ReferenceEquals(this, other) || Identity.Equals(other.Identity));

    public override bool Equals(object? obj) => Equals(obj as SchemaGroup);

    public override int GetHashCode() => Identity.GetHashCode();

    /// <summary>True when both lists hold equal groups in the same order.</summary>
    public static bool SameGroups(IReadOnlyList<SchemaGroup> left, IReadOnlyList<SchemaGroup> right) => left.SequenceEqual(right);

    /// <summary>A hash of a list of groups, combined with <paramref name="seed"/>.</summary>
    public static int GroupsHashCode(IReadOnlyList<SchemaGroup> groups, int seed = 17) =>
        groups.Aggregate(seed, (hash, group) => unchecked((hash * 31) + group.GetHashCode()));
}

/// <summary>A schema group's folder, schema fingerprint and overrides.</summary>
internal sealed record SchemaGroupIdentity(string Directory, string SchemaFingerprint, string? ClientNameOverride, string? NamespaceOverride);

internal static class SchemaGroups
{
    private static readonly object CacheLock = new();
    private static readonly List<(string Fingerprint, SchemaModel Schema)> RecentSchemas = new();

    /// <summary>Groups the schema files by folder and loads each group's schema (reusing a recent identical one).</summary>
    public static IReadOnlyList<SchemaGroup> Build(IEnumerable<GraphQLFileInput> schemaFiles, CancellationToken cancellationToken)
    {
        var groups = new List<SchemaGroup>();
        foreach (var folder in schemaFiles.GroupBy(f => f.GroupDirectory, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var files = folder.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var sources = files.Select(f => new SourceFile(f.Path, f.Text)).ToList();
            var schema = Load(files, sources, cancellationToken);
            groups.Add(new SchemaGroup(
                folder.Key,
                sources,
                schema,
                files.Select(f => f.ClientName).FirstOrDefault(n => n is not null),
                files.Select(f => f.Namespace).FirstOrDefault(n => n is not null)));
        }

        return groups;
    }

    /// <summary>The group an operation file belongs to: the one whose folder is the longest prefix of the file's folder.</summary>
    public static SchemaGroup? Find(IReadOnlyList<SchemaGroup> groups, string fileDirectory) =>
        groups
            .Where(g => fileDirectory.StartsWith(g.Directory, StringComparison.Ordinal))
            .OrderByDescending(g => g.Directory.Length)
            .FirstOrDefault();

    private static SchemaModel Load(IReadOnlyList<GraphQLFileInput> files, IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        var fingerprint = SchemaBuilder.Fingerprint(sources);
        lock (CacheLock)
        {
            foreach (var (cachedFingerprint, cached) in RecentSchemas)
            {
                if (cachedFingerprint == fingerprint)
                {
                    return cached;
                }
            }
        }

        var schema = IntrospectionLoader.Load(files, sources, cancellationToken);

        lock (CacheLock)
        {
            // The IDE asks again for every keystroke; a handful of recent schemas covers every open project.
            RecentSchemas.Insert(0, (Fingerprint: fingerprint, Schema: schema));
            if (RecentSchemas.Count > 4)
            {
                RecentSchemas.RemoveAt(RecentSchemas.Count - 1);
            }
        }

        return schema;
    }
}
