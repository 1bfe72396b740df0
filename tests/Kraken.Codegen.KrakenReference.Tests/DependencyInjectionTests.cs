using Kraken.Codegen.KrakenReference.Tests.KrakenOeg;
using Kraken.Codegen.KrakenReference.Tests.KrakenOegAuth;
using Kraken.Codegen.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// Kraken's two endpoints as an application wires them: the generated <c>KrakenOegClient</c> and
/// <c>KrakenOegAuthClient</c>, each registered with <c>AddKrakenGraphQLClient&lt;TClient&gt;</c> from its own
/// configuration section, each calling its own mock server on 127.0.0.1.
/// </summary>
public sealed class DependencyInjectionTests
{
    private const string ApiToken = "api-token-from-login-4e1b";

    // The reference documents queries only; the API mock also plays Kraken's login mutation.
    private const string LoginSdl = """

        input ObtainJSONWebTokenInput { APIKey: String email: String password: String refreshToken: String organizationSecretKey: String preSignedKey: String }
        type ObtainKrakenJSONWebToken { token: String! payload: GenericScalar refreshToken: String refreshExpiresIn: Int }
        type Mutation { obtainKrakenToken(input: ObtainJSONWebTokenInput!): ObtainKrakenJSONWebToken }
        """;

    private static async Task<(MockGraphQLServer Api, MockGraphQLServer Auth)> StartServersAsync()
    {
        var apiOptions = new MockGraphQLServerOptions().LoadFieldExamples(TestFiles.ExamplesPath(ReferenceText.ApiFolder));
        apiOptions.Fields["Mutation.obtainKrakenToken"] = MockField.Value(new Dictionary<string, object?>
        {
            ["token"] = ApiToken,
            ["payload"] = new Dictionary<string, object?> { ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds() },
            ["refreshToken"] = "refresh-token-9c2d",
            ["refreshExpiresIn"] = DateTimeOffset.UtcNow.AddDays(7).ToUnixTimeSeconds(),
        });
        var authOptions = new MockGraphQLServerOptions().LoadFieldExamples(TestFiles.ExamplesPath(ReferenceText.AuthFolder));
        var api = await MockGraphQLServer.StartAsync(await File.ReadAllTextAsync(TestFiles.SchemaPath(ReferenceText.ApiFolder)) + LoginSdl, apiOptions);
        var auth = await MockGraphQLServer.StartAsync(await File.ReadAllTextAsync(TestFiles.SchemaPath(ReferenceText.AuthFolder)), authOptions);
        return (api, auth);
    }

    private static ServiceProvider Register(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddKrakenGraphQLClient<KrakenOegClient>(configuration.GetSection("Kraken:Api"));
        services.AddKrakenGraphQLClient<KrakenOegAuthClient>(configuration.GetSection("Kraken:Auth"));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task The_API_and_auth_clients_each_call_their_own_endpoint_and_only_the_API_client_logs_in()
    {
        var (api, auth) = await StartServersAsync();
        await using var _ = api;
        await using var __ = auth;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kraken:Api:Endpoint"] = api.Endpoint.ToString(),
            ["Kraken:Api:Credentials:ApiKey"] = "reference-api-key",
            ["Kraken:Auth:Endpoint"] = auth.Endpoint.ToString(),
        }).Build();
        await using var provider = Register(configuration);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var account = (await provider.GetRequiredService<KrakenOegClient>().AccountAsync("A-1234ABCD")).GetDataOrThrow().Account;
        var version = (await provider.GetRequiredService<KrakenOegAuthClient>().KrakenVersionAsync()).GetDataOrThrow().KrakenVersion;

        Assert.Equal("abc123", account?.Number);
        Assert.Equal("abc123", version?.Number);
        Assert.Equal(["ObtainKrakenToken", "Account"], api.Requests.Select(request => request.OperationName));
        Assert.Null(api.Requests[0].Authorization);
        Assert.Contains("reference-api-key", api.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(ApiToken, api.Requests[1].Authorization);
        var authRequest = Assert.Single(auth.Requests);
        Assert.Equal("KrakenVersion", authRequest.OperationName);
        Assert.Null(authRequest.Authorization);
    }

    [Fact]
    public async Task A_missing_endpoint_stops_start_up_naming_the_setting_and_the_generated_client()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kraken:Api:Endpoint"] = "https://api.oeg-kraken.energy/v1/graphql/",
        }).Build();
        await using var provider = Register(configuration);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(nameof(KrakenOegAuthClient), exception.OptionsName);
        Assert.Equal(
            ["Kraken:Auth:Endpoint is required: the absolute http or https URI of the GraphQL endpoint. (client KrakenOegAuthClient)"],
            exception.Failures);
    }
}
