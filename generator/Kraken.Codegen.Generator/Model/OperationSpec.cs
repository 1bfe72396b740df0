using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>The kind of a GraphQL operation.</summary>
public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// Everything needed to emit one operation's file, as plain values: final names, GraphQL types with their nullability,
/// records and their cases. No C# text: the emitter spells it. Equal specs produce equal files, so an unchanged spec
/// lets the incremental pipeline skip emission.
/// </summary>
public sealed record OperationSpec(
    string HintName,
    string SourceFileName,
    string Namespace,
    string ClassName,
    string OperationName,
    OperationKind Kind,
    string Document,
    string Sha256Hash,
    EquatableArray<string> ErrorCodes,
    EquatableArray<VariableSpec> Variables,
    EquatableArray<RecordSpec> Records)
{
    public bool HasVariables => !Variables.IsEmpty;
}

/// <summary>
/// One variable of an operation: a property of the generated Variables record and a client method parameter.
/// A variable that is nullable or has a default may be left out (<see cref="IsRequired"/> false).
/// </summary>
public sealed record VariableSpec(
    string GraphQLName,
    string PropertyName,
    string ParameterName,
    TypeRef Type,
    bool IsRequired,
    string? DefaultValue);

/// <summary>
/// One generated record: the type of a selection set at one response path, declared in the operation's class.
/// A selection on an interface or union with type conditions is a family: this record is then the abstract base
/// with the common <see cref="Properties"/>, and <see cref="Cases"/> are its nested concrete records.
/// </summary>
public sealed record RecordSpec(
    string Name,
    string GraphQLType,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<InterfaceImplementationSpec> Interfaces,
    EquatableArray<CaseSpec> Cases,
    FamilySpec? Family)
{
    public bool IsFamily => Family is not null;
}

/// <summary>What a family's reader needs beyond its cases: where it is read, and the schema's other possible types there.</summary>
/// <param name="FieldCoordinate">The schema coordinate of the field whose value the family is (<c>Query.search</c>), named in drift reports.</param>
/// <param name="OtherPossibleTypes">Object types the schema allows at this place that have no case of their own: they are read as the unknown case without counting as drift.</param>
/// <param name="TypenameResponseName">The response name the type name is read from: <c>__typename</c>, or the generator's alias when a field is aliased <c>__typename</c>.</param>
public sealed record FamilySpec(string FieldCoordinate, EquatableArray<string> OtherPossibleTypes, string TypenameResponseName = "__typename");

/// <summary>
/// One case of a family: a concrete object type (<see cref="GraphQLType"/>), or the unknown case (null) for types
/// without a case. <see cref="Properties"/> are the case's own, beside the base record's.
/// </summary>
public sealed record CaseSpec(
    string Name,
    string? GraphQLType,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<InterfaceImplementationSpec> Interfaces)
{
    public bool IsUnknown => GraphQLType is null;
}

/// <summary>
/// A property of a generated record or interface. <see cref="Type"/> is the field's type on the wire; a field that
/// <c>@skip</c>/<c>@include</c> may leave out (<see cref="IsConditional"/>) is declared nullable even when the type is not.
/// </summary>
public sealed record PropertySpec(
    string ResponseName,
    string PropertyName,
    TypeRef Type,
    bool IsConditional,
    string? Description,
    string? ObsoleteMessage)
{
    /// <summary>True when the value is always present and non-null: a <c>required</c> member.</summary>
    public bool IsRequired => Type.IsNonNull && !IsConditional;

    /// <summary>The type as the property declares it.</summary>
    public TypeRef DeclaredType => IsRequired || !Type.IsNonNull ? Type : Type.AsNullable();
}

/// <summary>A fragment interface that a record implements, with the members that need an explicit implementation.</summary>
public sealed record InterfaceImplementationSpec(InterfaceTypeSpec Interface, EquatableArray<ExplicitMemberSpec> ExplicitMembers);

/// <summary>
/// An interface member the record's own property cannot implement directly (its name or type differs, for example
/// a record where the interface has a nested interface): implemented explicitly by returning <see cref="PropertyName"/>.
/// </summary>
public sealed record ExplicitMemberSpec(string MemberName, TypeRef MemberType, string PropertyName);
