using System.CommandLine;
using System.Runtime.InteropServices;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Sdl;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen mock</c>: serves the mock GraphQL server for a schema on 127.0.0.1 until Ctrl+C, SIGINT or SIGTERM
/// (also when started in the background). Exit codes: 0 stopped, 2 usage or input problems (missing or invalid schema,
/// port in use).
/// </summary>
internal static class MockCommand
{
    public static Command Create()
    {
        var schema = new Option<string>("--schema", "-s") { Description = "The schema to serve: SDL or an introspection result (.json).", Required = true };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1. Default: 0, a free port (printed on start)." };
        var command = new Command("mock", """
            Serve a mock GraphQL server for a schema on 127.0.0.1, answering every valid operation with Kraken-style
            sample values (introspection included), until Ctrl+C, SIGINT or SIGTERM (in the foreground or the background).
            The first line printed is the endpoint URL.
            Exit codes: 0 stopped, 2 usage or input problems (missing or invalid schema, port in use).

            Example:
              kraken-codegen mock --schema schema/kraken-oeg/schema.graphqls --port 5099
            """)
        {
            schema,
            port,
        };
        command.SetAction((parse, cancellationToken) => CommandSupport.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var path = parse.GetRequiredValue(schema);
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                throw new InputException($"{portNumber} is not a port number.");
            }

            // The schema is checked by the core first, so every problem is reported at its line and column.
            var model = SchemaFiles.Load([path]);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

            MockGraphQLServer server;
            try
            {
                server = await MockGraphQLServer.StartAsync(Sdl(path, model), new MockGraphQLServerOptions { Port = portNumber }, stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new InputException($"cannot serve '{path}' on port {portNumber}: {exception.Message.Split('\n')[0].Trim()}", exception);
            }

            await using (server.ConfigureAwait(false))
            {
                var stdout = parse.InvocationConfiguration.Output;
                stdout.WriteLine(server.Endpoint.ToString());
                stdout.WriteLine("Serving the mock GraphQL server; press Ctrl+C to stop.");
                stdout.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C, SIGINT or SIGTERM: stop serving, free the port, exit 0.
                }
            }

            return ExitCodes.Success;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }));
        return command;
    }

    /// <summary>The SDL to serve: the file itself, or the schema printed from an introspection result.</summary>
    private static string Sdl(string path, SchemaModel model)
    {
        var text = TextFiles.Read(path, "schema file");
        return SchemaFiles.IsIntrospectionJson(path, text) ? SchemaPrinter.Print(model) : text;
    }
}
