namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>The dotnet installation running these tests: its muxer, and the SDK's reference assemblies.</summary>
internal static class Dotnet
{
    /// <summary>The <c>dotnet</c> muxer (DOTNET_HOST_PATH when the CLI set it, else the one above the running runtime).</summary>
    public static string Muxer { get; } = FindMuxer();

    /// <summary>The root of the installation (the folder holding <c>dotnet</c>, <c>shared/</c>, <c>packs/</c>).</summary>
    public static string Root => Path.GetDirectoryName(Muxer)!;

    public static ProcessResult Run(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null) =>
        ProcessRunner.Run(Muxer, arguments, workingDirectory, environment, timeout);

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
