using System.CommandLine;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen mock</c>: serves the mock GraphQL server for a schema on 127.0.0.1 until Ctrl+C. Exit codes:
/// 0 stopped, 2 usage or input problems (missing schema, port in use).
/// </summary>
internal static class MockCommand
{
    public static Command Create()
    {
        var schema = new Option<string>("--schema", "-s") { Description = "The SDL schema to serve.", Required = true };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1. Default: 0, a free port (printed on start)." };
        var command = new Command("mock", """
            Serve a mock GraphQL server for a schema on 127.0.0.1, answering every valid operation with Kraken-style
            sample values (introspection included), until Ctrl+C. The first line printed is the endpoint URL.
            Exit codes: 0 stopped, 2 usage or input problems.

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
            if (!File.Exists(path))
            {
                throw new InputException($"the schema file '{path}' does not exist.");
            }

            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                throw new InputException($"{portNumber} is not a port number.");
            }

            MockGraphQLServer server;
            try
            {
                server = await MockGraphQLServer.StartAsync(File.ReadAllText(path), new MockGraphQLServerOptions { Port = portNumber }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or GraphQLParser.Exceptions.GraphQLParserException)
            {
                throw new InputException($"cannot serve '{path}': {exception.Message}", exception);
            }

            await using (server.ConfigureAwait(false))
            {
                var stdout = parse.InvocationConfiguration.Output;
                stdout.WriteLine(server.Endpoint.ToString());
                stdout.WriteLine("Serving the mock GraphQL server; press Ctrl+C to stop.");
                stdout.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop serving.
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
