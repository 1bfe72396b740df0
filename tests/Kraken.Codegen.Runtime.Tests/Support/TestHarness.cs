using Kraken.Codegen.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Kraken.Codegen.Runtime.Tests.Support;

/// <summary>A mock server on 127.0.0.1, a manual clock, a log collector and an executor wired against them.</summary>
internal sealed class TestHarness : IAsyncDisposable
{
    private TestHarness(MockGraphQLServer server, ManualTimeProvider clock, MockTokenIssuer tokens)
    {
        Server = server;
        Clock = clock;
        Tokens = tokens;
        Http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public MockGraphQLServer Server { get; }

    public ManualTimeProvider Clock { get; }

    public MockTokenIssuer Tokens { get; }

    public HttpClient Http { get; }

    public FakeLogCollector Logs { get; } = new();

    /// <param name="clock">Shared with another harness when one application talks to both servers.</param>
    /// <param name="apiKey">The API key the server's login accepts.</param>
    /// <param name="tokenPrefix">Starts the tokens this server issues, so that two servers issue different ones.</param>
    public static async Task<TestHarness> StartAsync(
        Action<MockGraphQLServerOptions>? configure = null,
        ManualTimeProvider? clock = null,
        string apiKey = MockTokenIssuer.ApiKey,
        string tokenPrefix = "kraken")
    {
        clock ??= new ManualTimeProvider();
        var tokens = new MockTokenIssuer(clock, apiKey, tokenPrefix);
        var options = new MockGraphQLServerOptions();
        configure?.Invoke(options);
        tokens.Install(options);
        var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, options);
        return new TestHarness(server, clock, tokens);
    }

    public KrakenClientOptions CreateOptions(KrakenCredentials? credentials = null, Action<KrakenClientOptions>? configure = null)
    {
        var options = new KrakenClientOptions { Endpoint = Server.Endpoint, Credentials = credentials };
        configure?.Invoke(options);
        return options;
    }

    public KrakenTokenProvider CreateTokenProvider(KrakenClientOptions options) =>
        new(Http, options, new FakeLogger<KrakenTokenProvider>(Logs), Clock);

    /// <summary>An executor with a token provider when the options carry credentials.</summary>
    public KrakenGraphQLExecutor CreateExecutor(KrakenClientOptions options, IKrakenTokenProvider? tokenProvider = null)
    {
        tokenProvider ??= options.Credentials is null ? null : CreateTokenProvider(options);
        return new KrakenGraphQLExecutor(Http, options, tokenProvider, new FakeLogger<KrakenGraphQLExecutor>(Logs), Clock);
    }

    public KrakenGraphQLExecutor CreateAuthenticatedExecutor(Action<KrakenClientOptions>? configure = null) =>
        CreateExecutor(CreateOptions(KrakenCredentials.FromApiKey(MockTokenIssuer.ApiKey), configure));

    public IReadOnlyList<MockHttpRequest> RequestsFor(string operationName) =>
        Server.Requests.Where(request => request.OperationName == operationName).ToArray();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
