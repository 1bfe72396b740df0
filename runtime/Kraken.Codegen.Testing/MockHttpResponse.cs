using System.Text.Json;

namespace Kraken.Codegen.Testing;

/// <summary>
/// A raw HTTP answer returned by <see cref="MockGraphQLServerOptions.OnRequest"/> instead of executing the operation:
/// any status, content type and body, or a dropped connection.
/// </summary>
public sealed class MockHttpResponse
{
    private MockHttpResponse(int statusCode, string? contentType, string body, bool abortConnection, IReadOnlyDictionary<string, string>? headers)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        AbortConnection = abortConnection;
        Headers = headers ?? new Dictionary<string, string>();
    }

    public int StatusCode { get; }

    public string? ContentType { get; }

    public string Body { get; }

    /// <summary>True to reset the connection without answering.</summary>
    public bool AbortConnection { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public static MockHttpResponse Raw(int statusCode, string? contentType, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(statusCode, contentType, body, false, headers);

    public static MockHttpResponse Html(int statusCode, string html) => Raw(statusCode, "text/html; charset=utf-8", html);

    public static MockHttpResponse Json(int statusCode, string json) => Raw(statusCode, "application/json", json);

    /// <summary>Resets the connection (the client sees a dropped connection).</summary>
    public static MockHttpResponse DropConnection() => new(0, null, string.Empty, true, null);

    /// <summary>HTTP 200 with <c>data: null</c> and one Kraken error, as Kraken answers rate limits and expired tokens.</summary>
    public static MockHttpResponse KrakenError(string errorCode, string message, string errorType = "APPLICATION", string? errorDescription = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("errorType", errorType);
            writer.WriteString("errorCode", errorCode);
            writer.WriteString("errorDescription", errorDescription ?? message);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteNull("data");
            writer.WriteEndObject();
        }

        return Json(200, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
