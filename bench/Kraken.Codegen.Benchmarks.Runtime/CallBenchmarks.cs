using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kraken.Codegen.Runtime;

namespace Kraken.Codegen.Benchmarks.Runtime;

/// <summary>
/// The whole call over loopback HTTP against Kestrel serving a fixed <c>Readings</c> response
/// (<see cref="ReadingCount"/> readings, a few KB): the generated client through <see cref="KrakenGraphQLExecutor"/>
/// against a hand-written call, <see cref="HttpClient"/> POST + System.Text.Json source generation (the baseline).
/// Both send the same request body and the same Accept header, and read the whole response.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class CallBenchmarks
{
    public const int ReadingCount = 20;

    private const string AcceptHeader = "application/graphql-response+json, application/json;q=0.9";

    private LoopbackServer _server = null!;
    private HttpClient _http = null!;
    private BenchClient _client = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var body = Payloads.ReadingsResponse(ReadingCount);
        _server = await LoopbackServer.StartAsync(body);
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        _client = new BenchClient(new KrakenGraphQLExecutor(_http, new KrakenClientOptions { Endpoint = _server.Endpoint }));

        var generated = await GeneratedClient();
        var generatedRequest = _server.LastRequestBody;
        var raw = await HttpClientSourceGenerated();
        if (!generatedRequest.AsSpan().SequenceEqual(_server.LastRequestBody))
        {
            throw new InvalidOperationException("The two clients sent different request bodies.");
        }

        Check.SameReadings(generated, raw);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Description = "generated client (KrakenGraphQLExecutor)")]
    public async Task<ReadingsQuery.Data> GeneratedClient()
    {
        var result = await _client.ReadingsAsync();
        result.EnsureNoErrors();
        return result.Data!;
    }

    [Benchmark(Baseline = true, Description = "HttpClient POST + System.Text.Json source generation")]
    public async Task<ReadingsResponse> HttpClientSourceGenerated()
    {
        var requestBody = JsonSerializer.SerializeToUtf8Bytes(
            new GraphQLRequestDto(ReadingsQuery.Document, ReadingsQuery.OperationName), BenchJsonContext.Default.GraphQLRequestDto);
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Endpoint);
        request.Content = new ByteArrayContent(requestBody);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("Accept", AcceptHeader);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync();
        await using (stream)
        {
            return (await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.ReadingsResponse))!;
        }
    }
}
