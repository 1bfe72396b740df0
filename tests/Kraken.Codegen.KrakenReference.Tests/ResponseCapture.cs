using System.Net.Http.Headers;
using System.Runtime.CompilerServices;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// Keeps the raw body of every response for the caller that asked for it: the test sets <see cref="Begin"/> before a
/// call and reads the box afterwards (the box flows into the handler with the call's execution context).
/// </summary>
internal sealed class ResponseCapture : DelegatingHandler
{
    private static readonly AsyncLocal<StrongBox<string?>?> Current = new();

    public ResponseCapture()
        : base(new SocketsHttpHandler())
    {
    }

    public static StrongBox<string?> Begin()
    {
        var box = new StrongBox<string?>();
        Current.Value = box;
        return box;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (Current.Value is { } box)
        {
            box.Value = System.Text.Encoding.UTF8.GetString(body);
        }

        // The body was consumed; the client reads an identical copy.
        var copy = new ByteArrayContent(body);
        foreach (var (name, values) in response.Content.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        response.Content = copy;
        return response;
    }
}
