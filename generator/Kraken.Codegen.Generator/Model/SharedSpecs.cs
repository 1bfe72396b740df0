using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>A schema enum used by the operations: a struct that keeps unknown values.</summary>
public sealed record EnumSpec(
    string HintName,
    string Namespace,
    string Name,
    string GraphQLName,
    string? Description,
    string KindEnumName,
    EquatableArray<EnumValueSpec> Values);

public sealed record EnumValueSpec(string WireName, string MemberName, string? Description, string? ObsoleteMessage);

/// <summary>A schema input object used by the operations' variables.</summary>
public sealed record InputObjectSpec(
    string HintName,
    string Namespace,
    string Name,
    string GraphQLName,
    string? Description,
    bool IsOneOf,
    EquatableArray<InputFieldSpec> Fields);

public sealed record InputFieldSpec(
    string GraphQLName,
    string PropertyName,
    string CSharpType,
    bool IsRequired,
    string WriteStatement,
    string HasValueExpression,
    string? Description,
    string? ObsoleteMessage);

/// <summary>A named fragment as a C# interface, with nested interfaces for its sub-selections.</summary>
public sealed record FragmentInterfaceSpec(
    string HintName,
    string Namespace,
    string Name,
    string FragmentName,
    string TypeCondition,
    string? Description,
    InterfaceSpec Root);

/// <summary>One interface (the fragment's own, or a nested one for a sub-selection), with the interfaces nested in it.</summary>
public sealed record InterfaceSpec(string Name, string FullName, EquatableArray<PropertySpec> Properties, EquatableArray<InterfaceSpec> Nested);

/// <summary>One method of the typed client.</summary>
public sealed record ClientMethodSpec(
    string MethodName,
    string OperationClass,
    string DataType,
    string OperationName,
    string OperationKind,
    EquatableArray<ClientParameterSpec> Parameters,
    string ConstructExpression,
    bool IsDeprecated,
    PaginationSpec? Pagination);

/// <summary>
/// A method that walks a Relay connection page by page: the operation takes <c>first</c> and <c>after</c>, selects
/// <c>pageInfo { hasNextPage endCursor }</c> and the nodes (through <c>edges { node }</c> or <c>nodes</c>).
/// </summary>
public sealed record PaginationSpec(
    string MethodName,
    string NodeType,
    EquatableArray<ClientParameterSpec> Parameters,
    string CreatePageExpression,
    string SelectPageExpression);

public sealed record ClientParameterSpec(string Name, string CSharpType, string? DefaultValue);

/// <summary>The typed client of one schema group, with its error-code catalogue.</summary>
public sealed record ClientSpec(
    string HintName,
    string Namespace,
    string ClientName,
    string ErrorCodesName,
    string SchemaPath,
    EquatableArray<ClientMethodSpec> Methods,
    EquatableArray<ErrorCodeSpec> ErrorCodes);

public sealed record ErrorCodeSpec(string Code, string ConstantName, string Text);
