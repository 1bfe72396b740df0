using System.Text.Json;

namespace Kraken.Codegen.Testing;

/// <summary>One HTTP request the mock received, as recorded for assertions and fault hooks.</summary>
public sealed class MockHttpRequest
{
    internal MockHttpRequest(int sequenceNumber, string method, string path, IReadOnlyDictionary<string, string> headers, string body)
    {
        SequenceNumber = sequenceNumber;
        Method = method;
        Path = path;
        Headers = headers;
        Body = body;
        OperationName = ReadOperationName(body);
    }

    /// <summary>1 for the first request the server received, 2 for the next, …</summary>
    public int SequenceNumber { get; }

    public string Method { get; }

    public string Path { get; }

    /// <summary>Request headers, names compared case-insensitively; repeated headers joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Body { get; }

    /// <summary>The body's <c>operationName</c>, or null when absent or the body is not JSON.</summary>
    public string? OperationName { get; }

    /// <summary>The <c>Authorization</c> header, or null when the request had none.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    public override string ToString() => $"#{SequenceNumber} {Method} {Path} {OperationName}";

    private static string? ReadOperationName(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("operationName", out var name)
                && name.ValueKind == JsonValueKind.String
                    ? name.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
