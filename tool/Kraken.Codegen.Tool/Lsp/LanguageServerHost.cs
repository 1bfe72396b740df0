using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Kraken.Codegen.Tool.Lsp.Transport;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Kraken.Codegen.Tool.Lsp;

/// <summary>Runs <see cref="LanguageServer"/> over a pair of streams (standard input and output for <c>kraken-codegen lsp</c>).</summary>
internal static class LanguageServerHost
{
    /// <summary>Serves until the client sends <c>exit</c> or closes the input; returns the process exit code.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, CancellationToken cancellationToken)
    {
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                MaxDepth = 256,
            },
        };
        var outgoing = Channel.CreateUnbounded<(string Method, object Parameters)>(new UnboundedChannelOptions { SingleReader = true });
        var server = new LanguageServer((method, parameters) => outgoing.Writer.TryWrite((method, parameters)));
        using var rpc = new LspJsonRpc(new LspMessageHandler(input, output, formatter));
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });

        // One message at a time, in order: an edit is applied before any later request reads the document.
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        var exit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.ExitRequested += (_, _) => exit.TrySetResult();
        rpc.Disconnected += (_, e) =>
        {
            if (e.Exception is not null)
            {
                log.WriteLine("kraken-codegen lsp: connection ended: " + e.Description);
            }
        };
        rpc.StartListening();

        var sender = Task.Run(async () =>
        {
            await foreach (var (method, parameters) in outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException)
                {
                    return;
                }
            }
        });

        using var registration = cancellationToken.Register(() => exit.TrySetResult());
        await Task.WhenAny(exit.Task, rpc.Completion).ConfigureAwait(false);

        // Let notifications already queued (the last diagnostics) go out before the connection closes.
        outgoing.Writer.TryComplete();
        await Task.WhenAny(sender, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
        return server.ExitCode ?? 1;
    }
}
