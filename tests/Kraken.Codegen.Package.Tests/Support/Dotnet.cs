namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>The dotnet installation running these tests: its muxer, and the SDK's reference assemblies.</summary>
internal static class Dotnet
{
    /// <summary>The <c>dotnet</c> muxer (DOTNET_HOST_PATH when the CLI set it, else the one above the running runtime).</summary>
    public static string Muxer { get; } = FindMuxer();

    /// <summary>The root of the installation (the folder holding <c>dotnet</c>, <c>shared/</c>, <c>packs/</c>).</summary>
    public static string Root => Path.GetDirectoryName(Muxer)!;

    public static Task<ProcessResult> RunAsync(
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(Muxer, arguments, workingDirectory, environment, timeout, cancellationToken);

    /// <summary>The net10.0 reference assemblies of the SDK's Microsoft.NETCore.App.Ref pack (newest 10.x).</summary>
    public static string ReferenceAssembliesNet10()
    {
        var packs = Path.Combine(Root, "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.GetDirectories(packs)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("10.", StringComparison.Ordinal))
            .OrderByDescending(name => Version.TryParse(name!.Split('-')[0], out var v) ? v : new Version(0, 0))
            .FirstOrDefault() ?? throw new InvalidOperationException($"No 10.x reference pack under {packs}.");
        return Path.Combine(packs, version, "ref", "net10.0");
    }

    /// <summary>
    /// The global packages folder a restore used, read from the <c>packageFolders</c> of its project.assets.json (the
    /// first entry), so finding it costs no extra process.
    /// </summary>
    public static string PackagesFolderOf(string assetsFile)
    {
        using var stream = File.OpenRead(assetsFile);
        using var assets = System.Text.Json.JsonDocument.Parse(stream);
        var folder = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        return Path.TrimEndingDirectorySeparator(folder);
    }

    private static string FindMuxer()
    {
        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli))
        {
            return fromCli;
        }

        // .../shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → the root three folders up.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(muxer) ? muxer : "dotnet";
    }
}
