using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>A schema enum used by the operations: a struct that keeps unknown values.</summary>
/// <param name="KindEnumName">The name of the nested C# enum listing the known values.</param>
/// <param name="UnknownMemberName">The member of that enum for values this client does not know.</param>
public sealed record EnumSpec(
    string HintName,
    string Namespace,
    string Name,
    string GraphQLName,
    string? Description,
    string KindEnumName,
    string UnknownMemberName,
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

/// <summary>
/// One field of an input object. An optional field (<see cref="IsRequired"/> false) may be left out, which differs from
/// null; every field of a <c>@oneOf</c> input is optional and, when given, non-null (its <see cref="Type"/> says so).
/// </summary>
public sealed record InputFieldSpec(
    string GraphQLName,
    string PropertyName,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    string? ObsoleteMessage);

/// <summary>A named fragment as a C# interface, with nested interfaces for its sub-selections.</summary>
public sealed record FragmentInterfaceSpec(
    string HintName,
    string Namespace,
    string FragmentName,
    string TypeCondition,
    InterfaceSpec Root);

/// <summary>One interface (the fragment's own, or a nested one for a sub-selection), with the interfaces nested in it.</summary>
public sealed record InterfaceSpec(string Name, EquatableArray<PropertySpec> Properties, EquatableArray<InterfaceSpec> Nested);

/// <summary>One method of the typed client.</summary>
/// <param name="Parameters">The operation's variables in parameter order: required ones first.</param>
public sealed record ClientMethodSpec(
    string MethodName,
    string OperationClass,
    string OperationName,
    OperationKind Kind,
    EquatableArray<VariableSpec> Parameters,
    bool IsDeprecated,
    PaginationSpec? Pagination);

/// <summary>
/// A method that walks a Relay connection page by page: the operation takes <c>first</c> and <c>after</c>, selects
/// <c>pageInfo { hasNextPage endCursor }</c> and the nodes, through <c>edges { node }</c> (<see cref="Edges"/>) or
/// <c>nodes</c> (<see cref="Nodes"/>). Names are the generated properties; <see cref="Parameters"/> are the other variables.
/// </summary>
public sealed record PaginationSpec(
    string MethodName,
    string FirstProperty,
    string AfterProperty,
    EquatableArray<VariableSpec> Parameters,
    string ConnectionProperty,
    string PageInfoProperty,
    string HasNextPageProperty,
    string EndCursorProperty,
    RecordTypeSpec NodeType,
    PaginationEdgesSpec? Edges,
    string? Nodes);

/// <summary>The <c>edges { node }</c> path to a connection's nodes.</summary>
public sealed record PaginationEdgesSpec(string EdgesProperty, TypeRef EdgeItemType, string NodeProperty);

/// <summary>The typed client of one schema group, with its error-code catalogue.</summary>
public sealed record ClientSpec(
    string HintName,
    string Namespace,
    string ClientName,
    string ErrorCodesName,
    string SchemaFileName,
    EquatableArray<ClientMethodSpec> Methods,
    EquatableArray<ErrorCodeSpec> ErrorCodes);

public sealed record ErrorCodeSpec(string Code, string ConstantName, string Text);
