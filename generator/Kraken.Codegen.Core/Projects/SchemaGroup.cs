using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// The schema of one folder: every schema file in it, loaded together. Operation files use the group of their own
/// folder or the nearest folder above it, so one project can hold clients for several endpoints.
/// Two groups are equal when their <see cref="Identity"/> is: the same folder, the same schema content (its fingerprint)
/// and the same overrides. That is the one definition of group equality the generator's pipeline values use.
/// </summary>
public sealed class SchemaGroup : IEquatable<SchemaGroup>
{
    public SchemaGroup(string directory, IReadOnlyList<SourceFile> sources, SchemaModel schema, string? clientName, string? @namespace)
        : this(directory, sources, schema, clientName, @namespace, loadFailure: null)
    {
    }

    private SchemaGroup(string directory, IReadOnlyList<SourceFile> sources, SchemaModel schema, string? clientName, string? @namespace, Exception? loadFailure)
    {
        LoadFailure = loadFailure;
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

    /// <summary>
    /// Why the group's schema could not be loaded (an unexpected exception), or null. The group then has an empty
    /// schema: its operation files are parsed but neither validated nor generated.
    /// </summary>
    public Exception? LoadFailure { get; }

    public string MainSchemaPath => Sources.Count == 0 ? Directory : Sources[0].Path;

    public bool Equals(SchemaGroup? other) => other is not null && (ReferenceEquals(this, other) || Identity.Equals(other.Identity));

    public override bool Equals(object? obj) => Equals(obj as SchemaGroup);

    public override int GetHashCode() => Identity.GetHashCode();

    /// <summary>A group whose schema failed to load with <paramref name="failure"/>: an empty schema that no loaded schema equals.</summary>
    internal static SchemaGroup Unloaded(string directory, IReadOnlyList<SourceFile> sources, string? clientName, string? @namespace, Exception failure)
    {
        var fingerprint = "unloaded:" + directory + ":" + string.Join("|", sources.Select(s => s.Path + ":" + s.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var empty = new SchemaModel(new(StringComparer.Ordinal), new(StringComparer.Ordinal), null, null, null, null, Array.Empty<Diagnostics.GraphQLDiagnostic>(), fingerprint);
        return new SchemaGroup(directory, sources, empty, clientName, @namespace, failure);
    }

    /// <summary>True when both lists hold equal groups in the same order.</summary>
    public static bool SameGroups(IReadOnlyList<SchemaGroup> left, IReadOnlyList<SchemaGroup> right) => left.SequenceEqual(right);

    /// <summary>A hash of a list of groups, combined with <paramref name="seed"/>.</summary>
    public static int GroupsHashCode(IReadOnlyList<SchemaGroup> groups, int seed = 17) =>
        groups.Aggregate(seed, (hash, group) => unchecked((hash * 31) + group.GetHashCode()));
}

/// <summary>A schema group's folder, schema fingerprint and overrides.</summary>
public sealed record SchemaGroupIdentity(string Directory, string SchemaFingerprint, string? ClientNameOverride, string? NamespaceOverride);
