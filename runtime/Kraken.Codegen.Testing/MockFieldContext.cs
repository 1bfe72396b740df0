namespace Kraken.Codegen.Testing;

/// <summary>What a computed field override sees: the field, its arguments and the HTTP request it belongs to.</summary>
public sealed class MockFieldContext
{
    internal MockFieldContext(
        string coordinate,
        IReadOnlyDictionary<string, object?> arguments,
        MockHttpRequest request,
        CancellationToken cancellationToken)
    {
        Coordinate = coordinate;
        Arguments = arguments;
        Request = request;
        CancellationToken = cancellationToken;
    }

    /// <summary>The schema coordinate, for example <c>Query.account</c>.</summary>
    public string Coordinate { get; }

    /// <summary>Argument values after coercion (input objects are dictionaries, lists are lists).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The HTTP request being answered (headers included).</summary>
    public MockHttpRequest Request { get; }

    public CancellationToken CancellationToken { get; }
}
