using System.Diagnostics;
using System.Reflection;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.GraphQLConfig;

namespace Kraken.Codegen.Tool.Tests.Processes;

/// <summary>
/// <c>kraken-codegen init</c> as a user runs it: the built tool as a child process in an empty folder outside the
/// repository, against a loopback mock server; then <c>dotnet build</c> of the new project (zero warnings) and a run of
/// the program it wrote against the mock. The packages are not on a feed here, so the test swaps the two
/// PackageReference lines init wrote (checked first: ids and the tool's own version) for the repository's
/// buildTransitive imports and project references, which is what the packages carry. What the test does not cover:
/// restoring the packages from a feed.
/// </summary>
public sealed class InitEndToEndTests
{
    private const string ServerSdl = """
        type Query {
          "The signed-in user."
          viewer: User
          account(accountNumber: String!): Account
        }
        type User { id: ID! givenName: String email: String friends(first: Int!): [User!] }
        type Account { number: String! balance: Int! status: AccountStatus }
        enum AccountStatus { ACTIVE DORMANT }
        """;

    [Fact]
    public async Task Init_against_an_endpoint_builds_with_zero_warnings_and_runs_against_it()
    {
        var variable = "KRAKEN_CODEGEN_INIT_TOKEN";
        await using var server = await MockGraphQLServer.StartAsync(ServerSdl);
        var folder = Directory.CreateTempSubdirectory("kraken-codegen-init-");
        try
        {
            var app = Path.Combine(folder.FullName, "MyApp");
            var init = await RunToolAsync(folder.FullName, new Dictionary<string, string> { [variable] = "tok-123" },
                "init", "--directory", "MyApp", "--endpoint", server.Endpoint.ToString(), "--header", "Authorization: ${" + variable + "}");

            Assert.True(init.ExitCode == 0, init.ToString());
            Assert.Contains("Next: cd MyApp && dotnet run", init.Output, StringComparison.Ordinal);
            Assert.All(server.Requests, request => Assert.Equal("tok-123", request.Authorization));
            var operation = File.ReadAllText(Path.Combine(app, "GraphQL", "api", "Viewer.graphql"));
            Assert.Contains("query Viewer {\n  viewer {\n    id\n    givenName\n    email\n  }\n}", operation, StringComparison.Ordinal);
            var config = GraphQLConfigReader.Read(Path.Combine(app, ".graphqlrc.yml")).FindProject("api")!;
            Assert.Equal(server.Endpoint.ToString(), config.KrakenCodegen!.Endpoint);
            Assert.Equal("${" + variable + "}", config.KrakenCodegen.Headers["Authorization"]);

            var project = Path.Combine(app, "MyApp.csproj");
            UseRepositoryProjects(project);
            var build = Run(app, "dotnet", "build", project, "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo");
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

            var run = Run(app, "dotnet", Path.Combine(app, "bin", Configuration, "net10.0", "MyApp.dll"), server.Endpoint.ToString());
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Data { Viewer = Viewer { Id = abc123", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task Init_with_the_Kraken_reference_builds_and_runs_against_a_mock_of_it()
    {
        var folder = Directory.CreateTempSubdirectory("kraken-codegen-init-");
        try
        {
            var init = await RunToolAsync(folder.FullName, new Dictionary<string, string>(), "init", "--kraken-reference");

            Assert.True(init.ExitCode == 0, init.ToString());
            var name = Path.GetFileName(folder.FullName);
            var schema = Path.Combine(folder.FullName, "GraphQL", "kraken-oeg", "schema.graphqls");
            var committed = Kraken.Codegen.TestSupport.RepositoryLayout.Root is { } root ? Path.Combine(root, "schema", "kraken-oeg", "schema.graphqls") : null;
            Skip.If(committed is null || !File.Exists(committed), "The repository's schema/kraken-oeg is not beside the tests.");
            Assert.Equal(File.ReadAllText(committed!), File.ReadAllText(schema));
            Assert.Contains("Authorization: ${KRAKEN_TOKEN}", File.ReadAllText(Path.Combine(folder.FullName, ".graphqlrc.yml")), StringComparison.Ordinal);

            var project = Path.Combine(folder.FullName, name + ".csproj");
            UseRepositoryProjects(project);
            var build = Run(folder.FullName, "dotnet", "build", project, "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo");
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

            await using var server = await MockGraphQLServer.StartAsync(File.ReadAllText(schema));
            var run = Run(folder.FullName, "dotnet", Path.Combine(folder.FullName, "bin", Configuration, "net10.0", name + ".dll"), server.Endpoint.ToString());
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Viewer = ", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Init_in_an_existing_project_adds_the_references_once_and_writes_no_program()
    {
        await using var server = await MockGraphQLServer.StartAsync(ServerSdl);
        var folder = Directory.CreateTempSubdirectory("kraken-codegen-init-");
        try
        {
            var project = Path.Combine(folder.FullName, "Existing.csproj");
            File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Kraken.Codegen.Runtime\" Version=\"0.9.0\" />\n  </ItemGroup>\n</Project>\n");

            var init = await RunToolAsync(folder.FullName, new Dictionary<string, string>(), "init", "--endpoint", server.Endpoint.ToString(), "--name", "billing");

            Assert.True(init.ExitCode == 0, init.ToString());
            var text = File.ReadAllText(project);
            Assert.Contains($"<PackageReference Include=\"Kraken.Codegen\" Version=\"{ToolVersion}\" />", text, StringComparison.Ordinal);
            Assert.Contains("<PackageReference Include=\"Kraken.Codegen.Runtime\" Version=\"0.9.0\" />", text, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Kraken.Codegen.Runtime"));
            Assert.False(File.Exists(Path.Combine(folder.FullName, "Program.cs")));
            Assert.True(File.Exists(Path.Combine(folder.FullName, "GraphQL", "billing", "Viewer.graphql")));

            // A second init for the same schema folder refuses instead of overwriting.
            var again = await RunToolAsync(folder.FullName, new Dictionary<string, string>(), "init", "--endpoint", server.Endpoint.ToString(), "--name", "billing");
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ToolVersion =>
        (typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>Replaces the package reference init wrote by what the package carries (generator and runtime), from this repository.</summary>
    private static void UseRepositoryProjects(string projectPath)
    {
        var generator = Path.Combine(Kraken.Codegen.TestSupport.RepositoryLayout.Root!, "generator", "Kraken.Codegen.Generator");
        var runtime = Path.Combine(Kraken.Codegen.TestSupport.RepositoryLayout.Root!, "runtime", "Kraken.Codegen.Runtime", "Kraken.Codegen.Runtime.csproj");
        var text = File.ReadAllText(projectPath);
        var packageReference = $"<PackageReference Include=\"Kraken.Codegen\" Version=\"{ToolVersion}\" />";
        Assert.Contains(packageReference, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kraken.Codegen.Runtime", text, StringComparison.Ordinal);
        text = text
            .Replace(packageReference, $"<ProjectReference Include=\"{generator}/Kraken.Codegen.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n    <ProjectReference Include=\"{runtime}\" />", StringComparison.Ordinal)
            .Replace("<Project Sdk=\"Microsoft.NET.Sdk\">", $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <Import Project=\"{generator}/buildTransitive/Kraken.Codegen.props\" />", StringComparison.Ordinal)
            .Replace("</Project>", $"  <Import Project=\"{generator}/buildTransitive/Kraken.Codegen.targets\" />\n</Project>", StringComparison.Ordinal);
        File.WriteAllText(projectPath, text);
    }

    private static async Task<ProcessRun> RunToolAsync(string workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var start = ToolProcess.StartInfo(args);
        start.WorkingDirectory = workingDirectory;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessRun(process.ExitCode, await output, await error);
    }

    private static ProcessRun Run(string workingDirectory, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within 5 minutes.");
        }

        return new ProcessRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private sealed record ProcessRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }
}
