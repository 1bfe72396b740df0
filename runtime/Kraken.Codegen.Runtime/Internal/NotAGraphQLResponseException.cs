namespace Kraken.Codegen.Runtime.Internal;

/// <summary>The body is well-formed JSON but not a GraphQL response; turned into a transport failure by the executor.</summary>
internal sealed class NotAGraphQLResponseException : Exception
{
    public NotAGraphQLResponseException(string message)
        : base(message)
    {
    }
}
