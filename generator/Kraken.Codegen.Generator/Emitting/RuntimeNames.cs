namespace Kraken.Codegen.Generator.Emitting;

/// <summary>The runtime's types and helpers as generated code names them.</summary>
internal static class RuntimeNames
{
    public const string Namespace = "global::Kraken.Codegen.Runtime";
    public const string GraphQLJson = Namespace + ".Json.GraphQLJson";
    public const string ReadContext = Namespace + ".Json.GraphQLReadContext";
    public const string InputValue = Namespace + ".Json.IGraphQLInputValue";
    public const string Enum = Namespace + ".Json.IGraphQLEnum";
    public const string ReadException = Namespace + ".GraphQLResponseReadException";
    public const string Optional = Namespace + ".Optional";
    public const string Operation = Namespace + ".IGraphQLOperation";
    public const string Descriptor = Namespace + ".GraphQLOperationDescriptor";
    public const string OperationKind = Namespace + ".GraphQLOperationKind";
    public const string Executor = Namespace + ".IGraphQLExecutor";
    public const string Result = Namespace + ".GraphQLResult";
    public const string Pagination = Namespace + ".GraphQLPagination";
    public const string ConnectionPage = Namespace + ".ConnectionPage";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";

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
