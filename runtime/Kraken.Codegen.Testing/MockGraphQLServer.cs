using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kraken.Codegen.Testing;

/// <summary>
/// A real GraphQL server for tests: built from SDL, listening on 127.0.0.1 on a free port, answering every valid
/// operation with Kraken-style sample values, with per-field overrides, HTTP fault injection and request recording.
/// </summary>
/// <example>
/// <code>
/// await using var server = await MockGraphQLServer.StartAsync(sdl);
/// server.SetField("Query.account", MockField.Error("KT-CT-4177", "Unauthorized.", "AUTHORIZATION"));
/// </code>
/// </example>
public sealed class MockGraphQLServer : IAsyncDisposable
{
    private const string GraphQLResponseMediaType = "application/graphql-response+json";
    private const string JsonMediaType = "application/json";

    private readonly WebApplication _app;
    private readonly Schema _schema;
    private readonly MockGraphQLServerOptions _options;
    private readonly ConcurrentDictionary<string, MockField> _fields;
    private readonly ConcurrentQueue<MockHttpRequest> _requests = new();
    private readonly ConcurrentDictionary<string, string> _persistedQueries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _delayStarted = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _requestAborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Relaxed escaping keeps quotes in JSON-in-string scalars readable, as Kraken writes them.
    private readonly GraphQLSerializer _serializer = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
    private readonly DocumentExecuter _executer = new();
    private int _requestCount;

    private MockGraphQLServer(string sdl, MockGraphQLServerOptions options)
    {
        _options = options;
        _fields = new ConcurrentDictionary<string, MockField>(options.Fields, StringComparer.Ordinal);
        _schema = MockSchemaFactory.Create(sdl, new MockFieldResolver(this, options));

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        // The host's default console lifetime would take over SIGINT and SIGTERM for the whole process and only stop
        // the host, leaving the process that embeds the server (a test run, the CLI's mock command) deaf to them.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The GraphQL endpoint, for example <c>http://127.0.0.1:41234/graphql/</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The executable schema (placeholder fields included), for tests that inspect it.</summary>
    public ISchema Schema => _schema;

    /// <summary>Requests received so far, faulted ones included.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<MockHttpRequest> Requests => _requests.ToArray();

    /// <summary>Builds the schema and starts listening on 127.0.0.1 on a free port.</summary>
    public static async Task<MockGraphQLServer> StartAsync(string sdl, MockGraphQLServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var server = new MockGraphQLServer(sdl, options ?? new MockGraphQLServerOptions());
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(new Uri(address), "/graphql/");
        return server;
    }

    /// <summary>Sets or replaces the override of one field (coordinate <c>Type.field</c>) while the server runs.</summary>
    public void SetField(string coordinate, MockField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields[coordinate] = field;
    }

    /// <summary>Removes the override of one field; it answers with defaults again.</summary>
    public void ResetField(string coordinate) => _fields.TryRemove(coordinate, out _);

    /// <summary>Completes when a <see cref="MockField.Delay"/> override of <paramref name="coordinate"/> starts waiting.</summary>
    public Task WhenDelayStarted(string coordinate) => DelaySignal(coordinate).Task;

    /// <summary>Completes when the server first sees a client abandon a request (cancellation or dropped connection).</summary>
    public Task WhenRequestAborted => _requestAborted.Task;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal bool TryGetField(string coordinate, out MockField field) => _fields.TryGetValue(coordinate, out field!);

    internal void NotifyDelayStarted(string coordinate) => DelaySignal(coordinate).TrySetResult();

    /// <summary>A lifetime that leaves signals to the process: the server starts and stops only when told to.</summary>
    private sealed class EmbeddedHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private TaskCompletionSource DelaySignal(string coordinate) =>
        _delayStarted.GetOrAdd(coordinate, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        using var abortRegistration = aborted.Register(() => _requestAborted.TrySetResult());
        var body = await ReadBodyAsync(context.Request, aborted).ConfigureAwait(false);
        var request = Record(context.Request, body ?? string.Empty);
        if (body is null)
        {
            await WriteAsync(context, MockHttpResponse.Raw(413, "text/plain", "Request too large.")).ConfigureAwait(false);
            return;
        }

        if (_options.OnRequest?.Invoke(request) is { } fault)
        {
            await WriteAsync(context, fault).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await WriteAsync(context, MockHttpResponse.Raw(405, "text/plain", "Only POST is supported.")).ConfigureAwait(false);
            return;
        }

        var contentType = context.Request.ContentType ?? string.Empty;
        if (!contentType.StartsWith(JsonMediaType, StringComparison.OrdinalIgnoreCase)
            && !contentType.StartsWith(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(context, MockHttpResponse.Raw(415, "text/plain", "Send application/json.")).ConfigureAwait(false);
            return;
        }

        var acceptsGraphQLResponse = context.Request.Headers.Accept.ToString().Contains(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase);
        GraphQLRequest? graphQLRequest;
        try
        {
            graphQLRequest = _serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            await WriteAsync(context, MockHttpResponse.Raw(400, "text/plain", "The body is not a GraphQL request.")).ConfigureAwait(false);
            return;
        }

        var state = new MockRequestState(this, request);
        var result = await ExecuteAsync(graphQLRequest, state, aborted).ConfigureAwait(false);
        if (state.NullData)
        {
            result.Data = null;
        }

        context.Response.StatusCode = !result.Executed && acceptsGraphQLResponse ? 400 : 200;
        context.Response.ContentType = acceptsGraphQLResponse ? GraphQLResponseMediaType : JsonMediaType;
        await _serializer.WriteAsync(context.Response.Body, result, aborted).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> ExecuteAsync(GraphQLRequest? request, MockRequestState state, CancellationToken cancellationToken)
    {
        var query = request?.Query;
        if (request is not null && PersistedQueryHash(request) is { } hash)
        {
            if (query is null)
            {
                if (!_persistedQueries.TryGetValue(hash, out query))
                {
                    return ErrorResult("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
                }
            }
            else if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))), hash, StringComparison.Ordinal))
            {
                return ErrorResult("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");
            }
            else
            {
                _persistedQueries[hash] = query;
            }
        }

        return await _executer.ExecuteAsync(options =>
        {
            options.Schema = _schema;
            options.Query = query;
            options.OperationName = request?.OperationName;
            options.Variables = request?.Variables;
            options.Extensions = request?.Extensions;
            options.UserContext = state;
            options.CancellationToken = cancellationToken;
            options.ThrowOnUnhandledException = false;
        }).ConfigureAwait(false);
    }

    private static string? PersistedQueryHash(GraphQLRequest request) =>
        request.Extensions is { } extensions
        && extensions.TryGetValue("persistedQuery", out var persisted)
        && persisted is IDictionary<string, object?> values
        && values.TryGetValue("sha256Hash", out var hash)
            ? hash as string
            : null;

    private static ExecutionResult ErrorResult(string message, string code)
    {
        var error = new ExecutionError(message) { Extensions = new Dictionary<string, object?> { ["code"] = code } };
        return new ExecutionResult { Errors = new ExecutionErrors { error }, Executed = false };
    }

    private MockHttpRequest Record(HttpRequest httpRequest, string body)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in httpRequest.Headers)
        {
            headers[name] = values.ToString();
        }

        var request = new MockHttpRequest(Interlocked.Increment(ref _requestCount), httpRequest.Method, httpRequest.Path, headers, body);
        if (_options.RecordRequests)
        {
            _requests.Enqueue(request);
        }

        return request;
    }

    private async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxRequestBytes)
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task WriteAsync(HttpContext context, MockHttpResponse response)
    {
        if (response.AbortConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
