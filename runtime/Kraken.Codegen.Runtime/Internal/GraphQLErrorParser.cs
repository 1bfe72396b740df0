using System.Text.Json;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>Turns the <c>errors</c> list into <see cref="GraphQLError"/> objects, tolerating missing or odd members.</summary>
internal static class GraphQLErrorParser
{
    public static IReadOnlyList<GraphQLError> ParseErrors(JsonElement errors, Func<string, string> redact)
    {
        var result = new List<GraphQLError>(errors.GetArrayLength());
        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var message = error.TryGetProperty("message", out var messageValue) && messageValue.ValueKind == JsonValueKind.String
                ? redact(messageValue.GetString()!)
                : "(no message)";
            JsonElement? extensions = error.TryGetProperty("extensions", out var extensionsValue) && extensionsValue.ValueKind == JsonValueKind.Object
                ? extensionsValue
                : null;
            result.Add(new GraphQLError(message, ParsePath(error), ParseLocations(error), extensions));
        }

        return result;
    }

    private static IReadOnlyList<GraphQLPathSegment> ParsePath(JsonElement error)
    {
        if (!error.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var segments = new List<GraphQLPathSegment>(path.GetArrayLength());
        foreach (var segment in path.EnumerateArray())
        {
            if (segment.ValueKind == JsonValueKind.Number && segment.TryGetInt32(out var index))
            {
                segments.Add(GraphQLPathSegment.ListIndex(index));
            }
            else if (segment.ValueKind == JsonValueKind.String)
            {
                segments.Add(GraphQLPathSegment.Field(segment.GetString()!));
            }
        }

        return segments;
    }

    private static IReadOnlyList<GraphQLErrorLocation> ParseLocations(JsonElement error)
    {
        if (!error.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new List<GraphQLErrorLocation>(locations.GetArrayLength());
        foreach (var location in locations.EnumerateArray())
        {
            if (location.ValueKind == JsonValueKind.Object
                && location.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number && line.TryGetInt32(out var lineNumber)
                && location.TryGetProperty("column", out var column) && column.ValueKind == JsonValueKind.Number && column.TryGetInt32(out var columnNumber))
            {
                result.Add(new GraphQLErrorLocation(lineNumber, columnNumber));
            }
        }

        return result;
    }
}
