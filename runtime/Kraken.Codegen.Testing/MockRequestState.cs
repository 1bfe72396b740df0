namespace Kraken.Codegen.Testing;

/// <summary>Per-request state handed to resolvers as the GraphQL.NET user context.</summary>
internal sealed class MockRequestState(MockGraphQLServer server, MockHttpRequest request) : Dictionary<string, object?>
{
    public MockGraphQLServer Server { get; } = server;

    public MockHttpRequest Request { get; } = request;

    /// <summary>Set by an error override that asks for <c>data: null</c> in the whole response.</summary>
    public bool NullData { get; set; }
}
