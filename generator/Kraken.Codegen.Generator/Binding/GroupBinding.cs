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
        FragmentSources = fragments;
        ScalarMappings = scalarMappings;
        TakenTypeNames = takenTypeNames;
        Fragments = new FragmentLibrary(fragments);
        Types = new TypeBinder(group.Schema, new ScalarMap(scalarMappings), new HashSet<string>(takenTypeNames, StringComparer.Ordinal));
    }

    public SchemaGroup Group { get; }

    public SchemaModel Schema => Group.Schema;

    public string Namespace { get; }

    public EquatableArray<FragmentSource> FragmentSources { get; }

    public EquatableArray<ScalarMapping> ScalarMappings { get; }

    /// <summary>Names of other generated types (operation classes, the client) that an enum or input object of the schema would take.</summary>
    public EquatableArray<string> TakenTypeNames { get; }

    public FragmentLibrary Fragments { get; }

    public TypeBinder Types { get; }

    public bool Equals(GroupBinding? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Group.Equals(other.Group)
                && Namespace == other.Namespace
                && FragmentSources.Equals(other.FragmentSources)
                && ScalarMappings.Equals(other.ScalarMappings)
                && TakenTypeNames.Equals(other.TakenTypeNames)));

    public override bool Equals(object? obj) => Equals(obj as GroupBinding);

    public override int GetHashCode() => unchecked((Group.GetHashCode() * 31) + FragmentSources.GetHashCode());
}
