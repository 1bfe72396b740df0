using System.Diagnostics;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>The activity source and tag names of the runtime. Tags never carry variables or tokens.</summary>
internal static class KrakenTelemetry
{
    public const string ActivitySourceName = "Kraken.Codegen.Runtime";

    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string ErrorCodesTag = "kraken.error_codes";
    public const string AttemptsTag = "kraken.attempts";
    public const string HttpStatusTag = "http.response.status_code";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    public static string OperationTypeName(GraphQLOperationKind kind) => kind switch
    {
        GraphQLOperationKind.Query => "query",
        GraphQLOperationKind.Mutation => "mutation",
        _ => "subscription",
    };
}
