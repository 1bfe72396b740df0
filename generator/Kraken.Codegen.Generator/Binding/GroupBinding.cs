using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;
using Kraken.Codegen.Generator.Pipeline;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// What binding an operation needs from its schema group: the schema, the namespace, the group's fragments, the scalar
/// mappings, and the generated type names that schema-level types must avoid. It compares by exactly these inputs, so
/// adding an operation elsewhere in the project leaves it equal (and every other operation's binding cached). The parsed
/// fragments and type names derived from them are built once, in the constructor; the value never changes afterwards.
/// </summary>
internal sealed class GroupBinding : IEquatable<GroupBinding>
{
    public GroupBinding(SchemaGroup group, string @namespace, EquatableArray<FragmentSource> fragments, EquatableArray<ScalarMapping> scalarMappings, EquatableArray<string> takenTypeNames)
    {
        Group = group;
        Namespace = @namespace;
        Key = new GroupBindingKey(group.Identity, @namespace, fragments, scalarMappings, takenTypeNames);
        Fragments = new FragmentLibrary(fragments);
        Types = new TypeBinder(group.Schema, new ScalarMap(scalarMappings), new HashSet<string>(takenTypeNames, StringComparer.Ordinal));
    }

    public SchemaGroup Group { get; }

    /// <summary>The inputs this value compares by, as plain values (holding no schema model).</summary>
    public GroupBindingKey Key { get; }

    public SchemaModel Schema => Group.Schema;

    public string Namespace { get; }

    public FragmentLibrary Fragments { get; }

    public TypeBinder Types { get; }

    public bool Equals(GroupBinding? other) => other is not null && (ReferenceEquals(this, other) || Key.Equals(other.Key));

    public override bool Equals(object? obj) => Equals(obj as GroupBinding);

    public override int GetHashCode() => Key.GetHashCode();
}

/// <summary>
/// What a <see cref="GroupBinding"/> is made from: the group's identity and the inputs of binding. <see cref="TakenTypeNames"/> are the names of other generated types (operation classes, the client) that an
/// enum or input object of the schema would take.
/// </summary>
internal sealed record GroupBindingKey(
    SchemaGroupIdentity Group,
    string Namespace,
    EquatableArray<FragmentSource> Fragments,
    EquatableArray<ScalarMapping> ScalarMappings,
    EquatableArray<string> TakenTypeNames);
