using System.Runtime.InteropServices;
using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.CompilerHosts;

/// <summary>
/// The oldest compiler the README names: <c>Microsoft.Net.Compilers.Toolset</c> 4.14.0's <c>csc.dll</c> (Roslyn 4.14,
/// what the .NET 9.0.3xx SDKs ship) running on the .NET 9 runtime. Both come from packages, restored by a throwaway
/// project with PackageDownload into the machine's packages folder; the runtime pack is laid out as a DOTNET_ROOT of
/// its own (the <c>dotnet</c> muxer from this installation, <c>host/fxr</c>, <c>shared/Microsoft.NETCore.App</c>),
/// which holds no other runtime.
/// </summary>
public sealed class CompilerHost : IDisposable
{
    public const string ToolsetVersion = "4.14.0";
    public const string RuntimeVersion = "9.0.23";

    private readonly string _folder;

    public CompilerHost()
    {
        _folder = Directory.CreateTempSubdirectory("kraken-codegen-compiler-host-").FullName;
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            UnavailableReason = "The compiler-host test lays out the linux-x64 .NET 9 runtime pack; this machine is not linux-x64.";
            return;
        }

        var download = Path.Combine(_folder, "download");
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
        var restore = Dotnet.Run(["restore", "-nologo"], download, timeout: TimeSpan.FromMinutes(10));
        if (restore.ExitCode != 0)
        {
            // Only an unreachable package source is a reason to skip; any other failure is a failure.
            if (restore.Output.Contains("NU1301", StringComparison.Ordinal))
            {
                UnavailableReason = "The package source cannot be reached to restore the compiler toolset and the .NET 9 runtime pack:\n" + restore.Output;
                return;
            }

            throw new InvalidOperationException("Restoring the compiler toolset and the .NET 9 runtime pack failed:\n" + restore.Describe());
        }

        var packages = GlobalPackagesFolder(download);
        CompilerDirectory = Path.Combine(packages, "microsoft.net.compilers.toolset", ToolsetVersion, "tasks", "netcore", "bincore");
        var pack = Path.Combine(packages, "microsoft.netcore.app.runtime.linux-x64", RuntimeVersion, "runtimes", "linux-x64");

        DotnetRoot = Path.Combine(_folder, "dotnet9");
        RuntimeDirectory = Path.Combine(DotnetRoot, "shared", "Microsoft.NETCore.App", RuntimeVersion);
        var fxr = Path.Combine(DotnetRoot, "host", "fxr", RuntimeVersion);
        Directory.CreateDirectory(RuntimeDirectory);
        Directory.CreateDirectory(fxr);
        File.Copy(Dotnet.Muxer, Path.Combine(DotnetRoot, "dotnet"));
        File.Copy(Path.Combine(pack, "native", "libhostfxr.so"), Path.Combine(fxr, "libhostfxr.so"));
        foreach (var file in Directory.GetFiles(Path.Combine(pack, "lib", "net9.0")).Concat(Directory.GetFiles(Path.Combine(pack, "native"))))
        {
            if (Path.GetFileName(file) != "libhostfxr.so")
            {
                File.Copy(file, Path.Combine(RuntimeDirectory, Path.GetFileName(file)));
            }
        }
    }

    /// <summary>Why the host could not be set up (the tests skip with it), or null.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The laid-out DOTNET_ROOT holding only the .NET 9 runtime.</summary>
    public string DotnetRoot { get; } = string.Empty;

    /// <summary>shared/Microsoft.NETCore.App/9.0.x inside <see cref="DotnetRoot"/>.</summary>
    public string RuntimeDirectory { get; } = string.Empty;

    /// <summary>The toolset's bincore folder: csc.dll and the Roslyn assemblies.</summary>
    public string CompilerDirectory { get; } = string.Empty;

    public string Muxer => Path.Combine(DotnetRoot, "dotnet");

    /// <summary>Runs the .NET 9 muxer with only this root visible.</summary>
    public ProcessResult Run(IEnumerable<string> arguments, string workingDirectory) =>
        ProcessRunner.Run(
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
            TimeSpan.FromMinutes(5));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string GlobalPackagesFolder(string workingDirectory)
    {
        var result = Dotnet.Run(["nuget", "locals", "global-packages", "--list"], workingDirectory);
        const string prefix = "global-packages:";
        var line = result.StandardOutput.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line[prefix.Length..].Trim();
    }
}
