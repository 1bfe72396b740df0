using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>
/// Spells the model's types as C#: CLR types of scalars, generated types by the shortest name that is right where the
/// code stands (see <see cref="CodeScope"/>), lists as <c>IReadOnlyList&lt;T&gt;</c>, nullability with <c>?</c>.
/// </summary>
internal sealed class TypeSyntax
{
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    private readonly CodeScope _namespace;
    private readonly CodeScope? _operation;

    /// <param name="namespaceScope">Where enums, input objects and fragment interfaces are declared.</param>
    /// <param name="operationScope">Where an operation's records are declared (null outside an operation's file).</param>
    public TypeSyntax(CodeScope namespaceScope, CodeScope? operationScope = null)
    {
        _namespace = namespaceScope;
        _operation = operationScope;
    }

    /// <summary>The type as declared at <paramref name="scope"/>, nullable where the GraphQL type is.</summary>
    public string Spell(TypeRef type, CodeScope scope)
    {
        var text = Named(type.Named, scope) + (type.NonNullLevels[type.ListDepth] ? string.Empty : "?");
        for (var level = type.ListDepth - 1; level >= 0; level--)
        {
            text = ReadOnlyList + "<" + text + ">" + (type.NonNullLevels[level] ? string.Empty : "?");
        }

        return text;
    }

    /// <summary>The named type at <paramref name="scope"/>.</summary>
    public string Named(NamedTypeSpec named, CodeScope scope) => named switch
    {
        ScalarTypeSpec scalar => ScalarSyntax.ClrType(scalar.Scalar),
        EnumTypeSpec enumType => scope.Spell(_namespace, enumType.Name),
        InputObjectTypeSpec input => scope.Spell(_namespace, input.Name),
        RecordTypeSpec record => scope.Spell(_operation ?? throw new InvalidOperationException("Records exist only in an operation's file."), record.Name),
        InterfaceTypeSpec fragment => scope.Spell(_namespace, fragment.Path[0]) + string.Concat(fragment.Path.Skip(1).Select(segment => "." + segment)),
        _ => throw new ArgumentOutOfRangeException(nameof(named), named.GetType().Name, "Unknown named type."),
    };

    /// <summary>True when the type's CLR form is a struct (so that its nullable form is <c>Nullable&lt;T&gt;</c>).</summary>
    public static bool IsValueType(TypeRef type) => !type.IsList && type.Named switch
    {
        ScalarTypeSpec scalar => scalar.Scalar.IsValueType,
        EnumTypeSpec => true,
        _ => false,
    };
}

/// <summary>The CLR types of scalars and the runtime's methods that read and write them.</summary>
internal static class ScalarSyntax
{
    public static string ClrType(ScalarSpec scalar) => scalar.Kind switch
    {
        ScalarKind.String or ScalarKind.Id => "string",
        ScalarKind.Int32 => "int",
        ScalarKind.Int64 => "long",
        ScalarKind.Double => "double",
        ScalarKind.Boolean => "bool",
        ScalarKind.Decimal => "decimal",
        ScalarKind.DateTimeOffset or ScalarKind.MidnightAlignedDate => "global::System.DateTimeOffset",
        ScalarKind.DateOnly => "global::System.DateOnly",
        ScalarKind.TimeOnly => "global::System.TimeOnly",
        ScalarKind.Guid => "global::System.Guid",
        ScalarKind.JsonElement => "global::System.Text.Json.JsonElement",
        _ => Qualified(scalar.CustomClrType!),
    };

    /// <summary>The method group that reads the scalar where the reader stands (short names: the caller derives from GraphQLJson).</summary>
    public static string Reader(ScalarSpec scalar) => scalar.Kind switch
    {
        ScalarKind.Custom => Converter(scalar.CustomConverter!) + ".Read",
        ScalarKind.MidnightAlignedDate => "ReadDateTimeOffset",
        _ => "Read" + scalar.Kind,
    };

    /// <summary>The method group that writes a non-null value of the scalar.</summary>
    public static string Writer(ScalarSpec scalar) => scalar.Kind switch
    {
        ScalarKind.Custom => Converter(scalar.CustomConverter!) + ".Write",
        _ => "Write" + scalar.Kind,
    };

    // A user's type or converter written with a namespace is taken from the global namespace, so that no generated
    // name can hide it; keywords and unqualified names (long, int) are left as written.
    private static string Converter(string name) => name.StartsWith("global::", StringComparison.Ordinal) ? name : "global::" + name;

    private static string Qualified(string name) =>
        name.Contains(".") && !name.StartsWith("global::", StringComparison.Ordinal) ? "global::" + name : name;
}
