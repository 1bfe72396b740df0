using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// The C# interface of a named fragment: a property per response name, and a nested interface per sub-selection.
/// Records that spread the fragment implement it; their nested records implement the nested interfaces.
/// </summary>
internal sealed class InterfaceShape
{
    public InterfaceShape(string name, string fullName)
    {
        Name = name;
        FullName = fullName;
    }

    public string Name { get; }

    public string FullName { get; }

    public List<PropertySpec> Properties { get; } = new();

    /// <summary>Nested interfaces, keyed by the response name whose sub-selection they describe.</summary>
    public Dictionary<string, InterfaceShape> Nested { get; } = new(StringComparer.Ordinal);

    public InterfaceSpec ToSpec() => new(
        Name,
        FullName,
        Properties.ToEquatableArray(),
        Nested.Values.Select(n => n.ToSpec()).ToEquatableArray());
}

/// <summary>Computes (once per fragment) the interface shapes of a group's fragments.</summary>
internal sealed class FragmentShapes
{
    private readonly SchemaModel _schema;
    private readonly FragmentLibrary _library;
    private readonly ValueCode _values;
    private readonly SelectionCollector _collector;
    private readonly Dictionary<string, InterfaceShape?> _shapes = new(StringComparer.Ordinal);

    public FragmentShapes(SchemaModel schema, FragmentLibrary library, ValueCode values)
    {
        _schema = schema;
        _library = library;
        _values = values;
        _collector = new SelectionCollector(schema, library.Find);
    }

    /// <summary>The C# interface name of a fragment: <c>AccountFields</c> → <c>IAccountFields</c>.</summary>
    public static string InterfaceName(string fragmentName) => "I" + CSharpNames.Pascal(fragmentName);

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

        var name = InterfaceName(fragmentName);
        var shape = Build(name, _values.SchemaTypeName(name), condition, new[] { new SelectionSetRef(fragment.Value.Node.SelectionSet, fragment.Value.Document, false) }, 0);
        _shapes[fragmentName] = shape;
        return shape;
    }

    private InterfaceShape Build(string name, string fullName, NamedTypeDefinition type, IReadOnlyList<SelectionSetRef> sets, int depth)
    {
        var shape = new InterfaceShape(name, fullName);
        var members = new NameAllocator(name, "Equals", "GetHashCode", "ToString", "GetType");
        var (fields, _) = _collector.Collect(type, sets, _schema.GetPossibleTypes(type));
        var nestedNames = new NameAllocator(name);
        foreach (var field in fields)
        {
            members.Reserve("I" + CSharpNames.Pascal(field.ResponseName));
        }

        foreach (var group in fields)
        {
            var propertyName = members.Allocate(CSharpNames.Pascal(group.ResponseName));
            var fieldType = _schema.GetNamedType(group.Definition.Type);
            if (fieldType is null)
            {
                continue;
            }

            (string ClrType, bool IsValueType, string Read) named;
            if (fieldType.IsCompositeType && depth < 32)
            {
                var nestedName = nestedNames.Allocate("I" + CSharpNames.Pascal(group.ResponseName));
                var nested = Build(nestedName, fullName + "." + nestedName, fieldType, group.SubSelections, depth + 1);
                shape.Nested[group.ResponseName] = nested;
                named = (nested.FullName, false, string.Empty);
            }
            else
            {
                named = _values.Leaf(fieldType);
            }

            var value = _values.Output(group.Definition.Type, named, fullName, "Unused", new List<ListReaderSpec>());
            var nonNull = value.NonNull && !group.AllConditional;
            shape.Properties.Add(new PropertySpec(
                group.ResponseName,
                propertyName,
                nonNull ? value.NonNullType : value.NullableType,
                IsRequired: nonNull,
                DeclaredInBase: false,
                group.Definition.Description,
                group.Definition.Deprecation?.SingleLineReason,
                LocalName: string.Empty,
                LocalType: string.Empty,
                ReadExpression: string.Empty,
                WireNonNull: value.NonNull,
                GraphQLTypeText: group.Definition.Type.ToString()));
        }

        return shape;
    }
}
