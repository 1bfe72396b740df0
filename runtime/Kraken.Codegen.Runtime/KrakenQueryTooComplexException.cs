namespace Kraken.Codegen.Runtime;

/// <summary>
/// Kraken rejected the query as too expensive (KT-CT-1188: complexity above 200; KT-CT-1189: more than 10,000 nodes).
/// Retrying cannot help, so the runtime never retries it: the query has to ask for less.
/// </summary>
public sealed class KrakenQueryTooComplexException : KrakenGraphQLException
{
    public KrakenQueryTooComplexException(string operationName, IReadOnlyList<GraphQLError> errors)
        : base(operationName, errors, DescribeErrors(operationName, errors)
            + ". The query must change: select fewer fields or lower the page size (first/last); retrying will not help.")
    {
    }
}
