using System.Text.Json;
using Kraken.Codegen.Tool.Lsp.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Kraken.Codegen.Tool.Lsp.Transport;

/// <summary>
/// StreamJsonRpc's connection with LSP error answers: parameters that do not fit a method's type are invalid params
/// (-32602, StreamJsonRpc reports them as a failed invocation), and an unexpected failure is an internal error (-32603)
/// whose message names the exception, without the stack trace StreamJsonRpc would send along.
/// </summary>
internal sealed class LspJsonRpc : JsonRpc
{
    public LspJsonRpc(IJsonRpcMessageHandler handler)
        : base(handler)
    {
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } wrapped } ? wrapped : exception;
        return inner switch
        {
            LocalRpcException local => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message },
            JsonException json => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.InvalidParams, Message = $"Invalid params for '{request.Method}': {json.Message}" },
            _ => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.InternalError, Message = $"'{request.Method}' failed: {inner.GetType().Name}: {inner.Message}" },
        };
    }
}
