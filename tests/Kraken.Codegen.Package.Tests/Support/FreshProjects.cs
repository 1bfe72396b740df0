namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// The folder outside the repository that holds the fresh projects, with what isolates them from the machine and the
/// repository: a NuGet.config that restores our packages from the run's feed only (package source mapping) and
/// everything else from nuget.org, into a packages folder of the run's own that every fresh project shares (the
/// machine's global packages folder serves as a read-only fallback for third-party packages, so a package cached by an
/// earlier run can never stand in for the bits just packed), and empty Directory.Build/Packages files that stop
/// MSBuild's upward search.
/// </summary>
public sealed class FreshProjects
{
    private FreshProjects(PackageFeed feed, string root)
    {
        Feed = feed;
        Root = root;
        PackagesFolder = Path.Combine(feed.WorkRoot, "packages");
    }

    public PackageFeed Feed { get; }

    /// <summary>The folder holding the fresh projects (with NuGet.config and the empty build files).</summary>
    public string Root { get; }

    /// <summary>The packages folder the fresh projects and the tool install restore into.</summary>
    public string PackagesFolder { get; }

    /// <summary>Environment for child processes that restore: the run's packages folder, whatever the machine set.</summary>
    public IReadOnlyDictionary<string, string?> RestoreEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public static FreshProjects Create(PackageFeed feed)
    {
        var root = Path.Combine(feed.WorkRoot, "projects");
        Directory.CreateDirectory(root);
        var projects = new FreshProjects(feed, root);
        projects.WriteIsolationFiles();
        return projects;
    }

    /// <summary>Creates an empty folder for a fresh project.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Whether a package was extracted into the run's packages folder at this run's version (the bits just packed).</summary>
    public bool Restored(string id) => Directory.Exists(Path.Combine(PackagesFolder, id.ToLowerInvariant(), Feed.Version));

    private void WriteIsolationFiles()
    {
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="kraken-codegen-feed" value="{Feed.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
                <add key="machine" value="{Feed.MachinePackagesFolder}" />
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

        // Nothing above this folder applies to a user's project.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
    }
}
