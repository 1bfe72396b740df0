using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>
/// Everything needed to emit one operation's file, as plain values: names are final, C# types are spelled out,
/// and the JSON code of each member is ready. Equal specs produce equal files, so an unchanged spec lets the
/// incremental pipeline skip emission.
/// </summary>
public sealed record OperationSpec(
    string HintName,
    string Namespace,
    string ClassName,
    string OperationName,
    string OperationKind,
    string Document,
    string Sha256Hash,
    EquatableArray<string> ErrorCodes,
    EquatableArray<VariableSpec> Variables,
    EquatableArray<RecordSpec> Records)
{
    public bool HasVariables => !Variables.IsEmpty;
}

/// <summary>One variable of an operation: a property of the generated Variables record and a client method parameter.</summary>
public sealed record VariableSpec(
    string GraphQLName,
    string GraphQLType,
    string PropertyName,
    string ParameterName,
    string CSharpType,
    bool IsRequired,
    string WriteStatement,
    string? DefaultValueText);

/// <summary>The kind of record emitted for a selection set.</summary>
public enum RecordKind
{
    /// <summary>A plain sealed record.</summary>
    Sealed,

    /// <summary>The abstract base of a closed family (a selection on an interface or union with type conditions).</summary>
    AbstractBase,

    /// <summary>One concrete member of a family, or its unknown-type case.</summary>
    FamilyCase,
}

/// <summary>
/// One generated record: the type of a selection set at one response path. Family cases are emitted nested
/// inside their base record (<see cref="Cases"/>), everything else directly inside the operation class.
/// </summary>
public sealed record RecordSpec(
    string Name,
    string FullName,
    RecordKind Kind,
    string? BaseFullName,
    string GraphQLType,
    string? Description,
    bool IsUnknownCase,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<string> Interfaces,
    EquatableArray<ExplicitMemberSpec> ExplicitMembers,
    EquatableArray<RecordSpec> Cases,
    EquatableArray<ListReaderSpec> ListReaders);

/// <summary>A property of a generated record or interface, with what its JSON reading needs.</summary>
public sealed record PropertySpec(
    string ResponseName,
    string PropertyName,
    string CSharpType,
    bool IsRequired,
    bool DeclaredInBase,
    string? Description,
    string? ObsoleteMessage,
    string LocalName,
    string LocalType,
    string ReadExpression,
    bool WireNonNull,
    string GraphQLTypeText);

/// <summary>A generated method reading one list level: <c>[T]</c> into <c>IReadOnlyList&lt;T&gt;</c>.</summary>
public sealed record ListReaderSpec(
    string MethodName,
    string ResultType,
    string ElementType,
    string ElementLocalType,
    string ElementReadExpression,
    bool ElementNonNull,
    string ElementGraphQLType);

/// <summary>An explicit interface implementation that adapts a property to a fragment interface's member type.</summary>
public sealed record ExplicitMemberSpec(string InterfaceFullName, string PropertyName, string CSharpType, string Expression);

