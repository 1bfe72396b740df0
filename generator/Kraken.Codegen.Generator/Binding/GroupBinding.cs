using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// What binding needs from one schema group, built once when the group's inputs change: its schema, namespace,
/// parsed fragments, and the names of its schema-level types. Immutable; binding state lives in the binders.
/// </summary>
internal sealed class GroupBinding
{
    public GroupBinding(SchemaModel schema, string @namespace, FragmentLibrary fragments, TypeBinder types)
    {
        Schema = schema;
        Namespace = @namespace;
        Fragments = fragments;
        Types = types;
    }

    public SchemaModel Schema { get; }

    public string Namespace { get; }

    public FragmentLibrary Fragments { get; }

    public TypeBinder Types { get; }
}
