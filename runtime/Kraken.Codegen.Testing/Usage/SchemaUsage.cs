using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Testing.Usage;

/// <summary>
/// One place where an operation touches a schema element: the element's coordinate, what kind it is, the operation
/// (a fragment's usages count once for every operation that spreads it) and the location in the operation file.
/// </summary>
public sealed record SchemaUsage(
    string Coordinate,
    SchemaUsageKind Kind,
    TypeUsageRole Role,
    string OperationName,
    SourceLocation Location)
{
    /// <summary>Compiler-style location: <c>path(line,col)</c>, one-based.</summary>
    public string LocationText => Location.ToString();
}
