using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>When a change of a field's or an input's type is safe (the rows "field type changed" and "argument type changed").</summary>
internal static class TypeChangeRules
{
    /// <summary>Output side: safe only if the named type stays and non-null is only added (<c>String</c> → <c>String!</c>, <c>[A]</c> → <c>[A!]!</c>).</summary>
    public static bool IsSafeOutputChange(TypeReference oldType, TypeReference newType)
    {
        if (newType is NonNullTypeReference newNonNull)
        {
            return IsSafeOutputChange(oldType is NonNullTypeReference oldNonNull ? oldNonNull.OfType : oldType, newNonNull.OfType);
        }

        return (oldType, newType) switch
        {
            (NonNullTypeReference, _) => false, // non-null removed: clients may now receive null
            (ListTypeReference oldList, ListTypeReference newList) => IsSafeOutputChange(oldList.OfType, newList.OfType),
            (NamedTypeReference oldNamed, NamedTypeReference newNamed) => oldNamed.Name == newNamed.Name,
            _ => false,
        };
    }

    /// <summary>Input side: safe only if non-null is only removed (<c>String!</c> → <c>String</c>); adding non-null or changing list depth breaks.</summary>
    public static bool IsSafeInputChange(TypeReference oldType, TypeReference newType)
    {
        if (oldType is NonNullTypeReference oldNonNull)
        {
            return IsSafeInputChange(oldNonNull.OfType, newType is NonNullTypeReference newNonNull ? newNonNull.OfType : newType);
        }

        return (oldType, newType) switch
        {
            (_, NonNullTypeReference) => false, // non-null added: callers that send null or omit it fail
            (ListTypeReference oldList, ListTypeReference newList) => IsSafeInputChange(oldList.OfType, newList.OfType),
            (NamedTypeReference oldNamed, NamedTypeReference newNamed) => oldNamed.Name == newNamed.Name,
            _ => false,
        };
    }
}
