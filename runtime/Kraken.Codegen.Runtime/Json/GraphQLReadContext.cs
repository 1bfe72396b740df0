using Kraken.Codegen.Runtime.Internal;

namespace Kraken.Codegen.Runtime.Json;

/// <summary>
/// What generated readers carry through one response: the operation being read, and where to report what the
/// response holds that the code was not generated for (schema drift). The executor creates one per response; code
/// that reads a recorded response can create its own.
/// </summary>
/// <remarks>
/// Drift is an enum value this client does not know, or a <c>__typename</c> at a union or interface that the schema
/// did not allow when the code was generated. Each occurrence is counted on the meter <c>Kraken.Codegen.Runtime</c>,
/// counter <c>kraken.graphql.schema_drift</c>; an executor also logs each new one once. Reading goes on: unknown enum
/// values keep their raw text and unknown types become the family's <c>Unknown</c> case.
/// </remarks>
public sealed class GraphQLReadContext
{
    private readonly SchemaDriftLog? _driftLog;

    /// <summary>A context that counts drift on the meter without logging it.</summary>
    public GraphQLReadContext(GraphQLOperationDescriptor operation)
        : this(operation, null)
    {
    }

    internal GraphQLReadContext(GraphQLOperationDescriptor operation, SchemaDriftLog? driftLog)
    {
        Operation = operation ?? throw new ArgumentNullException(nameof(operation));
        _driftLog = driftLog;
    }

    /// <summary>The operation whose response is being read.</summary>
    public GraphQLOperationDescriptor Operation { get; }

    /// <summary>Reports a value of the enum <paramref name="enumType"/> (its GraphQL name) that the generated code does not know.</summary>
    public void ReportUnknownEnumValue(string enumType, string value) =>
        SchemaDrift.Report(Operation.Name, SchemaDrift.EnumValueKind, enumType, value, _driftLog);

    /// <summary>
    /// Reports an object type that the schema did not allow at the field <paramref name="fieldCoordinate"/>
    /// (<c>Query.search</c>) when the code was generated. A missing <c>__typename</c> is not drift and is ignored.
    /// </summary>
    public void ReportUnknownType(string fieldCoordinate, string? typename)
    {
        if (typename is not null)
        {
            SchemaDrift.Report(Operation.Name, SchemaDrift.TypeKind, fieldCoordinate, typename, _driftLog);
        }
    }
}
