using GraphQLParser.AST;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>
/// A type reference of the inferred schema: a named type wrapped in lists and non-null markers, read from the
/// reference's <c>Type:</c> lines and variable declarations.
/// </summary>
internal sealed record InferredTypeRef
{
    private InferredTypeRef(string? name, InferredTypeRef? inner, bool isList, bool isNonNull)
    {
        Name = name;
        Inner = inner;
        IsList = isList;
        IsNonNull = isNonNull;
    }

    /// <summary>The named type, for a type reference that is not a wrapper.</summary>
    public string? Name { get; }

    public InferredTypeRef? Inner { get; }

    public bool IsList { get; }

    public bool IsNonNull { get; }

    public static InferredTypeRef Named(string name) => new(name, null, false, false);

    public static InferredTypeRef ListOf(InferredTypeRef item) => new(null, item, true, false);

    public static InferredTypeRef NonNull(InferredTypeRef type) => type.IsNonNull ? type : new InferredTypeRef(null, type, false, true);

    /// <summary>The named type at the core of the wrappers.</summary>
    public string NamedType => Name ?? Inner!.NamedType;

    /// <summary>The same wrappers around another named type.</summary>
    public InferredTypeRef WithNamedType(string name) =>
        Name is not null ? Named(name)
        : IsList ? ListOf(Inner!.WithNamedType(name))
        : NonNull(Inner!.WithNamedType(name));

    public bool HasList => IsList || Inner is { } inner && inner.HasList;

    public override string ToString() =>
        Name ?? (IsList ? $"[{Inner}]" : $"{Inner}!");

    /// <summary>Reads SDL type text such as <c>[DefaultElectricitySupplierType!]</c>; null when malformed.</summary>
    public static InferredTypeRef? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('!'))
        {
            return Parse(trimmed[..^1]) is { } inner && !inner.IsNonNull ? NonNull(inner) : null;
        }

        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            return Parse(trimmed[1..^1]) is { } item ? ListOf(item) : null;
        }

        return IsName(trimmed) ? Named(trimmed) : null;
    }

    public static InferredTypeRef FromAst(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NonNull(FromAst(nonNull.Type)),
        GraphQLListType list => ListOf(FromAst(list.Type)),
        GraphQLNamedType named => Named(named.Name.StringValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "unknown type node"),
    };

    private static bool IsName(string text)
    {
        if (text.Length == 0 || !(text[0] == '_' || char.IsAsciiLetter(text[0])))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(c == '_' || char.IsAsciiLetterOrDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
