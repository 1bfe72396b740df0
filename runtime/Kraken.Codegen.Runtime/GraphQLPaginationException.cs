namespace Kraken.Codegen.Runtime;

/// <summary>A connection does not advance: the server repeated a cursor, or reported a next page without a cursor.</summary>
public sealed class GraphQLPaginationException : Exception
{
    public GraphQLPaginationException(string message)
        : base(message)
    {
    }
}
