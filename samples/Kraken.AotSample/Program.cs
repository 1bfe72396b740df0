using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Kraken.AotSample;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// The generated client and the runtime, published with NativeAOT. Without an argument the program answers its own
// calls with canned responses from an HttpListener on 127.0.0.1 and checks what it reads; with a URL it calls that
// GraphQL endpoint (which must serve the schema in GraphQL/Meters) and prints what comes back.
Uri endpoint;
CannedServer? server = null;
if (args.Length > 0)
{
    endpoint = new Uri(args[0]);
}
else
{
    server = CannedServer.Start();
    endpoint = server.Endpoint;
}

Console.WriteLine($"{Environment.ProcessPath} calling {endpoint}");
var failures = 0;
try
{
    // Wired the way an application wires it: settings from configuration (here in memory), IHttpClientFactory,
    // options validated at start-up, retries.
    var configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Kraken:Meters:Endpoint"] = endpoint.ToString() })
        .Build();
    var services = new ServiceCollection();
    services.AddKrakenGraphQLClient<MetersClient>(configuration.GetSection("Kraken:Meters"));
    await using var provider = services.BuildServiceProvider();
    provider.GetRequiredService<IStartupValidator>().Validate();
    var client = provider.GetRequiredService<MetersClient>();

    var account = (await client.AccountAsync("A-1234ABCD")).GetDataOrThrow().Account;
    Console.WriteLine($"account: {account?.Number}, status {account?.Status} ({account?.Status.Value}), balance {account?.Balance.ToString(CultureInfo.InvariantCulture)}, created {account?.CreatedAt:O}, opened {account?.OpenedOn:yyyy-MM-dd}");
    Expect(account?.Status.Value == AccountStatus.Kind.Active && account.Balance == -123.45m && account.OpenedOn == new DateOnly(2021, 4, 1), "account");

    var denied = await client.AccountAsync("A-DENIED");
    Console.WriteLine($"denied: data.account is {(denied.Data?.Account is null ? "null" : "set")}, errors: {string.Join("; ", denied.Errors)}");
    Expect(denied.HasErrorCode(MetersErrorCodes.KT_CT_4177) && denied.Data?.Account is null, "errors beside data");

    var readings = (await client.ReadingsAsync("A-1234ABCD", first: 3)).GetDataOrThrow().Readings;
    foreach (var reading in readings)
    {
        Console.WriteLine($"reading {reading.Id}: {reading.Value.ToString(CultureInfo.InvariantCulture)} at {reading.ReadAt:O}, register {reading.Register}, tags [{string.Join(", ", reading.Tags)}]");
    }

    Expect(readings.Count == 3 && readings[0].Value == 1234.567m && readings[2].Tags.Count == 0, "readings");

    var results = (await client.SearchAsync("Berlin")).GetDataOrThrow().Search;
    foreach (var result in results)
    {
        Console.WriteLine(result switch
        {
            SearchQuery.Search.Account found => $"search: account {found.Number} ({found.Status})",
            SearchQuery.Search.City city => $"search: city {city.Name} {city.Postcode}",
            SearchQuery.Search.Unknown unknown => $"search: a {unknown.Typename} this client does not know",
            _ => "search: ?",
        });
    }

    Expect(results.Count == 3 && results[2] is SearchQuery.Search.Unknown { Typename: "Meter" }, "search");
}
catch (Exception exception)
{
    Console.WriteLine("FAILED: " + exception);
    failures++;
}
finally
{
    server?.Dispose();
}

if (server is null)
{
    return failures == 0 ? 0 : 1;
}

Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) failed.");
return failures == 0 ? 0 : 1;

void Expect(bool condition, string what)
{
    if (server is not null && !condition)
    {
        Console.WriteLine("CHECK FAILED: " + what);
        failures++;
    }
}

/// <summary>An HttpListener on 127.0.0.1 that answers each operation with a fixed response.</summary>
internal sealed class CannedServer : IDisposable
{
    private readonly HttpListener _listener;

    private CannedServer(HttpListener listener, Uri endpoint)
    {
        _listener = listener;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static CannedServer Start()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var prefix = $"http://127.0.0.1:{port}/";
        var listener = new HttpListener();
        listener.Prefixes.Add(prefix);
        listener.Start();
        var server = new CannedServer(listener, new Uri(prefix + "graphql"));
        _ = Task.Run(server.ServeAsync);
        return server;
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var request = await JsonDocument.ParseAsync(context.Request.InputStream);
            var root = request.RootElement;
            var operation = root.GetProperty("operationName").GetString();
            var accountNumber = root.TryGetProperty("variables", out var variables) && variables.TryGetProperty("accountNumber", out var number)
                ? number.GetString()
                : null;
            var body = Encoding.UTF8.GetBytes(Respond(operation, accountNumber));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static string Respond(string? operation, string? accountNumber) => (operation, accountNumber) switch
    {
        ("Account", "A-DENIED") => """
            {"data":{"account":null},"errors":[{"message":"Unauthorized.","locations":[{"line":2,"column":3}],"path":["account"],"extensions":{"errorType":"AUTHORIZATION","errorCode":"KT-CT-4177","errorDescription":"The token is not allowed to read this account."}}]}
            """,
        ("Account", _) => """
            {"data":{"account":{"number":"A-1234ABCD","status":"ACTIVE","balance":"-123.45","createdAt":"2021-04-01T09:30:00+02:00","openedOn":"2021-04-01"}}}
            """,
        ("Readings", _) => """
            {"data":{"readings":[
              {"id":"TWV0ZXJSZWFkaW5nOjE=","value":"1234.567","readAt":"2026-03-01T00:00:00+01:00","register":1,"tags":["smart","half-hourly"]},
              {"id":"TWV0ZXJSZWFkaW5nOjI=","value":"1230.100","readAt":"2026-02-28T23:30:00+01:00","register":2,"tags":["estimated"]},
              {"id":"TWV0ZXJSZWFkaW5nOjM=","value":"1229.000","readAt":"2026-02-28T23:00:00+01:00","register":1,"tags":[]}]}}
            """,
        ("Search", _) => """
            {"data":{"search":[
              {"__typename":"Account","number":"A-1234ABCD","status":"PENDING"},
              {"__typename":"City","name":"Berlin","postcode":"10115"},
              {"__typename":"Meter","serial":"1ESY1161234567"}]}}
            """,
        _ => """{"errors":[{"message":"Unknown operation."}]}""",
    };
}
