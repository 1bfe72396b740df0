using System.Diagnostics;
using System.IO.Compression;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// Packs every shipped package once per test run (<c>Kraken.Codegen.Packages.slnf</c>, Release, continuous-integration
/// build) into a temporary feed, and prepares a work folder outside the repository whose NuGet.config restores our
/// packages from that feed only and everything else from nuget.org.
/// </summary>
/// <remarks>
/// The pack uses its own artifacts folder (<c>--artifacts-path</c>: bin, obj and restore output), so it never rewrites
/// the obj/ folders that the other test assemblies of <c>dotnet test Kraken.Codegen.sln</c> are using. Each run packs
/// a version of its own (<c>1.0.0-test.&lt;time&gt;</c>) and the fresh projects restore into their own packages
/// folder, with the machine's global packages folder as a read-only fallback for third-party packages: a package
/// cached by an earlier run can never stand in for the bits just packed.
/// </remarks>
public sealed class PackageFeed : IDisposable
{
    public static readonly string[] PackageIds =
    [
        "Kraken.Codegen",
        "Kraken.Codegen.Core",
        "Kraken.Codegen.Runtime",
        "Kraken.Codegen.Testing",
        "Kraken.Codegen.Tool",
    ];

    private readonly Lazy<string> _toolPath;

    public PackageFeed()
    {
        RepositoryRoot = RepositoryLayout.Root ?? throw new InvalidOperationException("The package tests run from inside the repository.");
        WorkRoot = Directory.CreateTempSubdirectory("kraken-codegen-packages-").FullName;
        if (IsInside(WorkRoot, RepositoryRoot))
        {
            throw new InvalidOperationException($"The temporary folder {WorkRoot} lies inside the repository; the fresh projects must not see its build files.");
        }

        Version = $"1.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        GlobalPackagesFolder = FindGlobalPackagesFolder(WorkRoot);
        PackagesFolder = Path.Combine(WorkRoot, "packages");
        // Inside the repository (artifacts/ is ignored by git) so that ContinuousIntegrationBuild maps every path the
        // assemblies and PDBs record, the PDB's own included, to /_/…; a folder outside would stay in them verbatim.
        ArtifactsFolder = Path.Combine(RepositoryRoot, "artifacts", "package-tests");
        DeleteFolder(ArtifactsFolder);
        var artifacts = ArtifactsFolder;

        var stopwatch = Stopwatch.StartNew();
        PackResult = Dotnet.Run(
            [
                "pack", Path.Combine(RepositoryRoot, "Kraken.Codegen.Packages.slnf"),
                "-c", "Release",
                "--artifacts-path", artifacts,
                "-p:ContinuousIntegrationBuild=true",
                $"-p:VersionSuffix={Version["1.0.0-".Length..]}",
                "-nologo",
            ],
            RepositoryRoot,
            timeout: TimeSpan.FromMinutes(15));
        PackDuration = stopwatch.Elapsed;
        if (PackResult.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + PackResult.Describe());
        }

