using System.Text;
using System.Text.Json;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// One entry of a response's <c>errors</c> list, with the Kraken extensions (<c>errorType</c>, <c>errorCode</c>,
/// <c>errorDescription</c>, <c>errorClass</c>) lifted into properties and every extension kept raw.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<GraphQLPathSegment>? path = null,
        IReadOnlyList<GraphQLErrorLocation>? locations = null,
        JsonElement? extensions = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Path = path ?? [];
        Locations = locations ?? [];
        Extensions = extensions;
        if (extensions is { ValueKind: JsonValueKind.Object } values)
        {
            ErrorType = ReadString(values, "errorType");
            ErrorCode = ReadString(values, "errorCode");
            ErrorDescription = ReadString(values, "errorDescription");
            ErrorClass = ReadString(values, "errorClass");
        }
    }

    public string Message { get; }

    /// <summary>The response path of the field that failed, for example <c>account</c>, <c>bills</c>, <c>0</c>.</summary>
    public IReadOnlyList<GraphQLPathSegment> Path { get; }

    public IReadOnlyList<GraphQLErrorLocation> Locations { get; }

    /// <summary>Kraken's error category: AUTHORIZATION, VALIDATION, NOT_FOUND, APPLICATION, SERVICE_AVAILABILITY, …</summary>
    public string? ErrorType { get; }

    /// <summary>Kraken's error code, for example <c>KT-CT-4301</c>; compare with <see cref="KrakenErrorCodes"/>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Kraken's longer human-readable explanation.</summary>
    public string? ErrorDescription { get; }

    public string? ErrorClass { get; }

    /// <summary>The error's <c>extensions</c> object exactly as received, or null when absent.</summary>
    public JsonElement? Extensions { get; }

    /// <summary>The path in dotted form, for example <c>account.bills[0]</c>; empty when the error has no path.</summary>
    public string PathText
    {
        get
        {
            var text = new StringBuilder();
            foreach (var segment in Path)
            {
                if (segment.IsIndex)
                {
                    text.Append('[').Append(segment.Index).Append(']');
                }
                else
                {
                    if (text.Length > 0)
                    {
                        text.Append('.');
                    }

                    text.Append(segment.FieldName);
                }
            }

            return text.ToString();
        }
    }

    public override string ToString()
    {
        var code = ErrorCode is null ? string.Empty : $"[{ErrorCode}] ";
        var path = Path.Count == 0 ? string.Empty : $" (at {PathText})";
        return code + Message + path;
    }

    private static string? ReadString(JsonElement values, string name) =>
        values.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
