namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// <c>kraken-codegen</c> installed as the README says, <c>dotnet tool install Kraken.Codegen.Tool --tool-path …
/// --add-source &lt;feed&gt;</c>, into a folder of the run.
/// </summary>
public sealed class InstalledTool
{
    private InstalledTool(string folder, ProcessResult install)
    {
        Folder = folder;
        Install = install;
    }

    /// <summary>The <c>--tool-path</c> folder.</summary>
    public string Folder { get; }

    public ProcessResult Install { get; }

    /// <summary>The installed <c>kraken-codegen</c> executable.</summary>
    public string Executable => Path.Combine(Folder, OperatingSystem.IsWindows() ? "kraken-codegen.exe" : "kraken-codegen");

    public static async Task<InstalledTool> InstallAsync(FreshProjects projects, CancellationToken cancellationToken)
    {
        // A folder of its own whose NuGet.config clears the machine's sources: --add-source cannot be combined with the
        // package source mapping of the projects' NuGet.config, and the feed is all the install may use.
        var installFolder = Path.Combine(projects.Feed.WorkRoot, "tool-install");
        Directory.CreateDirectory(installFolder);
        File.WriteAllText(Path.Combine(installFolder, "NuGet.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var toolPath = Path.Combine(projects.Feed.WorkRoot, "tools");
        var install = await Dotnet.RunAsync(
            ["tool", "install", "Kraken.Codegen.Tool", "--tool-path", toolPath, "--add-source", projects.Feed.FeedDirectory, "--version", projects.Feed.Version],
            installFolder,
            projects.RestoreEnvironment,
            TimeSpan.FromMinutes(5),
            cancellationToken).ConfigureAwait(false);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install failed:\n" + install.Describe());
        }

        return new InstalledTool(toolPath, install);
    }

    public Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string workingDirectory) =>
        ProcessRunner.RunAsync(Executable, arguments, workingDirectory, timeout: TimeSpan.FromMinutes(2));

    /// <summary>Starts the tool for a long-running command (mock, lsp); disposing the result kills it.</summary>
    internal RunningProcess Start(IEnumerable<string> arguments, string workingDirectory, bool rawStandardOutput = false) =>
        RunningProcess.Start(Executable, arguments, workingDirectory, rawStandardOutput: rawStandardOutput);
}
