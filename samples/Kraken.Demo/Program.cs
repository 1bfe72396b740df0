using Kraken.Codegen.Testing;
using Kraken.Demo.KrakenOeg;
using Kraken.Demo.KrakenOegAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// The demo runs the generated Kraken client against embedded mock servers on 127.0.0.1 (no network needed):
// the API server and the auth server, each built from the schema imported from the Kraken query reference and
// answering the reference's example values (examples.json: "PENDING" where the schema only knows a String).
// The reference documents queries only, so the API mock also plays Kraken's login mutation (with its sample values).
var schemas = Path.Combine(AppContext.BaseDirectory, "schemas");
await using var apiServer = await MockGraphQLServer.StartAsync(
    File.ReadAllText(Path.Combine(schemas, "kraken-oeg.graphqls")) + LoginMutationSdl(),
    new MockGraphQLServerOptions().LoadFieldExamples(Path.Combine(schemas, "kraken-oeg.examples.json")));
await using var authServer = await MockGraphQLServer.StartAsync(
    File.ReadAllText(Path.Combine(schemas, "kraken-oeg-auth.graphqls")),
    new MockGraphQLServerOptions().LoadFieldExamples(Path.Combine(schemas, "kraken-oeg-auth.examples.json")));
Console.WriteLine($"Mock Kraken API on {apiServer.Endpoint}, auth server on {authServer.Endpoint}");
Console.WriteLine();

// Both clients are wired the way an application wires them: appsettings.json names the real endpoints, and a
// later source (here in memory; environment variables or user secrets in an application) points them at the mock
// servers and adds the API key. Each client gets its own validated options, HttpClient, token provider and executor.
var configuration = new ConfigurationBuilder()
    .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Kraken:Api:Endpoint"] = apiServer.Endpoint.ToString(),
        ["Kraken:Api:Credentials:ApiKey"] = "demo-api-key",
        ["Kraken:Auth:Endpoint"] = authServer.Endpoint.ToString(),
    })
    .Build();
var services = new ServiceCollection();
services.AddKrakenGraphQLClient<KrakenOegClient>(configuration.GetSection("Kraken:Api"));
services.AddKrakenGraphQLClient<KrakenOegAuthClient>(configuration.GetSection("Kraken:Auth"));
await using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();
var kraken = provider.GetRequiredService<KrakenOegClient>();

var account = (await kraken.AccountAsync("A-1234ABCD")).GetDataOrThrow().Account!;
Section("account (query Account)");
Print("number", account.Number);
Print("status", account.Status);
Print("balance", account.Balance);
Print("billingName", account.BillingName);
Print("createdAt", account.CreatedAt);
Print("users.__typename", account.Users?.Typename);
Print("address.__typename", account.Address?.Typename);

var eligibility = (await kraken.AccountIoEligibilityAsync("A-1234ABCD")).GetDataOrThrow().AccountIoEligibility;
Section("accountIoEligibility (query AccountIoEligibility)");
Print("isEligibleForIo", eligibility?.IsEligibleForIo);

var cities = (await kraken.CityByPostcodeAsync("10115")).GetDataOrThrow().CityByPostcode;
Section("cityByPostcode (query CityByPostcode)");
Print("city", cities);

var readings = (await kraken.ElectricityMeterReadingsAsync("A-1234ABCD", "meter-1", first: 10)).GetDataOrThrow().ElectricityMeterReadings;
Section("electricityMeterReadings (query ElectricityMeterReadings)");
Print("totalCount", readings?.TotalCount);
Print("edgeCount", readings?.EdgeCount);
Print("edges.__typename", readings?.Edges?.Typename);

var devices = (await kraken.DevicesAsync("A-1234ABCD")).GetDataOrThrow().Devices;
Section("devices (query Devices)");
foreach (var device in devices ?? [])
{
    Print("device", $"{device?.Name} ({device?.DeviceType}, provider {device?.Provider}, status {device?.Status?.Typename})");
}

