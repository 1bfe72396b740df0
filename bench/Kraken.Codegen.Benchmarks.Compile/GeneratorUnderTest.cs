namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>
/// One version of the generator to measure: a checkout of this repository (the current one, or a baseline made with
/// <c>git worktree add</c>), packed into a local NuGet feed of its own. Consumer projects then reference the packages
/// <c>Kraken.Codegen</c> and <c>Kraken.Codegen.Runtime</c> exactly as a user's project does: NuGet imports the
/// package's <c>buildTransitive</c> props and targets, the compiler loads the generator from the package (its
/// <c>analyzers/dotnet/cs</c> folder, or the precompiled assemblies the targets choose for this machine when the
/// package has them), and the generated code compiles against that checkout's runtime.
/// </summary>
internal sealed class GeneratorUnderTest
{
    /// <summary>The version given to the packed packages; each label restores into its own packages folder, so it never clashes.</summary>
    public const string PackageVersion = "1.0.0-compilebench";

    private GeneratorUnderTest(string label, string checkout, string folder, bool portable)
    {
        Label = label;
        Checkout = checkout;
        Folder = folder;
        Portable = portable;
    }

    public string Label { get; }

    public string Checkout { get; }

    /// <summary>The label's folder in the work folder: feed, packages and consumer projects.</summary>
    public string Folder { get; }

    public string Feed => Path.Combine(Folder, "feed");

    public string PackagesFolder => Path.Combine(Folder, "packages");

    /// <summary>
    /// Whether the consumers set <c>KrakenCodegenPrecompiled=false</c> (<c>--portable</c>): the compiler then loads the
    /// package's portable analyzer assemblies even where the package has precompiled ones for this machine.
    /// </summary>
    public bool Portable { get; }

    /// <summary>
    /// The restored package's analyzer assemblies as the compiler loads them here: the precompiled ones for this
    /// machine when the package has them (and the label is not <see cref="Portable"/>), else <c>analyzers/dotnet/cs</c>.
    /// </summary>
    public string AnalyzerFolder
    {
        get
        {
            var package = Path.Combine(PackagesFolder, "kraken.codegen", PackageVersion);
            var precompiled = Path.Combine(package, "precompiled", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
            return !Portable && Directory.Exists(precompiled) ? precompiled : Path.Combine(package, "analyzers", "dotnet", "cs");
        }
    }

    /// <summary>Parses <c>label=path</c> (or a bare path, labelled by its folder name).</summary>
    public static GeneratorUnderTest Create(string specification, string workFolder, IReadOnlySet<string> portable)
    {
        var separator = specification.IndexOf('=', StringComparison.Ordinal);
        var label = separator > 0 ? specification[..separator] : Path.GetFileName(Path.TrimEndingDirectorySeparator(specification));
        var path = Path.GetFullPath(separator > 0 ? specification[(separator + 1)..] : specification);
        if (label.Length == 0 || label.Any(c => !char.IsLetterOrDigit(c) && c != '-' && c != '_'))
        {
            throw new ArgumentException($"'{label}' is not a usable label (letters, digits, '-' and '_').");
        }

        if (!File.Exists(Path.Combine(path, TestSupport.RepositoryLayout.SolutionFileName)))
        {
            throw new ArgumentException($"{path} is not a checkout of this repository (no {TestSupport.RepositoryLayout.SolutionFileName}).");
        }

        return new GeneratorUnderTest(label, path, Path.Combine(workFolder, label), portable.Contains(label));
    }

    /// <summary>
    /// The projects that make the checkout's <c>Kraken.Codegen</c> package and what it depends on. Since the packages were
    /// split, <c>generator/Kraken.Codegen</c> packs the package (analyzers and a dependency on the runtime) and the core
    /// is a package of its own; older checkouts pack the generator project itself.
    /// </summary>
    private IEnumerable<string> PackagedProjects()
    {
        const string packageProject = "generator/Kraken.Codegen/Kraken.Codegen.csproj";
        return File.Exists(Path.Combine(Checkout, packageProject))
            ? new[] { "generator/Kraken.Codegen.Core/Kraken.Codegen.Core.csproj", "runtime/Kraken.Codegen.Runtime/Kraken.Codegen.Runtime.csproj", packageProject }
            : new[] { "generator/Kraken.Codegen.Generator/Kraken.Codegen.Generator.csproj", "runtime/Kraken.Codegen.Runtime/Kraken.Codegen.Runtime.csproj" };
    }

    /// <summary>
    /// Packs the generator and the runtime of the checkout (Release) into the label's feed and writes the files that
    /// make the label's folder a self-contained place for consumer projects: the feed as a package source, a packages
    /// folder of its own, and empty Directory.Build/Packages files so nothing above the folder leaks in.
    /// </summary>
    public void Prepare(TextWriter log)
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Feed);
        foreach (var project in PackagedProjects())
        {
            log.WriteLine($"  [{Label}] dotnet pack {project}");
            DotnetCommand.RunChecked(Checkout, CompilerSetting.FreshProcess, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + PackageVersion, "-nologo", "-v:q");
        }

        File.WriteAllText(Path.Combine(Folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- The packages packed from {Checkout}; every other package comes from the machine's usual sources. -->
            <configuration>
              <packageSources>
                <add key="kraken-codegen-{Label}" value="feed" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <!-- A packages folder per label: two checkouts packed with the same version never share a cached package. -->
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Folder, "Directory.Packages.props"), "<Project />\n");
    }
}
