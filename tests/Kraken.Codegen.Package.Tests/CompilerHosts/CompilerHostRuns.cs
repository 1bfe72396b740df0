using Kraken.Codegen.Package.Tests.Consumers;
using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.CompilerHosts;

/// <summary>A csc run on a consumer's sources and its output folder.</summary>
public sealed record Compilation(ProcessResult Result, string ProjectFolder)
{
    public string GeneratedFolder => Path.Combine(ProjectFolder, "generated");
}

/// <summary>
/// What the compiler-host tests look at, started together: the host's runtimes and compiler version, and csc on one
/// consumer's sources with the packed analyzer folder.
/// </summary>
public sealed class CompilerHostRuns
{
    private CompilerHostRuns(CompilerHost host, PackageFeed feed, Throttle throttle, CancellationToken cancellationToken)
    {
        Host = host;
        var folder = Path.Combine(feed.WorkRoot, "compiler-host");
        Runtimes = host.RunAsync(["--list-runtimes"], folder, cancellationToken);
        CompilerVersion = host.RunAsync([host.Csc, "-version"], folder, cancellationToken);

        var analyzers = Directory.GetFiles(feed.AnalyzerFolder, "*.dll");
        WithPackedAnalyzers = throttle.RunAsync(() => CompileAsync(host, feed, Path.Combine(folder, "with-closure"), analyzers, cancellationToken), cancellationToken);
    }

    public CompilerHost Host { get; }

    /// <summary><c>dotnet --list-runtimes</c> of the host's muxer.</summary>
    public Task<ProcessResult> Runtimes { get; }

    /// <summary><c>csc -version</c>.</summary>
    public Task<ProcessResult> CompilerVersion { get; }

    /// <summary>csc with every assembly of the packed analyzer folder.</summary>
    public Task<Compilation> WithPackedAnalyzers { get; }

    internal static CompilerHostRuns Start(CompilerHost host, PackageFeed feed, Throttle throttle, CancellationToken cancellationToken) =>
        new(host, feed, throttle, cancellationToken);

    /// <summary>
    /// Compiles a library from the console app's operations plus a deprecated field's use, the way the SDK's Csc task
    /// would: .graphql files as additional files, RootNamespace through a global analyzer config, generated files
    /// written out so the test can list them.
    /// </summary>
    private static async Task<Compilation> CompileAsync(CompilerHost host, PackageFeed feed, string project, IEnumerable<string> analyzers, CancellationToken cancellationToken)
    {
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

        var runtimeLibrary = Path.Combine(feed.Extract("Kraken.Codegen.Runtime"), "lib", "net10.0", "Kraken.Codegen.Runtime.dll");
        var arguments = new List<string>
        {
            host.Csc,
            "-nologo", "-noconfig", "-target:library", "-langversion:latest", "-nullable:enable",
            "-out:" + Path.Combine(project, "Consumer.dll"),
            "-generatedfilesout:" + Path.Combine(project, "generated"),
            "-analyzerconfig:" + Path.Combine(project, "global.editorconfig"),
            "-r:" + runtimeLibrary,
        };
        arguments.AddRange(Directory.GetFiles(Dotnet.ReferenceAssembliesNet10(), "*.dll").Select(r => "-r:" + r));
        arguments.AddRange(analyzers.Select(a => "-analyzer:" + a));
        arguments.AddRange(Directory.GetFiles(Path.Combine(project, "GraphQL")).Order(StringComparer.Ordinal).Select(f => "-additionalfile:" + f));
        arguments.Add(Path.Combine(project, "Uses.cs"));
        return new Compilation(await host.RunAsync(arguments, project, cancellationToken).ConfigureAwait(false), project);
    }
}
