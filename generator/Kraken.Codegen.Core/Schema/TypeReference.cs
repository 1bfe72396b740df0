namespace Kraken.Codegen.Core.Schema;

/// <summary>A type as written at a use site: a named type, a list of something, or a non-null something.</summary>
public abstract class TypeReference : IEquatable<TypeReference>
{
    private protected TypeReference()
    {
    }

    /// <summary>The named type at the bottom of the list and non-null wrappers.</summary>
    public abstract string NamedType { get; }

    public bool IsNonNull => this is NonNullTypeReference;

    public bool IsList => Nullable is ListTypeReference;

    /// <summary>This type without its outer non-null wrapper.</summary>
    public TypeReference Nullable => this is NonNullTypeReference nonNull ? nonNull.OfType : this;

    public static TypeReference Named(string name) => new NamedTypeReference(name);

    public static TypeReference ListOf(TypeReference ofType) => new ListTypeReference(ofType);

    public static TypeReference NonNull(TypeReference ofType) =>
        ofType is NonNullTypeReference ? ofType : new NonNullTypeReference(ofType);

    public abstract bool Equals(TypeReference? other);

    public override bool Equals(object? obj) => obj is TypeReference other && Equals(other);

    public override int GetHashCode() => ToString().GetHashCode();

    /// <summary>The GraphQL spelling, for example <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

public sealed class NamedTypeReference : TypeReference
{
    public NamedTypeReference(string name) => Name = name;

    public string Name { get; }

    public override string NamedType => Name;

    public override bool Equals(TypeReference? other) => other is NamedTypeReference named && named.Name == Name;

    public override string ToString() => Name;
}

public sealed class ListTypeReference : TypeReference
{
    public ListTypeReference(TypeReference ofType) => OfType = ofType;

    public TypeReference OfType { get; }

    public override string NamedType => OfType.NamedType;

    public override bool Equals(TypeReference? other) => other is ListTypeReference list && list.OfType.Equals(OfType);

    public override string ToString() => "[" + OfType + "]";
}

public sealed class NonNullTypeReference : TypeReference
{
    public NonNullTypeReference(TypeReference ofType) => OfType = ofType;

    public TypeReference OfType { get; }

    public override string NamedType => OfType.NamedType;

    public override bool Equals(TypeReference? other) => other is NonNullTypeReference nonNull && nonNull.OfType.Equals(OfType);

    public override string ToString() => OfType + "!";
}
