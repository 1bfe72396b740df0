using GraphQLParser.AST;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Schema;

public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>A directive applied in the schema (kept so that tools can print and compare schemas).</summary>
public sealed class AppliedDirective
{
    public AppliedDirective(string name, IReadOnlyList<(string Name, GraphQLValue Value)> arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public string Name { get; }

    public IReadOnlyList<(string Name, GraphQLValue Value)> Arguments { get; }
}

/// <summary>Something defined in the schema: a type, field, argument, input field, enum value or directive.</summary>
public abstract class SchemaElement
{
    private protected SchemaElement(string name) => Name = name;

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>Where it was defined; null for built-ins and introspection results.</summary>
    public SourceLocation? Location { get; internal set; }

    public override string ToString() => Name;
}

/// <summary>A named type of any kind.</summary>
public abstract class NamedTypeDefinition : SchemaElement
{
    private protected NamedTypeDefinition(string name, TypeKind kind)
        : base(name) => Kind = kind;

    public TypeKind Kind { get; }

    /// <summary>True for the specified scalars and the introspection types.</summary>
    public bool IsBuiltIn { get; internal set; }

    public List<AppliedDirective> Directives { get; } = new();

    public bool IsInputType => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    public bool IsOutputType => Kind is not TypeKind.InputObject;

    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;
}

public sealed class ScalarTypeDefinition : NamedTypeDefinition
{
    public ScalarTypeDefinition(string name)
        : base(name, TypeKind.Scalar)
    {
    }

    /// <summary>The URL given by <c>@specifiedBy</c>, if any.</summary>
    public string? SpecifiedByUrl { get; internal set; }
}

/// <summary>An object or an interface: both have fields and may implement interfaces.</summary>
public abstract class FieldsTypeDefinition : NamedTypeDefinition
{
    private protected FieldsTypeDefinition(string name, TypeKind kind)
        : base(name, kind)
    {
    }

    /// <summary>Fields in declaration order.</summary>
    public OrderedMap<FieldDefinition> Fields { get; } = new();

    /// <summary>Names of the interfaces it implements, in declaration order.</summary>
    public List<string> Interfaces { get; } = new();
}

public sealed class ObjectTypeDefinition : FieldsTypeDefinition
{
    public ObjectTypeDefinition(string name)
        : base(name, TypeKind.Object)
    {
    }
}

public sealed class InterfaceTypeDefinition : FieldsTypeDefinition
{
    public InterfaceTypeDefinition(string name)
        : base(name, TypeKind.Interface)
    {
    }
}

public sealed class UnionTypeDefinition : NamedTypeDefinition
{
    public UnionTypeDefinition(string name)
        : base(name, TypeKind.Union)
    {
    }

    public List<string> Members { get; } = new();
}

public sealed class EnumTypeDefinition : NamedTypeDefinition
{
    public EnumTypeDefinition(string name)
        : base(name, TypeKind.Enum)
    {
    }

    public OrderedMap<EnumValueDefinition> Values { get; } = new();
}

public sealed class InputObjectTypeDefinition : NamedTypeDefinition
{
    public InputObjectTypeDefinition(string name)
        : base(name, TypeKind.InputObject)
    {
    }

    public OrderedMap<InputValueDefinition> Fields { get; } = new();

    /// <summary>True when marked <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }
}

public sealed class FieldDefinition : SchemaElement
{
    public FieldDefinition(string name, TypeReference type, string declaringType)
        : base(name)
    {
        Type = type;
        DeclaringType = declaringType;
    }

    public TypeReference Type { get; internal set; }

    public string DeclaringType { get; }

    public OrderedMap<InputValueDefinition> Arguments { get; } = new();

    public Deprecation? Deprecation { get; internal set; }

    /// <summary>The schema coordinate, for example <c>Query.account</c>.</summary>
    public string Coordinate => DeclaringType + "." + Name;
}

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition : SchemaElement
{
    public InputValueDefinition(string name, TypeReference type, string coordinate)
        : base(name)
    {
        Type = type;
        Coordinate = coordinate;
    }

    public TypeReference Type { get; internal set; }

    /// <summary>The default value as a GraphQL literal, or null when there is none.</summary>
    public GraphQLValue? DefaultValue { get; internal set; }

    /// <summary>The default value printed as GraphQL, or null.</summary>
    public string? DefaultValueText { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Non-null and without a default: the caller must provide it.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;

    public Deprecation? Deprecation { get; internal set; }

    /// <summary>The schema coordinate, for example <c>Query.account(accountNumber:)</c> or <c>AccountInput.number</c>.</summary>
    public string Coordinate { get; }
}

public sealed class EnumValueDefinition : SchemaElement
{
    public EnumValueDefinition(string name, string enumType)
        : base(name) => EnumType = enumType;

    public string EnumType { get; }

    public Deprecation? Deprecation { get; internal set; }
}

public sealed class DirectiveDefinition : SchemaElement
{
    public DirectiveDefinition(string name)
        : base(name)
    {
    }

    public OrderedMap<InputValueDefinition> Arguments { get; } = new();

    public List<DirectiveLocation> Locations { get; } = new();

    public bool IsRepeatable { get; internal set; }

    public bool IsBuiltIn { get; internal set; }
}
