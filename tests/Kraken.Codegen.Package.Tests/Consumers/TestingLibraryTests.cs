using System.Text.RegularExpressions;
using Kraken.Codegen.Package.Tests.Support;
using Xunit.Abstractions;

namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>
/// A new xunit project outside the repository referencing only Kraken.Codegen.Testing (its dependency
/// Kraken.Codegen.Core must restore from the same feed): it starts MockGraphQLServer, verifies the response with
/// ContractVerifier, and compares a SchemaSurface with its approved snapshot.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TestingLibraryTests
{
    private readonly PackageTestBed _bed;
    private readonly ITestOutputHelper _output;

    public TestingLibraryTests(PackageTestBed bed, ITestOutputHelper output)
    {
        _bed = bed;
        _output = output;
    }

    [Fact]
    public async Task A_fresh_test_project_uses_the_mock_server_the_contract_verifier_and_a_surface_snapshot()
    {
        var consumers = _bed.Consumers;
        var test = await consumers.ContractTestsRun;
        _output.WriteLine($"dotnet test: {test.Duration.TotalSeconds:F1} s");
        _output.WriteLine(test.Output);

        Assert.True(test.ExitCode == 0, test.Describe());
        var summary = Regex.Match(test.Output, @"Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+), Total:\s+(\d+)");
        Assert.True(summary.Success, test.Describe());
        Assert.Equal(("0", "3", "0"), (summary.Groups[1].Value, summary.Groups[2].Value, summary.Groups[3].Value));
        Assert.True(consumers.Projects.Restored("Kraken.Codegen.Testing"), "Kraken.Codegen.Testing did not come from the feed");
        Assert.True(consumers.Projects.Restored("Kraken.Codegen.Core"), "Kraken.Codegen.Core did not come from the feed");
    }

    /// <summary>An xunit project referencing only Kraken.Codegen.Testing (and the test framework).</summary>
    internal static void WriteContractTests(string project, PackageFeed feed)
    {
        ConsumerFiles.WriteGraphQL(project, ("Account.graphql", ConsumerFiles.AccountOperation), ("Cities.graphql", ConsumerFiles.CitiesOperation));
        File.WriteAllText(Path.Combine(project, "surface.approved.txt"), ApprovedSurface);
        File.WriteAllText(Path.Combine(project, "ContractTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Kraken.Codegen.Testing" Version="{feed.Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{feed.CentralVersionOf("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{feed.CentralVersionOf("xunit")}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{feed.CentralVersionOf("xunit.runner.visualstudio")}" />
              </ItemGroup>
              <ItemGroup>
                <None Include="GraphQL/**;surface.approved.txt" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "ContractTests.cs"), TestCode);
    }

    /// <summary>The surface of the two operations over <see cref="ConsumerFiles.Schema"/>, as the consumer approves it.</summary>
    internal const string ApprovedSurface = """
        # Schema surface of 2 operations: Account, Cities
        # query root: Query

        enum AccountStatus
          ACTIVE
          CLOSED

        object AccountType
          balance: Decimal!
          createdAt: DateTime!
          meterCount: Int!
          number: String!
          openedOn: Date
          status: AccountStatus!

        object City
          name: String!
          postcode: String!

        scalar Date

        scalar DateTime

        scalar Decimal

        scalar Int

        object Query
          account(accountNumber: String!): AccountType
          cities(postcode: String!): [City!]!

        scalar String
        """;

    private const string TestCode = """
        using System.Net.Http.Json;
        using Kraken.Codegen.Core.Documents;
        using Kraken.Codegen.Core.Schema;
        using Kraken.Codegen.Core.Text;
        using Kraken.Codegen.Testing;
        using Xunit;

        public class ContractTests
        {
            private static readonly string Sdl = File.ReadAllText("GraphQL/schema.graphqls");
            private static readonly string AccountText = File.ReadAllText("GraphQL/Account.graphql");

            private static (SchemaModel Schema, ExecutableDocumentSet Operations) Load() =>
                (SchemaBuilder.Build(new SourceFile("GraphQL/schema.graphqls", Sdl)),
                 new ExecutableDocumentSet(
                     ExecutableDocument.Parse("GraphQL/Account.graphql", AccountText),
                     ExecutableDocument.Parse("GraphQL/Cities.graphql", File.ReadAllText("GraphQL/Cities.graphql"))));

            [Fact]
            public async Task The_mock_servers_answer_meets_the_operations_contract()
            {
                await using var server = await MockGraphQLServer.StartAsync(Sdl);
                using var http = new HttpClient();
                var response = await http.PostAsJsonAsync(server.Endpoint, new { query = AccountText, operationName = "Account", variables = new { accountNumber = "A-1" } });
                var json = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, json);
                Assert.True(server.Endpoint.IsLoopback);

                var (schema, operations) = Load();
                var result = ContractVerifier.Create(schema, operations).Verify("Account", json);
                Assert.True(result.IsValid, result.ToString());
            }

            [Fact]
            public void A_response_that_breaks_the_contract_is_reported_with_its_json_path()
            {
                var (schema, operations) = Load();
                var result = ContractVerifier.Create(schema, operations).Verify("Account", "{\"data\":{\"account\":{\"number\":12,\"status\":\"ACTIVE\",\"balance\":\"1.0\",\"createdAt\":\"2020-01-01T00:00:00Z\",\"openedOn\":null,\"meterCount\":1}}}");
                Assert.False(result.IsValid);
                Assert.Contains("$.data.account.number", result.ToString());
            }

            [Fact]
            public void The_schema_surface_matches_its_approved_snapshot()
            {
                var (schema, operations) = Load();
                Assert.Equal(File.ReadAllText("surface.approved.txt").ReplaceLineEndings("\n").TrimEnd(), SchemaSurface.Create(schema, operations).ReplaceLineEndings("\n").TrimEnd());
            }
        }
        """;
}
