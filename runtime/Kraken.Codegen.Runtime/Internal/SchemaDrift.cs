using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>Counts schema drift seen in responses on the runtime's meter (see <see cref="Json.GraphQLReadContext"/>).</summary>
internal static class SchemaDrift
{
    public const string CounterName = "kraken.graphql.schema_drift";
    public const string CoordinateTag = "graphql.schema.coordinate";
    public const string KindTag = "kraken.schema_drift.kind";
    public const string ValueTag = "kraken.schema_drift.value";

    /// <summary>An enum value the code does not know; the coordinate is the enum type.</summary>
    public const string EnumValueKind = "enum_value";

    /// <summary>An object type the schema did not allow at a field; the coordinate is the field.</summary>
    public const string TypeKind = "type";

    private static readonly Counter<long> Counter = KrakenTelemetry.Meter.CreateCounter<long>(
        CounterName,
        unit: "{occurrence}",
        description: "Values in responses that the generated code was not generated for: unknown enum values and unknown union or interface members.");

    public static void Report(string operationName, string kind, string coordinate, string value, SchemaDriftLog? log)
    {
        var tags = new TagList
        {
            { KrakenTelemetry.OperationNameTag, operationName },
            { CoordinateTag, coordinate },
            { KindTag, kind },
            { ValueTag, value },
        };
        Counter.Add(1, tags);
        log?.LogOnce(operationName, kind, coordinate, value);
    }
}

/// <summary>
/// An executor's log of schema drift: each coordinate and value is logged once (the meter counts every occurrence).
/// Bounded, so that a server sending ever new values cannot grow it without end.
/// </summary>
internal sealed class SchemaDriftLog
{
    private const int MaxEntries = 1000;

    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(string Coordinate, string Value), bool> _logged = new();

    public SchemaDriftLog(ILogger logger) => _logger = logger;

    public void LogOnce(string operationName, string kind, string coordinate, string value)
    {
        if (_logged.Count >= MaxEntries || !_logged.TryAdd((coordinate, value), true))
        {
            return;
        }

        if (kind == SchemaDrift.EnumValueKind)
        {
            Log.UnknownEnumValue(_logger, operationName, coordinate, value);
        }
        else
        {
            Log.UnknownType(_logger, operationName, coordinate, value);
        }
    }
}
