using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>The activity source, meter and tag names of the runtime. Tags never carry variables or tokens.</summary>
internal static class KrakenTelemetry
{
    public const string ActivitySourceName = "Kraken.Codegen.Runtime";

    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string ErrorCodesTag = "kraken.error_codes";
    public const string AttemptsTag = "kraken.attempts";
    public const string HttpStatusTag = "http.response.status_code";

    /// <summary>The meter's name is the activity source's.</summary>
    public const string MeterName = ActivitySourceName;

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    public static readonly Meter Meter = new(MeterName);

    public static string OperationTypeName(GraphQLOperationKind kind) => kind switch
    {
        GraphQLOperationKind.Query => "query",
        GraphQLOperationKind.Mutation => "mutation",
        _ => "subscription",
    };
}
