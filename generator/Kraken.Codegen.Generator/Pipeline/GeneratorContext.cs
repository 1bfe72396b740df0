using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// Everything binding needs besides the operation itself: the schema groups, the fragments and the settings.
/// It compares by value (schema fingerprints, fragment texts, settings), so an edit that changes none of them
/// leaves every operation's binding cached. Parsed fragments and scalar maps are built lazily, once per context.
/// </summary>
internal sealed class GeneratorContext : IEquatable<GeneratorContext>
{
    private readonly Dictionary<string, (FragmentLibrary Library, ScalarMap Scalars)> _perGroup = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public GeneratorContext(IReadOnlyList<SchemaGroup> groups, EquatableArray<FragmentSource> fragments, EquatableArray<OperationIdentity> operations, GeneratorSettings settings)
    {
        Groups = groups;
        Fragments = fragments;
        Operations = operations;
        Settings = settings;
    }

    /// <summary>Every operation's name and place (not its text, so editing an operation's body leaves this equal).</summary>
    public EquatableArray<OperationIdentity> Operations { get; }

    /// <summary>
    /// The hint name of an operation's file. Hint names compare without regard to case, so operations whose class
    /// names differ only in case (the Kraken reference has such a pair) get a number, in path order.
    /// </summary>
    public string OperationHintName(SchemaGroup group, OperationSource operation, string className)
    {
        var clashing = Operations
            .Where(o => o.GroupDirectory == operation.GroupDirectory
                && string.Equals(Binding.OperationBinder.ClassName(o.Name, o.Kind), className, StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .ThenBy(o => o.Ordinal)
            .ToList();

        // The ordinal tells apart an operation written twice (invalid, KGQL0203, but never a generator crash: two
        // files with one hint name are CS8785).
        var index = clashing.FindIndex(o => o.Path == operation.Path && o.Name == operation.Name && o.Ordinal == operation.Ordinal);
        var suffix = index > 0 ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return HintPrefixOf(group) + className + suffix + ".g.cs";
    }

    public IReadOnlyList<SchemaGroup> Groups { get; }

    public EquatableArray<FragmentSource> Fragments { get; }

    public GeneratorSettings Settings { get; }

    public string NamespaceOf(SchemaGroup group)
    {
        if (group.NamespaceOverride is { } explicitNamespace)
        {
            return explicitNamespace;
        }

        // Several schemas in one project: each gets its own namespace, so their types never collide.
        if (Groups.Count > 1)
        {
            return Settings.Namespace.Length == 0 ? group.FolderName : Settings.Namespace + "." + group.FolderName;
        }

        return Settings.Namespace;
    }

    public string ClientNameOf(SchemaGroup group) =>
        group.ClientNameOverride ?? (Groups.Count == 1 ? Settings.ClientName : null) ?? group.FolderName + "Client";

    /// <summary>A prefix that keeps hint names unique across groups (two folders may hold files of the same name).</summary>
    public string HintPrefixOf(SchemaGroup group)
    {
        var index = 0;
        foreach (var other in Groups)
        {
            if (ReferenceEquals(other, group))
            {
                break;
            }

            if (other.FolderName == group.FolderName)
            {
                index++;
            }
        }

        return group.FolderName + (index == 0 ? string.Empty : index.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".";
    }

    public (FragmentLibrary Library, ScalarMap Scalars) ResourcesOf(SchemaGroup group)
    {
        lock (_lock)
        {
            if (!_perGroup.TryGetValue(group.Directory, out var resources))
            {
                var fragments = Fragments.Where(f => SchemaGroups.Find(Groups, f.GroupDirectory) == group);
                resources = (new FragmentLibrary(fragments), new ScalarMap(Settings.ScalarMappings));
                _perGroup.Add(group.Directory, resources);
            }

            return resources;
        }
    }

    public OperationBinder CreateBinder(SchemaGroup group)
    {
        var (library, scalars) = ResourcesOf(group);
        return new OperationBinder(group.Schema, scalars, NamespaceOf(group), library, TakenTypeNamesOf(group));
    }

    /// <summary>
    /// The names of the group's operation classes, client and error-code class: schema-level types (enums, input
    /// objects) share their namespace and must not take them. Built from names only, so editing an operation's body
    /// changes nothing here.
    /// </summary>
    public IReadOnlyCollection<string> TakenTypeNamesOf(SchemaGroup group)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ClientNameOf(group), ErrorCodesNameOf(group) };
        foreach (var operation in Operations.Where(o => SchemaGroups.Find(Groups, o.GroupDirectory) == group && o.Name.Length > 0))
        {
            names.Add(Binding.OperationBinder.ClassName(operation.Name, operation.Kind));
        }

        return names;
    }

    /// <summary><c>KrakenOegClient</c> → <c>KrakenOegErrorCodes</c>.</summary>
    public string ErrorCodesNameOf(SchemaGroup group)
    {
        var clientName = ClientNameOf(group);
        var baseName = clientName.EndsWith("Client", StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - "Client".Length) : clientName;
        return (baseName.Length == 0 ? "GraphQL" : baseName) + "ErrorCodes";
    }

    public bool Equals(GeneratorContext? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Settings.Equals(other.Settings)
            && Fragments.Equals(other.Fragments)
            && Operations.Equals(other.Operations)
            && Groups.Count == other.Groups.Count
            && Groups.Zip(other.Groups, (a, b) =>
                a.Directory == b.Directory
                && a.Schema.Fingerprint == b.Schema.Fingerprint
                && a.ClientNameOverride == b.ClientNameOverride
                && a.NamespaceOverride == b.NamespaceOverride).All(same => same);
    }

    public override bool Equals(object? obj) => Equals(obj as GeneratorContext);

    public override int GetHashCode() => Groups.Aggregate(Fragments.GetHashCode(), (hash, group) => unchecked((hash * 31) + group.Schema.Fingerprint.GetHashCode()));
}
