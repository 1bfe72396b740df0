using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Kraken.Codegen.Package.Tests.Consumers;
using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.CompilerHosts;

/// <summary>
/// The packed analyzer folder (analyzers/dotnet/cs of Kraken.Codegen) under Roslyn 4.14's csc on .NET 9, exactly as
/// the README's compatibility statement claims: code is generated (no KGQL0505), it compiles, and the analyzer reports
/// at a .graphql line.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerHostTests : IClassFixture<CompilerHost>
{
    private readonly PackageFeed _feed;
    private readonly CompilerHost _host;

    public CompilerHostTests(PackageFeed feed, CompilerHost host)
    {
        _feed = feed;
        _host = host;
    }

    [SkippableFact]
    public void The_packed_generator_generates_compiling_code_and_reports_graphql_diagnostics_under_Roslyn_4_14_on_dotnet_9()
    {
        Skip.If(_host.UnavailableReason is not null, _host.UnavailableReason);
        var analyzerFolder = Path.Combine(_feed.Extract("Kraken.Codegen"), "analyzers", "dotnet", "cs");

        var runtimes = _host.Run(["--list-runtimes"], _feed.WorkRoot);
        Assert.Equal($"Microsoft.NETCore.App {CompilerHost.RuntimeVersion} [{Path.Combine(_host.DotnetRoot, "shared", "Microsoft.NETCore.App")}]", runtimes.StandardOutput.Trim());
        var version = _host.Run([Path.Combine(_host.CompilerDirectory, "csc.dll"), "-version"], _feed.WorkRoot);
        Assert.StartsWith(CompilerHost.ToolsetVersion + "-", version.StandardOutput.Trim(), StringComparison.Ordinal);

        var (result, project) = Compile("with-closure", Directory.GetFiles(analyzerFolder, "*.dll"));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.DoesNotContain("KGQL0505", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", result.Output, StringComparison.Ordinal);
        // csc names additional files relative to its working directory, the project folder.
        Assert.Contains($"{Path.Combine("GraphQL", "Legacy.graphql")}(4,5): warning KGQL0301: ", result.Output, StringComparison.Ordinal);
        var generated = Directory.GetFiles(Path.Combine(project, "generated"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToArray();
        Assert.Contains(generated, name => name!.EndsWith("AccountQuery.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, name => name!.EndsWith("LegacyQuery.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, name => name!.EndsWith("GraphQLClient.g.cs", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(project, "Consumer.dll")));
    }

    [SkippableFact]
    public void Without_the_System_Text_Json_closure_the_same_run_fails_with_KGQL0505()
    {
        // The control: it shows that this host really lacks System.Text.Json 10 and that the closure in the
        // analyzer folder is what makes the test above pass.
        Skip.If(_host.UnavailableReason is not null, _host.UnavailableReason);
        var analyzerFolder = Path.Combine(_feed.Extract("Kraken.Codegen"), "analyzers", "dotnet", "cs");
        var closure = new[] { "System.Text.Json.dll", "System.Text.Encodings.Web.dll", "System.IO.Pipelines.dll", "Microsoft.Bcl.AsyncInterfaces.dll" };
        var trimmed = Path.Combine(_feed.WorkRoot, "analyzers-without-closure");
        Directory.CreateDirectory(trimmed);
        foreach (var file in Directory.GetFiles(analyzerFolder, "*.dll").Where(f => !closure.Contains(Path.GetFileName(f))))
        {
            File.Copy(file, Path.Combine(trimmed, Path.GetFileName(file)), overwrite: true);
        }

        var (result, _) = Compile("without-closure", Directory.GetFiles(trimmed, "*.dll"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("KGQL0505", result.Output, StringComparison.Ordinal);
        Assert.Contains("System.Text.Json, Version=10.0.0.0", result.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Every_assembly_the_analyzer_folder_references_is_in_the_folder_or_in_the_compiler_host()
    {
        Skip.If(_host.UnavailableReason is not null, _host.UnavailableReason);
        var analyzerFolder = Path.Combine(_feed.Extract("Kraken.Codegen"), "analyzers", "dotnet", "cs");
        var shipped = AssemblyVersions(Directory.GetFiles(analyzerFolder, "*.dll"));
        // The host: the .NET 9 shared framework (netstandard, System.*, Microsoft.CSharp, System.Collections.Immutable,
        // System.Reflection.Metadata …) and the compiler's own assemblies (Microsoft.CodeAnalysis*).
        var host = AssemblyVersions(Directory.GetFiles(_host.RuntimeDirectory, "*.dll").Concat(Directory.GetFiles(_host.CompilerDirectory, "*.dll")));

        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(analyzerFolder, "*.dll"))
        {
            foreach (var reference in References(file))
            {
                var inFolder = shipped.GetValueOrDefault(reference.Name);
                var inHost = host.GetValueOrDefault(reference.Name);
                var satisfied = inFolder >= reference.Version || inHost >= reference.Version;
                if (!satisfied)
                {
                    missing.Add($"{Path.GetFileName(file)} → {reference.Name} {reference.Version} (folder: {inFolder?.ToString() ?? "none"}, host: {inHost?.ToString() ?? "none"})");
                }
            }
        }

        Assert.True(missing.Count == 0, "Assemblies neither in the analyzer folder nor in the compiler host (Roslyn 4.14 on .NET 9):\n" + string.Join("\n", missing));
        // And nothing in the folder is a copy of a compiler assembly, which would never be the one loaded.
        Assert.DoesNotContain(shipped.Keys, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private (ProcessResult Result, string Project) Compile(string name, IEnumerable<string> analyzers)
    {
        var project = Path.Combine(_feed.WorkRoot, "compiler-host", name);
        Directory.CreateDirectory(Path.Combine(project, "generated"));
        ConsumerFiles.WriteGraphQL(project, ("Account.graphql", ConsumerFiles.AccountOperation), ("Legacy.graphql", ConsumerFiles.DeprecatedOperation));
        File.WriteAllText(Path.Combine(project, "global.editorconfig"), "is_global = true\nbuild_property.RootNamespace = Consumer\n");
        File.WriteAllText(Path.Combine(project, "Uses.cs"), """
            namespace Consumer;

            public static class Uses
            {
                public static async System.Threading.Tasks.Task<decimal?> BalanceAsync(GraphQLClient client) =>
                    (await client.AccountAsync("A-1")).Data?.Account?.Balance;

                public static System.Type Legacy => typeof(LegacyQuery.Account);
            }
            """);

        var runtimeLib = Path.Combine(_feed.Extract("Kraken.Codegen.Runtime"), "lib", "net10.0", "Kraken.Codegen.Runtime.dll");
        var arguments = new List<string>
        {
            Path.Combine(_host.CompilerDirectory, "csc.dll"),
            "-nologo", "-noconfig", "-target:library", "-langversion:latest", "-nullable:enable",
            "-out:" + Path.Combine(project, "Consumer.dll"),
            "-generatedfilesout:" + Path.Combine(project, "generated"),
            "-analyzerconfig:" + Path.Combine(project, "global.editorconfig"),
            "-r:" + runtimeLib,
        };
        arguments.AddRange(Directory.GetFiles(Dotnet.ReferenceAssembliesNet10(), "*.dll").Select(r => "-r:" + r));
        arguments.AddRange(analyzers.Select(a => "-analyzer:" + a));
        arguments.AddRange(Directory.GetFiles(Path.Combine(project, "GraphQL")).Order().Select(f => "-additionalfile:" + f));
        arguments.Add(Path.Combine(project, "Uses.cs"));
        return (_host.Run(arguments, project), project);
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
