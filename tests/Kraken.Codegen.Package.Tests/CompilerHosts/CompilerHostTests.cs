using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Kraken.Codegen.Package.Tests.Support;
using Xunit.Abstractions;

namespace Kraken.Codegen.Package.Tests.CompilerHosts;

/// <summary>
/// The packed analyzer folder (analyzers/dotnet/cs of Kraken.Codegen) under Roslyn 4.14's csc on .NET 9, exactly as
/// the README's compatibility statement claims: code is generated (no KGQL0505), it compiles, and the analyzer reports
/// at a .graphql line.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerHostTests
{
    private readonly PackageTestBed _bed;
    private readonly ITestOutputHelper _output;

    public CompilerHostTests(PackageTestBed bed, ITestOutputHelper output)
    {
        _bed = bed;
        _output = output;
    }

    [SkippableFact]
    public async Task The_packed_generator_generates_compiling_code_and_reports_graphql_diagnostics_under_Roslyn_4_14_on_dotnet_9()
    {
        var runs = await RunsAsync();
        var runtimes = await runs.Runtimes;
        Assert.Equal($"Microsoft.NETCore.App {CompilerHost.RuntimeVersion} [{Path.Combine(runs.Host.DotnetRoot, "shared", "Microsoft.NETCore.App")}]", runtimes.StandardOutput.Trim());
        var version = await runs.CompilerVersion;
        Assert.StartsWith(CompilerHost.ToolsetVersion + "-", version.StandardOutput.Trim(), StringComparison.Ordinal);

        var compilation = await runs.WithPackedAnalyzers;
        var result = compilation.Result;
        _output.WriteLine($"host: restore {runs.Host.RestoreDuration.TotalSeconds:F1} s, layout {runs.Host.LayoutDuration.TotalSeconds:F1} s; csc: {result.Duration.TotalSeconds:F1} s");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.DoesNotContain("KGQL0505", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", result.Output, StringComparison.Ordinal);
        // csc names additional files relative to its working directory, the project folder.
        Assert.Contains($"{Path.Combine("GraphQL", "Legacy.graphql")}(4,5): warning KGQL0301: ", result.Output, StringComparison.Ordinal);
        var generated = Directory.GetFiles(compilation.GeneratedFolder, "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();
        Assert.Contains(generated, name => name!.EndsWith("AccountQuery.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, name => name!.EndsWith("LegacyQuery.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, name => name!.EndsWith("GraphQLClient.g.cs", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(compilation.ProjectFolder, "Consumer.dll")));
    }

    [SkippableFact]
    public async Task Every_assembly_the_analyzer_folder_references_is_in_the_folder_or_in_the_compiler_host()
    {
        var host = await HostAsync();
        var analyzerFolder = _bed.Feed.AnalyzerFolder;
        var shipped = AssemblyVersions(Directory.GetFiles(analyzerFolder, "*.dll"));
        // The host: the .NET 9 shared framework (netstandard, System.*, Microsoft.CSharp, System.Collections.Immutable,
        // System.Reflection.Metadata …) and the compiler's own assemblies (Microsoft.CodeAnalysis*).
        var hostAssemblies = AssemblyVersions(Directory.GetFiles(host.RuntimeDirectory, "*.dll").Concat(Directory.GetFiles(host.CompilerDirectory, "*.dll")));

        var missing = new List<string>();
        var needed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Kraken.Codegen.Generator" };
        foreach (var file in Directory.GetFiles(analyzerFolder, "*.dll"))
        {
            foreach (var reference in References(file))
            {
                var inFolder = shipped.GetValueOrDefault(reference.Name);
                var inHost = hostAssemblies.GetValueOrDefault(reference.Name);
                if (!(inHost >= reference.Version))
                {
                    // The host cannot serve it: the folder must, and so the folder's copy is needed.
                    needed.Add(reference.Name);
                    if (!(inFolder >= reference.Version))
                    {
                        missing.Add($"{Path.GetFileName(file)} → {reference.Name} {reference.Version} (folder: {inFolder?.ToString() ?? "none"}, host: {inHost?.ToString() ?? "none"})");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, "Assemblies neither in the analyzer folder nor in the compiler host (Roslyn 4.14 on .NET 9):\n" + string.Join("\n", missing));
        // And nothing in the folder is there for nothing: each assembly is the generator or one some assembly of the
        // folder references at a version the host lacks. (A copy of a compiler assembly would never be loaded.)
        Assert.Empty(shipped.Keys.Where(name => !needed.Contains(name)).Order(StringComparer.Ordinal));
    }

    private async Task<CompilerHost> HostAsync()
    {
        var host = await _bed.CompilerHost;
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        return host;
    }

    private async Task<CompilerHostRuns> RunsAsync()
    {
        await HostAsync();
        return await _bed.CompilerHostRuns;
    }

    private static Dictionary<string, Version?> AssemblyVersions(IEnumerable<string> files)
    {
        var versions = new Dictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                continue; // native libraries of the runtime
            }

            var definition = pe.GetMetadataReader().GetAssemblyDefinition();
            var reader = pe.GetMetadataReader();
            versions[reader.GetString(definition.Name)] = definition.Version;
        }

        return versions;
    }

    private static List<(string Name, Version Version)> References(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
    }
}
