using System.Net;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// The call failed below GraphQL: no connection, a timeout, an HTTP error status, or a body that is not a GraphQL
/// response (an HTML page, malformed or truncated JSON). <see cref="BodyExcerpt"/> holds at most
/// <see cref="MaxExcerptLength"/> characters of the body with known secrets removed.
/// </summary>
public sealed class GraphQLTransportException : Exception
{
    public const int MaxExcerptLength = 500;

    public GraphQLTransportException(
        string message,
        HttpStatusCode? statusCode = null,
        string? contentType = null,
        string? bodyExcerpt = null,
        bool isTransient = false,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        BodyExcerpt = bodyExcerpt;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    public string? ContentType { get; }

    public string? BodyExcerpt { get; }

    /// <summary>True when the same request may succeed later (5xx, 408, 429, timeouts, dropped connections).</summary>
    public bool IsTransient { get; }

    /// <summary>The server's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
