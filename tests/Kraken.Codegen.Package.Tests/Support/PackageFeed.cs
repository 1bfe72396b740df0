using System.IO.Compression;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// Every shipped package, packed once per test run into a folder that serves as a NuGet feed: one
/// <c>dotnet pack Kraken.Codegen.Packages.slnf</c>, Release, continuous-integration build, a version of its own.
/// </summary>
/// <remarks>
/// The pack builds the shipped projects itself instead of reusing the solution's Debug build: the packages must hold
/// the bits users get (optimised Release code, paths mapped to /_/), and the outer build's obj/ folders stay untouched
/// because the pack has its own artifacts folder (<c>--artifacts-path</c>: bin, obj and restore output). That folder
/// lies inside the repository (artifacts/ is ignored by git) because ContinuousIntegrationBuild maps only paths under
/// the repository root to /_/; a folder outside would stay in the PDBs verbatim.
/// </remarks>
public sealed class PackageFeed
{
    public static readonly string[] PackageIds =
    [
        "Kraken.Codegen",
        "Kraken.Codegen.Core",
        "Kraken.Codegen.Runtime",
        "Kraken.Codegen.Testing",
        "Kraken.Codegen.Tool",
    ];

    private readonly object _extractLock = new();

    private PackageFeed(string repositoryRoot, string workRoot, string artifactsFolder, string version, ProcessResult pack)
    {
        RepositoryRoot = repositoryRoot;
        WorkRoot = workRoot;
        ArtifactsFolder = artifactsFolder;
        Version = version;
        PackResult = pack;
        FeedDirectory = Path.Combine(artifactsFolder, "package", "release");
        // Any project the pack restored records the machine's global packages folder.
        MachinePackagesFolder = Dotnet.PackagesFolderOf(Path.Combine(artifactsFolder, "obj", "Kraken.Codegen.Core", "project.assets.json"));
    }

    public string RepositoryRoot { get; }

    /// <summary>The run's temporary folder outside the repository.</summary>
    public string WorkRoot { get; }

    /// <summary>bin, obj and package output of the pack (<c>artifacts/package-tests</c> in the repository).</summary>
    public string ArtifactsFolder { get; }

    /// <summary>The version every package of this run carries: <c>1.0.0-test.&lt;UTC time&gt;</c>.</summary>
    public string Version { get; }

    /// <summary>The folder holding the .nupkg and .snupkg files (a local NuGet feed).</summary>
    public string FeedDirectory { get; }

    /// <summary>The machine's global packages folder (third-party packages the repository's own restore fetched).</summary>
    public string MachinePackagesFolder { get; }

    public ProcessResult PackResult { get; }

    /// <summary>Packs every package of <c>Kraken.Codegen.Packages.slnf</c>; throws with the pack's output when it fails.</summary>
    public static async Task<PackageFeed> PackAsync(string workRoot, CancellationToken cancellationToken)
    {
        var repositoryRoot = RepositoryLayout.Root ?? throw new InvalidOperationException("The package tests run from inside the repository.");
        var artifacts = ArtifactsFolderOf(repositoryRoot);
        TemporaryFolders.Delete(artifacts);
        var version = $"1.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

        var pack = await Dotnet.RunAsync(
            [
                "pack", Path.Combine(repositoryRoot, "Kraken.Codegen.Packages.slnf"),
                "-c", "Release",
                "--artifacts-path", artifacts,
                "-p:ContinuousIntegrationBuild=true",
                $"-p:VersionSuffix={version["1.0.0-".Length..]}",
                "-nologo",
            ],
            repositoryRoot,
            timeout: TimeSpan.FromMinutes(15),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Describe());
        }

        return new PackageFeed(repositoryRoot, workRoot, artifacts, version, pack);
    }

    /// <summary>Where the pack puts bin, obj and packages: <c>artifacts/package-tests</c>, ignored by git.</summary>
    public static string ArtifactsFolderOf(string repositoryRoot) => Path.Combine(repositoryRoot, "artifacts", "package-tests");

    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(FeedDirectory, $"{id}.{Version}.{extension}");

    /// <summary>Extracts a package (once) and returns the folder.</summary>
    public string Extract(string id, string extension = "nupkg")
    {
        var target = Path.Combine(WorkRoot, "extracted", $"{id}.{extension}");
        lock (_extractLock)
        {
            if (!Directory.Exists(target))
            {
                ZipFile.ExtractToDirectory(PackagePath(id, extension), target);
            }
        }

        return target;
    }

    /// <summary>The packed analyzer folder of Kraken.Codegen (<c>analyzers/dotnet/cs</c>).</summary>
    public string AnalyzerFolder => Path.Combine(Extract("Kraken.Codegen"), "analyzers", "dotnet", "cs");

    /// <summary>The version of a package in the repository's Directory.Packages.props, so fresh projects use the same.</summary>
    public string CentralVersionOf(string packageId)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == packageId).Attribute("Version")!.Value;
    }
}
