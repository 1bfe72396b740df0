using Kraken.Codegen.KrakenReference.Tests.KrakenOeg;
using Kraken.Codegen.KrakenReference.Tests.KrakenOegAuth;
using Kraken.Codegen.Runtime;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// One mock server per endpoint (API and auth), each built from its imported schema and loaded with its
/// <c>examples.json</c>, and the generated clients pointed at them through a <see cref="ResponseCapture"/>.
/// </summary>
public sealed class KrakenReferenceServers : IAsyncLifetime
{
    private HttpClient? _http;

    internal MockGraphQLServer Api { get; private set; } = null!;

    internal MockGraphQLServer Auth { get; private set; } = null!;

    internal KrakenOegClient ApiClient { get; private set; } = null!;

    internal KrakenOegAuthClient AuthClient { get; private set; } = null!;

    /// <summary>The number of example values each server loaded.</summary>
    internal IReadOnlyDictionary<string, int> ExampleCounts { get; private set; } = new Dictionary<string, int>();

    public async Task InitializeAsync()
    {
        var apiOptions = new MockGraphQLServerOptions().LoadFieldExamples(TestFiles.ExamplesPath(ReferenceText.ApiFolder));
        var authOptions = new MockGraphQLServerOptions().LoadFieldExamples(TestFiles.ExamplesPath(ReferenceText.AuthFolder));
        ExampleCounts = new Dictionary<string, int>
        {
            [ReferenceText.ApiFolder] = apiOptions.FieldExamples.Count,
            [ReferenceText.AuthFolder] = authOptions.FieldExamples.Count,
        };
        Api = await MockGraphQLServer.StartAsync(await File.ReadAllTextAsync(TestFiles.SchemaPath(ReferenceText.ApiFolder)), apiOptions);
        Auth = await MockGraphQLServer.StartAsync(await File.ReadAllTextAsync(TestFiles.SchemaPath(ReferenceText.AuthFolder)), authOptions);
        _http = new HttpClient(new ResponseCapture());
        ApiClient = new KrakenOegClient(new KrakenGraphQLExecutor(_http, new KrakenClientOptions { Endpoint = Api.Endpoint }));
        AuthClient = new KrakenOegAuthClient(new KrakenGraphQLExecutor(_http, new KrakenClientOptions { Endpoint = Auth.Endpoint }));
    }

    internal object Client(string folder) => folder == ReferenceText.ApiFolder ? ApiClient : AuthClient;

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        if (Auth is not null)
        {
            await Auth.DisposeAsync();
        }
    }
}
