using Kraken.Codegen.Package.Tests.Support;
using Xunit.Abstractions;

namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>
/// A new console app outside the repository with one PackageReference (Kraken.Codegen), a schema and two operation
/// files: it builds without a warning, and its generated client calls the installed tool's mock server over loopback.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsoleAppTests
{
    private readonly PackageTestBed _bed;
    private readonly ITestOutputHelper _output;

    public ConsoleAppTests(PackageTestBed bed, ITestOutputHelper output)
    {
        _bed = bed;
        _output = output;
    }

    [Fact]
    public async Task One_package_reference_builds_a_client_that_calls_a_loopback_mock_and_prints_typed_values()
    {
        var consumers = _bed.Consumers;
        var restore = await consumers.Restore;
        var build = await consumers.ConsoleAppBuild;
        _output.WriteLine($"pack of every package: {_bed.Feed.PackResult.Duration.TotalSeconds:F1} s; restore of the consumer projects: {restore.Duration.TotalSeconds:F1} s; build: {build.Duration.TotalSeconds:F1} s");

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.Contains("0 Error(s)", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(restore.Output.Split('\n'), line => line.Contains("warning", StringComparison.OrdinalIgnoreCase) && line.Contains("ConsoleApp.csproj", StringComparison.Ordinal));
        Assert.True(consumers.Projects.Restored("Kraken.Codegen"), "Kraken.Codegen did not come from the feed");
        Assert.True(consumers.Projects.Restored("Kraken.Codegen.Runtime"), "Kraken.Codegen.Runtime did not come from the feed");

        var tool = await _bed.Tool;
        await using var mock = tool.Start(["mock", "--schema", Path.Combine(consumers.ConsoleAppFolder, "GraphQL", "schema.graphqls")], consumers.ConsoleAppFolder);
        // The first line the mock prints is its endpoint, on a free port of 127.0.0.1.
        var endpoint = await mock.WaitForLineAsync(_ => true, TimeSpan.FromMinutes(1));
        Assert.True(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.IsLoopback, $"the mock printed '{endpoint}' as its endpoint:\n{mock.StandardOutput}{mock.StandardError}");

        var run = await Dotnet.RunAsync([Path.Combine(consumers.ConsoleAppFolder, "bin", "Release", "net10.0", "ConsoleApp.dll"), endpoint], consumers.ConsoleAppFolder, timeout: TimeSpan.FromMinutes(2));
        _output.WriteLine($"run: {run.Duration.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.Describe() + "\nmock server:\n" + mock.StandardError);
        Assert.Equal(
            """
            account abc123: status Active (known: True), balance 1.0 (+1 = 2.0), created 2020-01-01T00:00:00.0000000+00:00, opened 2020-01-01, meters 1 (+1 = 2)
            city abc123 (abc123)
            """.ReplaceLineEndings("\n"),
            run.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n'));
        // Disposing the mock kills it; how it answers Ctrl+C and SIGTERM is the CLI's own tests' concern.
    }

    [Fact]
    public async Task A_graphql_error_is_reported_at_its_line_and_column_by_the_consumers_dotnet_build()
    {
        var consumers = _bed.Consumers;
        var build = await consumers.BrokenConsumerBuild;
        _output.WriteLine($"build: {build.Duration.TotalSeconds:F1} s");

        Assert.NotEqual(0, build.ExitCode);
        var broken = Path.Combine(consumers.BrokenConsumerFolder, "GraphQL", "Broken.graphql");
        Assert.Contains($"{broken}(4,5): error KGQL0206: Field 'balanc' does not exist on type 'AccountType'. Did you mean 'balance'?", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("KGQL0505", build.Output, StringComparison.Ordinal);
        // The valid operation still generated: no C# error, only the GraphQL one.
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
    }

    /// <summary>The console app: one PackageReference, a schema, two operation files and a Program.cs.</summary>
    internal static void WriteConsoleApp(string folder, string version)
    {
        ConsumerFiles.WriteGraphQL(folder, ("Account.graphql", ConsumerFiles.AccountOperation), ("Cities.graphql", ConsumerFiles.CitiesOperation));
        File.WriteAllText(Path.Combine(folder, "ConsoleApp.csproj"), ProjectFile(version));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
    }

    /// <summary>A library with the same reference, one valid operation file and one with an error on line 4, column 5.</summary>
    internal static void WriteBrokenConsumer(string folder, string version)
    {
        ConsumerFiles.WriteGraphQL(folder, ("Account.graphql", ConsumerFiles.AccountOperation), ("Broken.graphql", ConsumerFiles.BrokenOperation));
        File.WriteAllText(Path.Combine(folder, "BrokenConsumer.csproj"), ProjectFile(version).Replace("<OutputType>Exe</OutputType>", string.Empty, StringComparison.Ordinal).Replace("ConsoleApp", "BrokenConsumer", StringComparison.Ordinal));
    }

    private static string ProjectFile(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>ConsoleApp</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Kraken.Codegen" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    private const string Program = """
        using System.Globalization;
        using ConsoleApp;
        using Kraken.Codegen.Runtime;

        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var http = new HttpClient();
        var client = new GraphQLClient(new KrakenGraphQLExecutor(http, new KrakenClientOptions { Endpoint = new Uri(args[0]) }));

        var account = (await client.AccountAsync("A-1234ABCD")).GetDataOrThrow().Account!;
        // Arithmetic on the members proves their C# types (decimal, int); the enum is a generated struct.
        decimal balance = account.Balance;
        int meters = account.MeterCount;
        DateTimeOffset created = account.CreatedAt;
        DateOnly? opened = account.OpenedOn;
        Console.WriteLine($"account {account.Number}: status {account.Status.Value} (known: {!account.Status.IsUnknown}), balance {balance} (+1 = {balance + 1}), created {created:O}, opened {opened:yyyy-MM-dd}, meters {meters} (+1 = {meters + 1})");

        foreach (var city in (await client.CitiesAsync("10115")).GetDataOrThrow().Cities)
        {
            Console.WriteLine($"city {city.Name} ({city.Postcode})");
        }
        """;
}
