using System.Runtime.InteropServices;
using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.CompilerHosts;

/// <summary>
/// The oldest compiler the README names: <c>Microsoft.Net.Compilers.Toolset</c> 4.14.0's <c>csc.dll</c> (Roslyn 4.14,
/// what the .NET 9.0.3xx SDKs ship) running on the .NET 9 runtime. Both come from packages, fetched by a throwaway
/// project with PackageDownload into the machine's packages folder (a download on the first run only); the runtime
/// pack is laid out as a DOTNET_ROOT of its own (the <c>dotnet</c> muxer of this installation, <c>host/fxr</c>,
/// <c>shared/Microsoft.NETCore.App</c>), which holds no other runtime.
/// </summary>
public sealed class CompilerHost
{
    public const string ToolsetVersion = "4.14.0";
    public const string RuntimeVersion = "9.0.23";

    private CompilerHost(string? unavailableReason, string dotnetRoot = "", string runtimeDirectory = "", string compilerDirectory = "", TimeSpan restore = default, TimeSpan layout = default)
    {
        UnavailableReason = unavailableReason;
        RestoreDuration = restore;
        LayoutDuration = layout;
        DotnetRoot = dotnetRoot;
        RuntimeDirectory = runtimeDirectory;
        CompilerDirectory = compilerDirectory;
    }

    /// <summary>Why the host cannot exist on this machine (the tests skip with it), or null.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The laid-out DOTNET_ROOT holding only the .NET 9 runtime.</summary>
    public string DotnetRoot { get; }

    /// <summary>shared/Microsoft.NETCore.App/9.0.x inside <see cref="DotnetRoot"/>.</summary>
    public string RuntimeDirectory { get; }

    /// <summary>The toolset's bincore folder: csc.dll and the Roslyn assemblies.</summary>
    public string CompilerDirectory { get; }

    /// <summary>How long fetching the two packages took (a restore with nothing to download after the first run).</summary>
    public TimeSpan RestoreDuration { get; }

    /// <summary>How long laying out the runtime took.</summary>
    public TimeSpan LayoutDuration { get; }

    public string Muxer => Path.Combine(DotnetRoot, "dotnet");

    public string Csc => Path.Combine(CompilerDirectory, "csc.dll");

    /// <summary>Fetches the toolset and the runtime pack and lays the runtime out under <paramref name="workRoot"/>.</summary>
    public static async Task<CompilerHost> PrepareAsync(string workRoot, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            // The layout below is linux-x64's (libhostfxr.so, the linux-x64 runtime pack), which is what CI runs.
            return new CompilerHost($"The compiler-host test lays out the linux-x64 .NET 9 runtime pack; this machine is {RuntimeInformation.RuntimeIdentifier}.");
        }

        var folder = Path.Combine(workRoot, "compiler-host");
        var download = Path.Combine(folder, "download");
        Directory.CreateDirectory(download);
        File.WriteAllText(Path.Combine(download, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(download, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(download, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(download, "Download.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageDownload Include="Microsoft.Net.Compilers.Toolset" Version="[{ToolsetVersion}]" />
                <PackageDownload Include="Microsoft.NETCore.App.Runtime.linux-x64" Version="[{RuntimeVersion}]" />
              </ItemGroup>
            </Project>
            """);
        var restore = await Dotnet.RunAsync(["restore", "-nologo"], download, timeout: TimeSpan.FromMinutes(10), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("Restoring the compiler toolset and the .NET 9 runtime pack failed:\n" + restore.Describe());
        }

        var packages = Dotnet.PackagesFolderOf(Path.Combine(download, "obj", "project.assets.json"));
        var compilerDirectory = Path.Combine(packages, "microsoft.net.compilers.toolset", ToolsetVersion, "tasks", "netcore", "bincore");
        var pack = Path.Combine(packages, "microsoft.netcore.app.runtime.linux-x64", RuntimeVersion, "runtimes", "linux-x64");

        var layout = System.Diagnostics.Stopwatch.StartNew();
        var dotnetRoot = Path.Combine(folder, "dotnet9");
        var runtimeDirectory = Path.Combine(dotnetRoot, "shared", "Microsoft.NETCore.App", RuntimeVersion);
        var fxr = Path.Combine(dotnetRoot, "host", "fxr", RuntimeVersion);
        Directory.CreateDirectory(runtimeDirectory);
        Directory.CreateDirectory(fxr);
        File.Copy(Dotnet.Muxer, Path.Combine(dotnetRoot, "dotnet"));
        File.Copy(Path.Combine(pack, "native", "libhostfxr.so"), Path.Combine(fxr, "libhostfxr.so"));
        foreach (var file in Directory.GetFiles(Path.Combine(pack, "lib", "net9.0")).Concat(Directory.GetFiles(Path.Combine(pack, "native"))))
        {
            if (Path.GetFileName(file) != "libhostfxr.so")
            {
                File.Copy(file, Path.Combine(runtimeDirectory, Path.GetFileName(file)));
            }
        }

        return new CompilerHost(null, dotnetRoot, runtimeDirectory, compilerDirectory, restore.Duration, layout.Elapsed);
    }

    /// <summary>Runs the .NET 9 muxer with only this root visible.</summary>
    public Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(
            Muxer,
            arguments,
            workingDirectory,
            new Dictionary<string, string?>
            {
                ["DOTNET_ROOT"] = DotnetRoot,
                ["DOTNET_ROLL_FORWARD"] = null,
                ["DOTNET_ROLL_FORWARD_TO_PRERELEASE"] = null,
                ["DOTNET_HOST_PATH"] = null,
            },
            TimeSpan.FromMinutes(5),
            cancellationToken);
}
