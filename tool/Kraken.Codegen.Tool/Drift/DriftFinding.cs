using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Drift;

/// <summary>
/// One operation that a schema change reaches: where (the usage's file, line and column), which schema coordinate it
/// uses there, what goes wrong (the validator's message when the new schema rejects the operation, else the change's),
/// and the schema changes that cause it.
/// </summary>
internal sealed record DriftFinding(
    ChangeCriticality Criticality,
    string OperationName,
    SourceLocation Location,
    string Coordinate,
    string Problem,
    string? DiagnosticId,
    IReadOnlyList<SchemaChange> Causes);
