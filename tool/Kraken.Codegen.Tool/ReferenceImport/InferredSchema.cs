namespace Kraken.Codegen.Tool.ReferenceImport;

// The importer's own model of what it infers from the reference, written out as SDL by SdlWriter. It is deliberately
// not the core's SchemaModel: it holds only what the reference shows, in the order it shows it.

/// <summary>The kinds of type the reference can show (it never shows interfaces).</summary>
internal enum InferredTypeKind
{
    Object,
    Union,
    Enum,
    InputObject,
    Scalar,
}

/// <summary>A named type of the inferred schema.</summary>
internal sealed class InferredType
{
    public InferredType(string name, InferredTypeKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public InferredTypeKind Kind { get; }

    public string? Description { get; set; }

    /// <summary>Fields of an object type, in the order the reference first shows them.</summary>
    public List<InferredField> Fields { get; } = [];

    /// <summary>Members of a union, values of an enum, in order of first appearance.</summary>
    public List<string> Members { get; } = [];

    public InferredField? FindField(string name) => Fields.Find(field => field.Name == name);
}

/// <summary>A field of an inferred object type.</summary>
internal sealed class InferredField
{
    public InferredField(string name, InferredTypeRef type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public InferredTypeRef Type { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public List<InferredArgument> Arguments { get; } = [];
}

/// <summary>An argument of an inferred field, typed by the variable that feeds it.</summary>
internal sealed record InferredArgument(string Name, InferredTypeRef Type, string? Description);

/// <summary>The inferred schema of one endpoint: the Query type plus every type the operations need.</summary>
internal sealed class InferredSchema
{
    public static readonly IReadOnlySet<string> BuiltInScalars =
        new HashSet<string>(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public InferredSchema(string? queryDescription)
    {
        Query = new InferredType("Query", InferredTypeKind.Object) { Description = queryDescription };
    }

    public InferredType Query { get; }

    public SortedDictionary<string, InferredType> Types { get; } = new(StringComparer.Ordinal);

    public InferredType? Find(string name) =>
        name == Query.Name ? Query : Types.GetValueOrDefault(name);
}
