using Kraken.Codegen.Runtime;
using Kraken.Codegen.Testing;
using Microsoft.Extensions.Logging;

namespace Kraken.Codegen.EndToEnd.Tests;

/// <summary>A mock GraphQL server on 127.0.0.1 with a generated client pointed at it.</summary>
internal sealed class EndToEndServer : IAsyncDisposable
{
    private readonly HttpClient _http;

    private EndToEndServer(MockGraphQLServer server, HttpClient http, ILogger<KrakenGraphQLExecutor>? logger)
    {
        Server = server;
        _http = http;
        Client = new E2eClient(new KrakenGraphQLExecutor(http, new KrakenClientOptions { Endpoint = server.Endpoint }, logger: logger));
    }

    public MockGraphQLServer Server { get; }

    public E2eClient Client { get; }

    /// <summary>The schema the client was generated from.</summary>
    public static string ClientSchema { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQL", "E2E", "schema.graphqls"));

    /// <summary>Starts a server; <paramref name="serverSdl"/> lets a test play a server whose schema moved on.</summary>
    public static async Task<EndToEndServer> StartAsync(string? serverSdl = null, MockGraphQLServerOptions? options = null, ILogger<KrakenGraphQLExecutor>? logger = null)
    {
        var server = await MockGraphQLServer.StartAsync(serverSdl ?? ClientSchema, options);
        return new EndToEndServer(server, new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, logger);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