// Deprecated since 2023-05-10, removal on or after 2024-01-01: the build printed warning KGQL0301 for it.
// Reading the deprecated member is a conscious choice here, so its CS0618 warning is silenced at this one place.
#pragma warning disable CS0618
var chargePoints = (await kraken.ChargePointDevicesAsync()).GetDataOrThrow().ChargePointDevices;
#pragma warning restore CS0618
Section("chargePointDevices (query ChargePointDevices, deprecated)");
Print("makes", Join(chargePoints, device => device?.Make));

// The auth server is a different endpoint with its own schema, so it has its own generated client and settings.
var auth = provider.GetRequiredService<KrakenOegAuthClient>();
var version = (await auth.KrakenVersionAsync()).GetDataOrThrow().KrakenVersion;
Section("krakenVersion (auth server, query KrakenVersion)");
Print("number", version?.Number);
Print("SHA", version?.Sha);

// Errors are data: Kraken answers HTTP 200 with errors[], and the generated constants name the codes.
apiServer.SetField("Query.account", MockField.Error(KrakenOegErrorCodes.KT_CT_4177, "Unauthorized.", "AUTHORIZATION"));
var denied = await kraken.AccountAsync("A-OTHER");
Section("account with an injected KT-CT-4177 error");
Print("has KT-CT-4177", denied.HasErrorCode(KrakenOegErrorCodes.KT_CT_4177));
Print("documented text", KrakenOegErrorCodes.GetDescription(KrakenOegErrorCodes.KT_CT_4177));
Print("operation may raise", string.Join(", ", AccountQuery.PossibleErrorCodes));

// One login for the API client (sent without an Authorization header), its token on every API call after it; the
// auth client has no credentials configured, so its calls carry no header.
var logins = apiServer.Requests.Where(request => request.OperationName == "ObtainKrakenToken").ToArray();
var apiCalls = apiServer.Requests.Where(request => request.OperationName != "ObtainKrakenToken").ToArray();
Section("authentication, per client");
Print("API logins", $"{logins.Length} (without Authorization: {logins.All(request => request.Authorization is null)})");
Print("API calls with token", $"{apiCalls.Count(request => request.Authorization is not null)} of {apiCalls.Length}");
Print("auth calls with token", $"{authServer.Requests.Count(request => request.Authorization is not null)} of {authServer.RequestCount}");

// A missing setting stops the application at start-up, naming the setting and its client.
var incomplete = new ServiceCollection();
incomplete.AddKrakenGraphQLClient<KrakenOegAuthClient>(new ConfigurationBuilder().Build().GetSection("Kraken:Auth"));
using (var incompleteProvider = incomplete.BuildServiceProvider())
{
    Section("start-up validation without Kraken:Auth:Endpoint");
    try
    {
        incompleteProvider.GetRequiredService<IStartupValidator>().Validate();
        Print("result", "accepted (unexpected)");
    }
    catch (OptionsValidationException exception)
    {
        Print("result", exception.Message);
    }
}

Console.WriteLine();
Console.WriteLine($"{apiServer.RequestCount + authServer.RequestCount} requests served over HTTP on 127.0.0.1.");
return 0;

static string LoginMutationSdl() => """

    input ObtainJSONWebTokenInput { APIKey: String email: String password: String refreshToken: String organizationSecretKey: String preSignedKey: String }
    type ObtainKrakenJSONWebToken { token: String! payload: GenericScalar refreshToken: String refreshExpiresIn: Int }
    type Mutation { obtainKrakenToken(input: ObtainJSONWebTokenInput!): ObtainKrakenJSONWebToken }
    """;

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}

static string Join<T>(IEnumerable<T>? items, Func<T, string?> describe) =>
    items is null ? "(null)" : string.Join(", ", items.Select(item => describe(item) ?? "(null)"));

static void Print(string label, object? value) => Console.WriteLine($"  {label,-20} {Format(value)}");

static string Format(object? value) => value switch
{
    null => "(null)",
    DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
    IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
    _ => value.ToString() ?? string.Empty,
};
