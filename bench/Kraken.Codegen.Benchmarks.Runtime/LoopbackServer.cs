using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kraken.Codegen.Benchmarks.Runtime;

/// <summary>
/// Kestrel on 127.0.0.1 answering every POST with one fixed body: no GraphQL execution on the server side, so the
/// timings are about the client. It reads each request body to the end and keeps the last one for the setup's check.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public byte[] LastRequestBody { get; private set; } = [];

    public static async Task<LoopbackServer> StartAsync(byte[] responseBody)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            using var requestBody = new MemoryStream();
            await context.Request.Body.CopyToAsync(requestBody, context.RequestAborted);
            server!.LastRequestBody = requestBody.ToArray();
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = responseBody.Length;
            await context.Response.Body.WriteAsync(responseBody, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/graphql"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