        FeedDirectory = Path.Combine(artifacts, "package", "release");
        ProjectsRoot = Path.Combine(WorkRoot, "projects");
        Directory.CreateDirectory(ProjectsRoot);
        WriteIsolationFiles();
        _toolPath = new Lazy<string>(InstallTool);
    }

    public string RepositoryRoot { get; }

    /// <summary>bin, obj and package output of the pack (<c>artifacts/package-tests</c> in the repository).</summary>
    public string ArtifactsFolder { get; }

    /// <summary>A temporary folder outside the repository; fresh projects go in subfolders.</summary>
    public string WorkRoot { get; }

    /// <summary>The folder holding the fresh projects, with the NuGet.config and empty build files that isolate them.</summary>
    public string ProjectsRoot { get; }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>The folder holding the .nupkg and .snupkg files (a local NuGet feed).</summary>
    public string FeedDirectory { get; }

    /// <summary>The fresh projects' own packages folder.</summary>
    public string PackagesFolder { get; }

    /// <summary>The machine's global packages folder, used read-only as a fallback for third-party packages.</summary>
    public string GlobalPackagesFolder { get; }

    internal ProcessResult PackResult { get; }

    public TimeSpan PackDuration { get; }

    /// <summary>The folder that <c>dotnet tool install --tool-path</c> installed <c>kraken-codegen</c> into (installed on first use).</summary>
    public string ToolPath => _toolPath.Value;

    /// <summary>The installed <c>kraken-codegen</c> executable.</summary>
    public string ToolExecutable => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "kraken-codegen.exe" : "kraken-codegen");

    /// <summary>Environment for child processes that restore: our packages folder, whatever the machine set.</summary>
    internal IReadOnlyDictionary<string, string?> RestoreEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(FeedDirectory, $"{id}.{Version}.{extension}");

    /// <summary>Extracts a package (once) and returns the folder.</summary>
    public string Extract(string id, string extension = "nupkg")
    {
        var target = Path.Combine(WorkRoot, "extracted", $"{id}.{extension}");
        lock (_toolPath)
        {
            if (!Directory.Exists(target))
            {
                ZipFile.ExtractToDirectory(PackagePath(id, extension), target);
            }
        }

        return target;
    }

    /// <summary>Creates an empty folder for a fresh project under the work root.</summary>
    public string NewProjectFolder(string name)
    {
        var folder = Path.Combine(ProjectsRoot, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The version of a package in the repository's Directory.Packages.props, so fresh projects use the same.</summary>
    public string CentralVersionOf(string packageId)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == packageId).Attribute("Version")!.Value;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("KRAKEN_CODEGEN_KEEP_PACKAGE_TESTS") == "1")
        {
            return;
        }

        DeleteFolder(WorkRoot);
        DeleteFolder(ArtifactsFolder);
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover folder is harmless; the next run deletes it first.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void WriteIsolationFiles()
    {
        // Restore our packages from the temporary feed only (package source mapping), everything else from nuget.org.
        File.WriteAllText(Path.Combine(ProjectsRoot, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="kraken-codegen-feed" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
                <add key="machine" value="{GlobalPackagesFolder}" />
              </fallbackPackageFolders>
              <packageSourceMapping>
                <packageSource key="kraken-codegen-feed">
                  <package pattern="Kraken.Codegen" />
                  <package pattern="Kraken.Codegen.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Stop MSBuild's upward search for build files at the work root: nothing above it applies to a user's project.
        File.WriteAllText(Path.Combine(ProjectsRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ProjectsRoot, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(ProjectsRoot, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
    }

    private string InstallTool()
    {
        // As the README says: the feed as an added source. A folder of its own, because --add-source cannot be combined
        // with the package source mapping of the projects' NuGet.config; this one clears the machine's sources instead.
        var installFolder = Path.Combine(WorkRoot, "tool-install");
        Directory.CreateDirectory(installFolder);
        File.WriteAllText(Path.Combine(installFolder, "NuGet.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var toolPath = Path.Combine(WorkRoot, "tools");
        var install = Dotnet.Run(
            ["tool", "install", "Kraken.Codegen.Tool", "--tool-path", toolPath, "--add-source", FeedDirectory, "--version", Version],
            installFolder,
            RestoreEnvironment,
            TimeSpan.FromMinutes(5));
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install failed:\n" + install.Describe());
        }

        return toolPath;
    }

    private static string FindGlobalPackagesFolder(string workingDirectory)
    {
        var result = Dotnet.Run(["nuget", "locals", "global-packages", "--list"], workingDirectory);
        const string prefix = "global-packages:";
        var line = result.StandardOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (result.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException("Cannot find the global packages folder:\n" + result.Describe());
        }

        return line[prefix.Length..].Trim();
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed packages";
}
