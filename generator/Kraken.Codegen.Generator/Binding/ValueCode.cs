using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>The C# shape of a GraphQL value at one position: its types and the expression that reads it.</summary>
internal sealed record ValueShape(string NonNullType, string NullableType, string ReadExpression, bool NonNull)
{
    /// <summary>The C# type as declared: nullable unless the GraphQL type is non-null.</summary>
    public string Type => NonNull ? NonNullType : NullableType;
}

/// <summary>Builds the C# types and the JSON reading and writing code for GraphQL types, lists and nullability included.</summary>
internal sealed class ValueCode
{
    public const string Json = "global::Kraken.Codegen.Runtime.Json.GraphQLJson";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    private readonly SchemaModel _schema;
    private readonly ScalarMap _scalars;
    private readonly string _namespace;
    private readonly IReadOnlyCollection<string> _takenTypeNames;

    /// <param name="takenTypeNames">
    /// Names already used by other generated types of the namespace (operation classes, the client, its error codes);
    /// an enum or input object whose name would clash gets a suffix instead.
    /// </param>
    public ValueCode(SchemaModel schema, ScalarMap scalars, string @namespace, IReadOnlyCollection<string>? takenTypeNames = null)
    {
        _schema = schema;
        _scalars = scalars;
        _namespace = @namespace;
        _takenTypeNames = takenTypeNames ?? Array.Empty<string>();
    }

    /// <summary>Fully qualified name of a schema-level generated type (enum, input object, fragment interface).</summary>
    public string SchemaTypeName(string simpleName) => "global::" + (_namespace.Length == 0 ? string.Empty : _namespace + ".") + simpleName;

    public string EnumTypeName(string graphQLName) => SchemaTypeName(EnumSimpleName(graphQLName));

    public string InputTypeName(string graphQLName) => SchemaTypeName(InputSimpleName(graphQLName));

    /// <summary>The C# name of an enum: its PascalCase name, or with an <c>Enum</c> suffix when another generated type has that name.</summary>
    public string EnumSimpleName(string graphQLName) => Unclashed(CSharpNames.Pascal(graphQLName), "Enum");

    /// <summary>The C# name of an input object: its PascalCase name, or with an <c>Input</c> suffix when another generated type has that name.</summary>
    public string InputSimpleName(string graphQLName) => Unclashed(CSharpNames.Pascal(graphQLName), "Input");

    private string Unclashed(string name, string suffix) =>
        _takenTypeNames.Contains(name) ? (_takenTypeNames.Contains(name + suffix) ? name + suffix + "Type" : name + suffix) : name;

    /// <summary>
    /// The shape of an output value of <paramref name="type"/>. <paramref name="leafOrRecord"/> gives the C# type and reader of the
    /// named type; each list level adds a reader method to <paramref name="listReaders"/> named after <paramref name="methodBase"/>.
    /// </summary>
    public ValueShape Output(TypeReference type, (string ClrType, bool IsValueType, string Read) named, string owner, string methodBase, List<ListReaderSpec> listReaders, int depth = 0)
    {
        switch (type)
        {
            case NonNullTypeReference nonNull:
                return Output(nonNull.OfType, named, owner, methodBase, listReaders, depth) with { NonNull = true };
            case ListTypeReference list:
                var element = Output(list.OfType, named, owner, methodBase, listReaders, depth + 1);
                var method = depth == 0 ? methodBase : methodBase + "Items" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var listType = ReadOnlyList + "<" + element.Type + ">";
                listReaders.Add(new ListReaderSpec(method, listType, element.Type, element.NullableType, element.ReadExpression, element.NonNull, list.OfType.ToString()));
                return new ValueShape(listType, listType + "?", owner + "." + method + "(ref reader)", NonNull: false);
            default:
                return new ValueShape(named.ClrType, named.ClrType + "?", named.Read, NonNull: false);
        }
    }

    /// <summary>The C# type and reader of a leaf (scalar or enum) type.</summary>
    public (string ClrType, bool IsValueType, string Read) Leaf(NamedTypeDefinition type)
    {
        if (type is EnumTypeDefinition)
        {
            var name = EnumTypeName(type.Name);
            return (name, true, name + ".ReadJson(ref reader)");
        }

        var scalar = _scalars.Get(type.Name);
        return (scalar.ClrType, scalar.IsValueType, scalar.Read());
    }

    /// <summary>The C# type of an input value of <paramref name="type"/> (variables and input object fields).</summary>
    public string InputType(TypeReference type) => type switch
    {
        NonNullTypeReference nonNull => InputNonNullType(nonNull.OfType),
        _ => InputNonNullType(type) + "?",
    };

    private string InputNonNullType(TypeReference type) => type switch
    {
        NonNullTypeReference nonNull => InputNonNullType(nonNull.OfType),
        ListTypeReference list => ReadOnlyList + "<" + InputType(list.OfType) + ">",
        _ => InputNamedType(type.NamedType),
    };

    private string InputNamedType(string name) => _schema.GetType(name) switch
    {
        EnumTypeDefinition => EnumTypeName(name),
        InputObjectTypeDefinition => InputTypeName(name),
        _ => _scalars.Get(name).ClrType,
    };

    /// <summary>Statements writing <paramref name="expression"/> of GraphQL type <paramref name="type"/> with <c>writer</c>.</summary>
    public string Write(TypeReference type, string expression, int depth = 0)
    {
        if (type is NonNullTypeReference nonNull)
        {
            return WriteNonNull(nonNull.OfType, expression, depth);
        }

        var local = "value" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"if ({expression} is {{ }} {local}) {{ {WriteNonNull(type, local, depth + 1)} }} else {{ writer.WriteNullValue(); }}";
    }

    private string WriteNonNull(TypeReference type, string expression, int depth)
    {
        if (type is ListTypeReference list)
        {
            var item = "item" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"writer.WriteStartArray(); foreach (var {item} in {expression}) {{ {Write(list.OfType, item, depth + 1)} }} writer.WriteEndArray();";
        }

        return _schema.GetType(type.NamedType) switch
        {
            EnumTypeDefinition or InputObjectTypeDefinition => $"{expression}.WriteJson(writer);",
            _ => _scalars.Get(type.NamedType).Write(expression),
        };
    }
}
