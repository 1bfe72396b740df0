namespace Kraken.Codegen.Tool.ReferenceImport;

internal enum NamedTypeKind
{
    Object,
    Union,
    Enum,
    InputObject,
    Scalar,
}

/// <summary>A named type of the imported schema.</summary>
internal sealed class NamedTypeModel
{
    public NamedTypeModel(string name, NamedTypeKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public NamedTypeKind Kind { get; }

    public string? Description { get; set; }

    /// <summary>Fields of an object type, in the order the reference first shows them.</summary>
    public List<FieldModel> Fields { get; } = [];

    /// <summary>Members of a union, values of an enum, in order of first appearance.</summary>
    public List<string> Members { get; } = [];

    public FieldModel? FindField(string name) => Fields.Find(field => field.Name == name);
}

internal sealed class FieldModel
{
    public FieldModel(string name, TypeRef type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public TypeRef Type { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public List<ArgumentModel> Arguments { get; } = [];
}

internal sealed record ArgumentModel(string Name, TypeRef Type, string? Description);

/// <summary>The schema of one endpoint: the Query type plus every type the operations need.</summary>
internal sealed class SchemaModel
{
    public static readonly IReadOnlySet<string> BuiltInScalars =
        new HashSet<string>(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public SchemaModel(string? queryDescription)
    {
        Query = new NamedTypeModel("Query", NamedTypeKind.Object) { Description = queryDescription };
    }

    public NamedTypeModel Query { get; }

    public SortedDictionary<string, NamedTypeModel> Types { get; } = new(StringComparer.Ordinal);

    public NamedTypeModel? Find(string name) =>
        name == Query.Name ? Query : Types.GetValueOrDefault(name);
}
