using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Usage;

/// <summary>
/// One place where an operation uses a schema element: the element's coordinate, what kind it is, the operation (a
/// fragment's usages count once for every operation that spreads it), the location in the operation file, and the
/// element's deprecation (null when it is not deprecated).
/// </summary>
public sealed record SchemaUsage(
    string Coordinate,
    SchemaUsageKind Kind,
    TypeUsageRole Role,
    string OperationName,
    SourceLocation Location,
    Deprecation? Deprecation)
{
    /// <summary>Compiler-style location: <c>path(line,col)</c>, one-based.</summary>
    public string LocationText => Location.ToString();
}
