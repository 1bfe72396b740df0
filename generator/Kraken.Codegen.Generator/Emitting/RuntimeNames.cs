namespace Kraken.Codegen.Generator.Emitting;

/// <summary>The runtime's names the emitter composes into code (the templates spell the fixed ones in place).</summary>
internal static class RuntimeNames
{
    public const string Namespace = "global::Kraken.Codegen.Runtime";
    public const string Optional = Namespace + ".Optional";
    public const string Pagination = Namespace + ".GraphQLPagination";
    public const string ConnectionPage = Namespace + ".ConnectionPage";

    /// <summary>
    /// Every member name a class deriving from GraphQLJson inherits. The JSON classes of generated files derive from it to
    /// call its helpers by their short names, so their own members must take other names. A test keeps this list complete.
    /// </summary>
    public static readonly string[] GraphQLJsonMembers =
    {
        "ExpectStartObject", "ExpectStartArray", "PeekTypename", "NullForNonNull", "MissingField", "NullListItem", "Unexpected",
        "ReadString", "ReadId", "ReadInt32", "ReadInt64", "ReadDouble", "ReadBoolean", "ReadDecimal", "ReadDateTimeOffset",
        "ReadDateOnly", "ReadTimeOnly", "ReadGuid", "ReadUri", "ReadJsonElement",
        "WriteString", "WriteId", "WriteInt32", "WriteInt64", "WriteDouble", "WriteBoolean", "WriteDecimal", "WriteDateTimeOffset",
        "WriteMidnightAlignedDate", "WriteDateOnly", "WriteTimeOnly", "WriteGuid", "WriteUri", "WriteJsonElement",
        "NextProperty", "NextValue", "ReadEnum", "ReadList", "ReadListOfNullable", "ReadListOfNullableValues",
        "WriteEmptyObject", "WriteProperty", "WriteOptional", "WriteOptionalNullable", "WriteList", "WriteListOfNullable", "WriteListOfNullableValues", "WriteInputValue",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };
}
