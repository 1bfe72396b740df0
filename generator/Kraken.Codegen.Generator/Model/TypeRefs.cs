using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>
/// A GraphQL type as the generated code sees it: a named type inside zero or more lists, with the nullability of each
/// level. <c>[[String]!]</c> is <c>String</c> with <see cref="NonNullLevels"/> [false, true, false]: a nullable list of
/// non-null lists of nullable strings.
/// </summary>
public sealed record TypeRef(NamedTypeSpec Named, EquatableArray<bool> NonNullLevels)
{
    /// <summary>How many lists wrap the named type.</summary>
    public int ListDepth => NonNullLevels.Count - 1;

    public bool IsList => ListDepth > 0;

    /// <summary>Whether the outermost level is non-null.</summary>
    public bool IsNonNull => NonNullLevels[0];

    /// <summary>The type of a list's items (only for lists).</summary>
    public TypeRef ItemType => IsList
        ? new TypeRef(Named, NonNullLevels.Skip(1).ToEquatableArray())
        : throw new InvalidOperationException("Not a list type.");

    /// <summary>The same type with a nullable outermost level.</summary>
    public TypeRef AsNullable() => IsNonNull ? new TypeRef(Named, NonNullLevels.Select((nonNull, level) => level > 0 && nonNull).ToEquatableArray()) : this;

    /// <summary>The type as GraphQL writes it, for messages: <c>[[String]!]</c>.</summary>
    public string GraphQLText
    {
        get
        {
            var text = Named.GraphQLName + (NonNullLevels[ListDepth] ? "!" : string.Empty);
            for (var level = ListDepth - 1; level >= 0; level--)
            {
                text = "[" + text + "]" + (NonNullLevels[level] ? "!" : string.Empty);
            }

            return text;
        }
    }
}

/// <summary>The named type at the bottom of a <see cref="TypeRef"/>.</summary>
public abstract record NamedTypeSpec(string GraphQLName);

/// <summary>A scalar, with its mapping to a CLR type.</summary>
public sealed record ScalarTypeSpec(string GraphQLName, ScalarSpec Scalar) : NamedTypeSpec(GraphQLName);

/// <summary>A schema enum, generated as a struct of the namespace named <see cref="Name"/>.</summary>
public sealed record EnumTypeSpec(string GraphQLName, string Name) : NamedTypeSpec(GraphQLName);

/// <summary>A schema input object, generated as a record of the namespace named <see cref="Name"/>.</summary>
public sealed record InputObjectTypeSpec(string GraphQLName, string Name) : NamedTypeSpec(GraphQLName);

/// <summary>A selection set's record, declared in its operation's class under <see cref="Name"/>.</summary>
public sealed record RecordTypeSpec(string GraphQLName, string Name) : NamedTypeSpec(GraphQLName);

/// <summary>
/// A fragment's interface or one of its nested interfaces: <see cref="Path"/> is <c>[IUserFields]</c> for the
/// fragment's own interface and <c>[IUserFields, IOwner]</c> for the interface of its <c>owner</c> selection.
/// </summary>
public sealed record InterfaceTypeSpec(string GraphQLName, EquatableArray<string> Path) : NamedTypeSpec(GraphQLName);

/// <summary>The CLR types the runtime reads and writes for the built-in and Kraken scalars (see the README's table).</summary>
public enum ScalarKind
{
    String,
    Id,
    Int32,
    Int64,
    Double,
    Boolean,
    Decimal,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    Guid,
    JsonElement,

    /// <summary>Read as a date and time; written as its date (<c>yyyy-MM-dd</c>), as Kraken's <c>IndustryMidnightAlignedDateField</c> expects.</summary>
    MidnightAlignedDate,

    /// <summary>The user's own mapping: <see cref="ScalarSpec.CustomClrType"/> read and written by <see cref="ScalarSpec.CustomConverter"/>.</summary>
    Custom,
}

/// <summary>How one scalar is represented: a built-in kind, or the user's CLR type and converter as written in the project file.</summary>
public sealed record ScalarSpec(ScalarKind Kind, string? CustomClrType = null, string? CustomConverter = null, bool CustomIsValueType = false)
{
    /// <summary>True when the CLR type is a struct, so that its nullable form is <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType => Kind switch
    {
        ScalarKind.String or ScalarKind.Id => false,
        ScalarKind.Custom => CustomIsValueType,
        _ => true,
    };
}
