using System.Diagnostics;
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
    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public ConsoleAppTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Fact]
    public void One_package_reference_builds_a_client_that_calls_a_loopback_mock_and_prints_typed_values()
    {
        _output.WriteLine($"pack of every package: {_feed.PackDuration.TotalSeconds:F0} s");
        var project = _feed.NewProjectFolder("ConsoleApp");
        ConsumerFiles.WriteGraphQL(project, ("Account.graphql", ConsumerFiles.AccountOperation), ("Cities.graphql", ConsumerFiles.CitiesOperation));
        File.WriteAllText(Path.Combine(project, "ConsoleApp.csproj"), ProjectFile(_feed.Version));
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);

        var build = Timed("build", () => Dotnet.Run(["build", "-c", "Release", "-nologo"], project, _feed.RestoreEnvironment));
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.Contains("0 Error(s)", build.Output, StringComparison.Ordinal);
        AssertRestoredFromFeed("kraken.codegen", "kraken.codegen.runtime");

        using var mock = ProcessRunner.Start(_feed.ToolExecutable, ["mock", "--schema", Path.Combine(project, "GraphQL", "schema.graphqls")], project);
        try
        {
            // The first line the mock prints is its endpoint (stderr is only read if it printed something else).
            var endpoint = mock.StandardOutput.ReadLine();
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || !uri.IsLoopback)
            {
                StopWithCtrlC(mock);
                Assert.Fail($"the mock printed '{endpoint}' as its endpoint: {mock.StandardError.ReadToEnd()}");
            }

            var run = Timed("run", () => Dotnet.Run([Path.Combine(project, "bin", "Release", "net10.0", "ConsoleApp.dll"), endpoint!], project, timeout: TimeSpan.FromMinutes(2)));
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(
                """
                account abc123: status Active (known: True), balance 1.0 (+1 = 2.0), created 2020-01-01T00:00:00.0000000+00:00, opened 2020-01-01, meters 1 (+1 = 2)
                city abc123 (abc123)
                """.ReplaceLineEndings("\n"),
                run.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n'));
        }
        finally
        {
            StopWithCtrlC(mock);
        }

        // Ctrl+C (SIGINT) stops the mock with its documented exit code 0.
        Assert.Equal(0, mock.ExitCode);
    }

    [Fact]
    public void A_graphql_error_is_reported_at_its_line_and_column_by_the_consumers_dotnet_build()
    {
        var project = _feed.NewProjectFolder("BrokenConsumer");
        ConsumerFiles.WriteGraphQL(project, ("Account.graphql", ConsumerFiles.AccountOperation), ("Broken.graphql", ConsumerFiles.BrokenOperation));
        File.WriteAllText(Path.Combine(project, "BrokenConsumer.csproj"), ProjectFile(_feed.Version).Replace("<OutputType>Exe</OutputType>", string.Empty, StringComparison.Ordinal));

        var build = Timed("build", () => Dotnet.Run(["build", "-nologo"], project, _feed.RestoreEnvironment));

        Assert.NotEqual(0, build.ExitCode);
        var broken = Path.Combine(project, "GraphQL", "Broken.graphql");
        Assert.Contains($"{broken}(4,5): error KGQL0206: Field 'balanc' does not exist on type 'AccountType'. Did you mean 'balance'?", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("KGQL0505", build.Output, StringComparison.Ordinal);
        // The valid operation still generated: no C# error, only the GraphQL one.
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
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

    private ProcessResult Timed(string what, Func<ProcessResult> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        _output.WriteLine($"{what}: {stopwatch.Elapsed.TotalSeconds:F1} s (exit {result.ExitCode})");
        return result;
    }

    /// <summary>Our packages were extracted into the run's own packages folder, at this run's version: the just-packed bits.</summary>
    private void AssertRestoredFromFeed(params string[] ids)
    {
        foreach (var id in ids)
        {
            Assert.True(Directory.Exists(Path.Combine(_feed.PackagesFolder, id, _feed.Version)), $"{id} {_feed.Version} was not restored into {_feed.PackagesFolder}");
        }
    }

    private static void StopWithCtrlC(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }
}
