using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// The C# interface of a named fragment while it is being bound: a property per response name, and a nested interface
/// per sub-selection. Records that spread the fragment implement it; their nested records implement the nested interfaces.
/// </summary>
internal sealed class InterfaceShape
{
    public InterfaceShape(InterfaceTypeSpec type) => Type = type;

    public InterfaceTypeSpec Type { get; }

    public string Name => Type.Path[Type.Path.Count - 1];

    public List<PropertySpec> Properties { get; } = new();

    /// <summary>Nested interfaces, keyed by the response name whose sub-selection they describe.</summary>
    public Dictionary<string, InterfaceShape> Nested { get; } = new(StringComparer.Ordinal);

    public InterfaceSpec ToSpec() => new(Name, Properties.ToEquatableArray(), Nested.Values.Select(n => n.ToSpec()).ToEquatableArray());
}

/// <summary>Computes, once per fragment, the interface shapes of a group's fragments.</summary>
internal sealed class FragmentInterfaces
{
    // Nested interfaces stop here; deeper sub-selections are typed as any JSON value (a fragment this deep is unheard of).
    private const int MaxNesting = 32;

    private static readonly string[] InterfaceMembers = { "Equals", "GetHashCode", "ToString", "GetType" };

    private readonly SchemaModel _schema;
    private readonly FragmentLibrary _library;
    private readonly TypeBinder _types;
    private readonly SelectionCollector _collector;
    private readonly Dictionary<string, InterfaceShape?> _shapes = new(StringComparer.Ordinal);

    public FragmentInterfaces(SchemaModel schema, FragmentLibrary library, TypeBinder types)
    {
        _schema = schema;
        _library = library;
        _types = types;
        _collector = new SelectionCollector(schema, library.Find);
    }

    /// <summary>The C# interface name of a fragment: <c>AccountFields</c> → <c>IAccountFields</c>.</summary>
    public static string InterfaceName(string fragmentName) => "I" + Identifiers.Pascal(fragmentName);

    public InterfaceShape? Get(string fragmentName)
    {
        if (_shapes.TryGetValue(fragmentName, out var cached))
        {
            return cached;
        }

        _shapes[fragmentName] = null; // guards against cycles in invalid documents
        var fragment = _library.Find(fragmentName);
        var condition = fragment is null ? null : _schema.GetType(fragment.Value.Node.TypeCondition.Type.Name.StringValue);
        if (fragment is null || condition is not { IsCompositeType: true })
        {
            return null;
        }

        var type = new InterfaceTypeSpec(condition.Name, new[] { InterfaceName(fragmentName) }.ToEquatableArray());
        var shape = Build(type, condition, new[] { new SelectionSetRef(fragment.Value.Node.SelectionSet, fragment.Value.Document, false) }, 0);
        _shapes[fragmentName] = shape;
        return shape;
    }

    private InterfaceShape Build(InterfaceTypeSpec interfaceType, NamedTypeDefinition type, IReadOnlyList<SelectionSetRef> sets, int depth)
    {
        var shape = new InterfaceShape(interfaceType);
        var members = new NameAllocator(InterfaceMembers.Concat(new[] { shape.Name }).ToArray());
        var (fields, _) = _collector.Collect(type, sets, _schema.GetPossibleTypes(type));
        var nestedNames = new NameAllocator(shape.Name);
        foreach (var field in fields)
        {
            members.Reserve("I" + Identifiers.Pascal(field.ResponseName));
        }

        foreach (var group in fields)
        {
            var propertyName = members.Allocate(Identifiers.Pascal(group.ResponseName));
            var fieldType = _schema.GetNamedType(group.Definition.Type);
            if (fieldType is null)
            {
                continue;
            }

            NamedTypeSpec named;
            if (fieldType.IsCompositeType && depth < MaxNesting)
            {
                var nestedName = nestedNames.Allocate("I" + Identifiers.Pascal(group.ResponseName));
                var nestedType = new InterfaceTypeSpec(fieldType.Name, interfaceType.Path.Concat(new[] { nestedName }).ToEquatableArray());
                var nested = Build(nestedType, fieldType, group.SubSelections, depth + 1);
                shape.Nested[group.ResponseName] = nested;
                named = nestedType;
            }
            else
            {
                named = _types.Leaf(fieldType);
            }

            shape.Properties.Add(new PropertySpec(
                group.ResponseName,
                propertyName,
                TypeBinder.Wrap(group.Definition.Type, named),
                group.AllConditional,
                group.Definition.Description,
                group.Definition.Deprecation?.SingleLineReason));
        }

        return shape;
    }
}
