using Kraken.Codegen.Package.Tests.Support;
using Xunit.Abstractions;

namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>
/// The package's precompiled analyzer assemblies (precompiled/linux-x64) as a user's build meets them: on a .NET 10 SDK
/// on linux-x64 the compiler gets them in place of analyzers/dotnet/cs, <c>KrakenCodegenPrecompiled=false</c> turns
/// that off, another platform or SDK (the properties MSBuild reads them from, overridden) never gets them, and both
/// generate the same files, byte for byte.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PrecompiledAnalyzerTests
{
    private const string ProjectName = "PrecompiledConsumer";

    private readonly PackageTestBed _bed;
    private readonly ITestOutputHelper _output;

    public PrecompiledAnalyzerTests(PackageTestBed bed, ITestOutputHelper output)
    {
        _bed = bed;
        _output = output;
    }

    /// <summary>What <see cref="BuildBothWaysAsync"/> ran.</summary>
    public sealed record Builds(
        string SdkRuntimeIdentifier,
        ProcessResult PrecompiledAnalyzers,
        ProcessResult PrecompiledBuild,
        ProcessResult PortableAnalyzers,
        ProcessResult PortableBuild,
        ProcessResult OtherPlatformAnalyzers,
        ProcessResult OtherSdkAnalyzers);

    [SkippableFact]
    public async Task On_linux_x64_the_compiler_gets_the_precompiled_generator_and_it_generates_exactly_what_the_portable_one_does()
    {
        var consumers = _bed.Consumers;
        var builds = await consumers.PrecompiledConsumerBuilds;
        Skip.IfNot(builds.SdkRuntimeIdentifier == "linux-x64", $"The package has precompiled assemblies for linux-x64 only; this SDK runs on {builds.SdkRuntimeIdentifier}.");
        _output.WriteLine($"builds: precompiled {builds.PrecompiledBuild.Duration.TotalSeconds:F1} s, portable {builds.PortableBuild.Duration.TotalSeconds:F1} s");

        var package = Path.Combine(consumers.Projects.PackagesFolder, "kraken.codegen", _bed.Feed.Version);
        var precompiledFolder = Path.Combine(package, "precompiled", "linux-x64") + Path.DirectorySeparatorChar;
        var portableFolder = Path.Combine(package, "analyzers", "dotnet", "cs") + Path.DirectorySeparatorChar;
        // The setting off, a platform without images and another SDK all get the portable assemblies.
        var portableCases = new[] { builds.PortableAnalyzers, builds.OtherPlatformAnalyzers, builds.OtherSdkAnalyzers };
        foreach (var (analyzers, expected, other) in portableCases.Select(a => (a, portableFolder, precompiledFolder)).Prepend((builds.PrecompiledAnalyzers, precompiledFolder, portableFolder)))
        {
            Assert.True(analyzers.ExitCode == 0, analyzers.Describe());
            Assert.Contains(expected + "Kraken.Codegen.Generator.dll", analyzers.StandardOutput, StringComparison.Ordinal);
            Assert.Contains(expected + "Scriban.Signed.dll", analyzers.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(other, analyzers.StandardOutput, StringComparison.Ordinal);
        }

        foreach (var (build, folder) in new[] { (builds.PrecompiledBuild, precompiledFolder), (builds.PortableBuild, portableFolder) })
        {
            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
            // The compiler's command line, logged by the Csc task.
            Assert.Contains("/analyzer:" + folder + "Kraken.Codegen.Generator.dll", build.Output, StringComparison.Ordinal);
        }

        var precompiled = GeneratedFiles(consumers.PrecompiledConsumerFolder, "precompiled");
        var portable = GeneratedFiles(consumers.PrecompiledConsumerFolder, "portable");
        Assert.Contains(precompiled.Keys, name => name.EndsWith("AccountQuery.g.cs", StringComparison.Ordinal));
        Assert.Equal(portable.Keys.Order(StringComparer.Ordinal), precompiled.Keys.Order(StringComparer.Ordinal));
        Assert.All(portable, file => Assert.Equal(file.Value, precompiled[file.Key]));
    }

    internal static void WriteConsumer(string folder, string version)
    {
        ConsumerFiles.WriteGraphQL(folder, ("Account.graphql", ConsumerFiles.AccountOperation), ("Cities.graphql", ConsumerFiles.CitiesOperation));
        File.WriteAllText(Path.Combine(folder, ProjectName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Kraken.Codegen" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>
    /// The analyzer items and a build, first as the package sets them up, then with <c>KrakenCodegenPrecompiled=false</c>;
    /// one after the other, each build into folders of its own.
    /// </summary>
    internal static async Task<Builds> BuildBothWaysAsync(string folder, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var rid = await RunAsync(["msbuild", "-getProperty:NETCoreSdkRuntimeIdentifier", "-nologo"]);
        var precompiledAnalyzers = await Analyzers(string.Empty);
        var precompiledBuild = await Build("precompiled", string.Empty);
        var portableAnalyzers = await Analyzers("-p:KrakenCodegenPrecompiled=false");
        var portableBuild = await Build("portable", "-p:KrakenCodegenPrecompiled=false");
        var otherPlatformAnalyzers = await Analyzers("-p:NETCoreSdkRuntimeIdentifier=win-x64");
        var otherSdkAnalyzers = await Analyzers("-p:NETCoreSdkVersion=9.0.300");
        return new Builds(rid.StandardOutput.Trim(), precompiledAnalyzers, precompiledBuild, portableAnalyzers, portableBuild, otherPlatformAnalyzers, otherSdkAnalyzers);

        Task<ProcessResult> Analyzers(string setting) =>
            RunAsync(["msbuild", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", "-nologo", .. Setting(setting)]);

        // Normal verbosity logs the compiler's command line.
        Task<ProcessResult> Build(string name, string setting) =>
            RunAsync(["build", "--no-restore", "-nologo", "-v:n", $"-p:BaseOutputPath=bin/{name}/", $"-p:IntermediateOutputPath=obj/{name}/", $"-p:CompilerGeneratedFilesOutputPath={GeneratedFolder(folder, name)}", .. Setting(setting)]);

        static string[] Setting(string setting) => setting.Length == 0 ? [] : [setting];

        Task<ProcessResult> RunAsync(string[] arguments) =>
            Dotnet.RunAsync(arguments, folder, environment, TimeSpan.FromMinutes(8), cancellationToken);
    }

    // Beside the project folder, not in it: the second build would compile the first one's files.
    private static string GeneratedFolder(string projectFolder, string name) => Path.Combine(projectFolder + "-generated", name);

    private static Dictionary<string, string> GeneratedFiles(string folder, string name)
    {
        var root = GeneratedFolder(folder, name);
        return Directory.GetFiles(root, "*.g.cs", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }
}
