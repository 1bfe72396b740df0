using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Tool.Lsp.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Kraken.Codegen.Tool.Lsp.Transport;

/// <summary>
/// StreamJsonRpc's transport for the LSP base protocol, made to survive hostile input. StreamJsonRpc's own header
/// handler ends the connection on the first unreadable message; the protocol wants an error answer instead. This
/// handler answers a broken frame or invalid JSON with a parse error (-32700), a JSON value that is not a request,
/// notification or response with an invalid-request error (-32600, with the request's id when it has one), and
/// keeps reading. Method dispatch, parameters and cancellation stay StreamJsonRpc's.
/// </summary>
internal sealed class LspMessageHandler : MessageHandlerBase
{
    private readonly FrameReader _reader;
    private readonly Stream _output;

    public LspMessageHandler(Stream input, Stream output, IJsonRpcMessageFormatter formatter)
        : base(formatter)
    {
        _reader = new FrameReader(input);
        _output = output;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (frame.IsEndOfStream)
            {
                return null;
            }

            if (frame.Error is { } framingError)
            {
                await AnswerAsync(RequestId.Null, LspErrorCodes.ParseError, framingError, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var body = frame.Body!;
            var shape = Inspect(body);
            if (shape.Problem is { } problem)
            {
                await AnswerAsync(shape.Id, shape.IsJson ? LspErrorCodes.InvalidRequest : LspErrorCodes.ParseError, problem, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (shape.IsResponse)
            {
                // The server sends the client no requests, so a response answers nothing: it is ignored (a response is
                // never answered). Passed on, StreamJsonRpc would end the connection over it.
                continue;
            }

            JsonRpcMessage message;
            try
            {
                message = Formatter.Deserialize(new ReadOnlySequence<byte>(body));
            }
            catch (Exception exception)
            {
                await AnswerAsync(shape.Id, LspErrorCodes.InvalidRequest, "The message could not be read: " + exception.Message, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return message;
        }
    }

    protected override ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        Formatter.Serialize(body, content);
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.WrittenCount.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        _output.Write(header, 0, header.Length);
        _output.Write(body.WrittenSpan);
        return default;
    }

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => new(_output.FlushAsync(cancellationToken));

    private async ValueTask AnswerAsync(RequestId id, int code, string message, CancellationToken cancellationToken)
    {
        var error = new JsonRpcError
        {
            RequestId = id,
            Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message },
        };
        await WriteAsync(error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks what the JSON-RPC 2.0 specification requires of a message before StreamJsonRpc sees it: valid JSON, an
    /// object (batches are not part of LSP), <c>"jsonrpc": "2.0"</c>, an id that is a number, a string or null, and a
    /// string method for requests and notifications.
    /// </summary>
    private static (bool IsJson, RequestId Id, string? Problem, bool IsResponse) Inspect(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException exception)
        {
            return (false, RequestId.Null, "The message is not valid JSON: " + exception.Message, false);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!HasValidText(root))
            {
                // JsonDocument checks a string's encoding only when it is read, which StreamJsonRpc would do inside its
                // read loop, ending the connection.
                return (false, RequestId.Null, "The message holds text that is not valid UTF-8 (or an unpaired surrogate escape).", false);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (true, RequestId.Null, "A message must be a JSON object.", false);
            }

            var id = RequestId.Null;
            var hasId = root.TryGetProperty("id", out var idElement);
            if (hasId)
            {
                switch (idElement.ValueKind)
                {
                    case JsonValueKind.String:
                        id = new RequestId(idElement.GetString());
                        break;
                    case JsonValueKind.Number when idElement.TryGetInt64(out var number):
                        id = new RequestId(number);
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return (true, RequestId.Null, "The id must be a string, an integer or null.", false);
                }
            }

            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                return (true, id, "The message must have \"jsonrpc\": \"2.0\".", false);
            }

            if (root.TryGetProperty("method", out var method))
            {
                if (method.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(method.GetString()))
                {
                    return (true, id, "The method must be a non-empty string.", false);
                }

                if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
                {
                    return (true, id, "The params must be an object or an array.", false);
                }

                return (true, id, null, false);
            }

            var isResponse = hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _));
            return isResponse ? (true, id, null, true) : (true, id, "The message is neither a request, a notification nor a response.", false);
        }
    }

    private static bool HasValidText(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (!HasValidText(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!HasValidText(item))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
