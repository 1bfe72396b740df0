using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.Introspection;

/// <summary>
/// Sends the introspection query to a GraphQL endpoint and returns the raw JSON result. A first, small query reads the
/// server's own meta-types to learn which newer parts of introspection it supports (deprecated input values,
/// <c>specifiedByURL</c>, <c>isOneOf</c>, <c>isRepeatable</c>); the introspection query then asks for all of those.
/// Network failures, answers that are not JSON and GraphQL errors are input problems.
/// </summary>
internal static class IntrospectionClient
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<string> FetchAsync(Uri endpoint, IReadOnlyList<string> headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = timeout };

        // Ask the server what its introspection supports, then ask for all of that (the oldest form if the probe fails).
        var probe = await PostAsync(http, endpoint, headers, IntrospectionCapabilities.ProbeQuery, requireSchema: false, cancellationToken).ConfigureAwait(false);
        IntrospectionCapabilities? capabilities = null;
        if (probe.Errors is null)
        {
            using var document = JsonDocument.Parse(probe.Body);
            capabilities = IntrospectionCapabilities.Read(document.RootElement);
        }

        var result = await PostAsync(http, endpoint, headers, IntrospectionQuery.Build(capabilities ?? IntrospectionCapabilities.None), requireSchema: true, cancellationToken).ConfigureAwait(false);
        return result.Errors is null
            ? result.Body
            : throw new InputException($"the server at {endpoint} answered the introspection query with errors: {result.Errors}");
    }

    public static (string Name, string Value) ParseHeader(string header)
    {
        var colon = header.IndexOf(':');
        if (colon <= 0)
        {
            throw new InputException($"the header '{header}' is not of the form \"Name: value\".");
        }

        return (header.Substring(0, colon).Trim(), header.Substring(colon + 1).Trim());
    }

    private static async Task<(string Body, string? Errors)> PostAsync(HttpClient http, Uri endpoint, IReadOnlyList<string> headers, string query, bool requireSchema, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var header in headers)
        {
            var (name, value) = ParseHeader(header);
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InputException($"the header '{name}' cannot be sent on a request.");
            }
        }

        string body;
        int status;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new InputException($"cannot reach {endpoint}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException($"{endpoint} did not answer within {http.Timeout.TotalSeconds:0} s.", exception);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new InputException($"the answer of {endpoint} (HTTP {status}) is not JSON: {Excerpt(body)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"the answer of {endpoint} (HTTP {status}) is JSON but not a GraphQL response: {Excerpt(body)}");
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                return (body, string.Join("; ", errors.EnumerateArray().Select(ErrorMessage)));
            }

            if (requireSchema && (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("__schema", out _)))
            {
                throw new InputException($"the answer of {endpoint} (HTTP {status}) holds no introspection result: {Excerpt(body)}");
            }
        }

        return (body, null);
    }

    private static string ErrorMessage(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? Excerpt(message.GetString()!)
            : Excerpt(error.GetRawText());

    /// <summary>At most 200 characters of a server's answer, on one line (an HTML error page has many).</summary>
    private static string Excerpt(string text)
    {
        var oneLine = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length == 0 ? "(an empty body)" : oneLine.Length <= 200 ? oneLine : oneLine.Substring(0, 200) + "…";
    }
}
