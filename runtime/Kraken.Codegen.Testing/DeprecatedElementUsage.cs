using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Usage;

namespace Kraken.Codegen.Testing;

/// <summary>One deprecated schema element that operations use, with where they use it.</summary>
public sealed record DeprecatedElementUsage(
    string Coordinate,
    SchemaUsageKind Kind,
    Deprecation Deprecation,
    bool IsPastRemoval,
    IReadOnlyList<SchemaUsage> Usages)
{
    public string Reason => Deprecation.SingleLineReason;

    public DateTime? MarkedOn => Deprecation.MarkedOn;

    public DateTime? RemovalOn => Deprecation.RemovalOn;

    /// <summary>The distinct operations that use the element, sorted.</summary>
    public IReadOnlyList<string> Operations => Usages.Select(u => u.OperationName).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
