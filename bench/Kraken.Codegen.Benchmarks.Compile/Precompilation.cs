using System.Runtime.InteropServices;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>
/// An experiment, not a shipped feature: replaces the assemblies of a label's restored analyzer folder with
/// ReadyToRun images compiled by crossgen2 for this machine, so that a build shows what a fresh compiler process
/// costs when the generator, the core, GraphQL-Parser and Scriban need no JIT compilation. The images target this
/// machine's operating system and processor, and the runtime the harness runs on (the SDK's compiler runs on the same).
/// </summary>
internal static class Precompilation
{
    private static readonly string[] AssemblyNames = { "Kraken.Codegen.Generator", "Kraken.Codegen.Core", "GraphQLParser", "Scriban.Signed" };

    /// <summary>Restores crossgen2 for this machine into the work folder (once) and returns the path of its executable.</summary>
    public static string FetchCrossgen2(string workFolder, TextWriter log)
    {
        var runtimeIdentifier = RuntimeInformation.RuntimeIdentifier;
        var version = Environment.Version.ToString(3);
        var folder = Path.Combine(workFolder, "crossgen2");
        var executable = Path.Combine(folder, "packages", $"microsoft.netcore.app.crossgen2.{runtimeIdentifier}", version, "tools", OperatingSystem.IsWindows() ? "crossgen2.exe" : "crossgen2");
        if (File.Exists(executable))
        {
            return executable;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Crossgen2.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageDownload Include="Microsoft.NETCore.App.Crossgen2.{runtimeIdentifier}" Version="[{version}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        log.WriteLine($"  restoring crossgen2 {version} for {runtimeIdentifier}");
        DotnetCommand.RunChecked(folder, CompilerSetting.FreshProcess, "restore", "Crossgen2.csproj", "--packages", Path.Combine(folder, "packages"), "-nologo", "-v:q");
        return File.Exists(executable) ? executable : throw new InvalidOperationException("crossgen2 was restored but not found at " + executable);
    }

    /// <summary>Compiles each of the generator's assemblies in <paramref name="analyzerFolder"/> to a ReadyToRun image, in place.</summary>
    public static void Apply(string crossgen2, string analyzerFolder, string sdkVersion, TextWriter log)
    {
        var runtimeFolder = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        var compilerFolder = Path.Combine(dotnetRoot, "sdk", sdkVersion, "Roslyn", "bincore");
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var architecture = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        foreach (var name in AssemblyNames)
        {
            var assembly = Path.Combine(analyzerFolder, name + ".dll");
            if (!File.Exists(assembly))
            {
                continue;
            }

            var image = assembly + ".r2r";
            log.WriteLine($"  crossgen2 {name}.dll ({os}-{architecture})");
            var result = DotnetCommand.RunProcess(crossgen2, analyzerFolder, CompilerSetting.FreshProcess, new[]
            {
                assembly, "-o", image, "--targetos", os, "--targetarch", architecture, "-O",
                "-r", runtimeFolder, "-r", compilerFolder, "-r", analyzerFolder,
            });
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"crossgen2 failed on {assembly}:\n{DotnetCommand.Tail(result.Output)}");
            }

            File.Move(image, assembly, overwrite: true);
        }
    }
}
