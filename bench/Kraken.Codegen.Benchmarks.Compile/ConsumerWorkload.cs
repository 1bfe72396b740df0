using System.Globalization;
using Kraken.Codegen.Benchmarks.Generator;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>
/// A consumer project's content: its GraphQL files, its MSBuild settings, and the one operation file that the
/// incremental builds edit, with the two versions they alternate between (so that every build follows a real edit).
/// </summary>
internal sealed class ConsumerWorkload
{
    /// <summary>The number of synthesised GitHub operations, the same as the generator benchmark's workload.</summary>
    public const int GitHubOperationCount = 150;

    private ConsumerWorkload(string name, string properties, IReadOnlyList<(string Path, string Text)> files, string editPath, string editBase, string editEdited)
    {
        Name = name;
        Properties = properties;
        Files = files;
        EditPath = editPath;
        EditBase = editBase;
        EditEdited = editEdited;
    }

    public string Name { get; }

    /// <summary>MSBuild properties of the project, as XML elements.</summary>
    public string Properties { get; }

    public IReadOnlyList<(string Path, string Text)> Files { get; }

    public string EditPath { get; }

    /// <summary>The edited file's text as first written.</summary>
    public string EditBase { get; }

    /// <summary>The edited file's text with one more selected field.</summary>
    public string EditEdited { get; }

    public int OperationFileCount => Files.Count(f => f.Path.EndsWith(".graphql", StringComparison.Ordinal) && !f.Path.EndsWith("fragments.graphql", StringComparison.Ordinal));

    /// <summary>
    /// All 102 operations of <c>schema/kraken-oeg</c> with its schema and fragments, as the demo and the reference tests
    /// use them. The edit adds <c>urn</c> back to <c>Account.graphql</c> (the first version leaves it out).
    /// </summary>
    public static ConsumerWorkload Kraken()
    {
        var folder = Path.Combine(RepositoryLayout.Root ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory), "schema", "kraken-oeg");
        var files = new List<(string Path, string Text)>
        {
            ("GraphQL/schema.graphqls", File.ReadAllText(Path.Combine(folder, "schema.graphqls"))),
            ("GraphQL/fragments.graphql", File.ReadAllText(Path.Combine(folder, "fragments.graphql"))),
        };
        files.AddRange(Directory.GetFiles(Path.Combine(folder, "operations"), "*.graphql")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ("GraphQL/operations/" + Path.GetFileName(f), File.ReadAllText(f))));

        const string editPath = "GraphQL/operations/Account.graphql";
        const string removedField = "    urn\n";
        var original = files.Single(f => f.Path == editPath).Text.ReplaceLineEndings("\n");
        var index = original.IndexOf(removedField, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"{editPath} no longer selects 'urn'; choose another field for the edit.");
        }

        var withoutField = original.Remove(index, removedField.Length);
        files[files.FindIndex(f => f.Path == editPath)] = (editPath, withoutField);
        return new ConsumerWorkload(
            "kraken",
            """
                <RootNamespace>Kraken.Consumer</RootNamespace>
                <!-- Four documented operations select deprecated fields on purpose (KGQL0301). -->
                <NoWarn>$(NoWarn);KGQL0301</NoWarn>
            """,
            files,
            editPath,
            withoutField,
            original);
    }

    /// <summary>
    /// GitHub's public schema from <c>../shared</c> and the 150 operations of the generator benchmark
    /// (<see cref="OperationSynthesiser"/>); null when <c>../shared</c> is absent.
    /// </summary>
    public static ConsumerWorkload? GitHub()
    {
        var shared = RepositoryLayout.SharedFolder;
        if (shared is null)
        {
            return null;
        }

        var schemaPath = Path.Combine(shared, "corpora", "github", "schema.graphql");
        var schemaText = File.ReadAllText(schemaPath);
        var schema = SchemaBuilder.Build(new SourceFile(schemaPath, schemaText));
        var errors = schema.Diagnostics.Where(d => d.IsError).Take(10).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("GitHub's schema did not load:\n" + string.Join('\n', errors));
        }

        var operations = OperationSynthesiser.Create(schema, GitHubOperationCount);
        var files = new List<(string Path, string Text)> { ("GitHub/schema.graphqls", schemaText) };
        files.AddRange(operations.Select(o => ("GitHub/Operations/" + o.Name + ".graphql", o.Text)));
        var target = operations.First(o => o.EditedText is not null);
        return new ConsumerWorkload(
            "github",
            """
                <RootNamespace>GitHub.Client</RootNamespace>
                <KrakenCodegenClientName>GitHubClient</KrakenCodegenClientName>
                <!-- Three custom scalars have no mapping (KGQL0503), as in the generator benchmark. -->
                <NoWarn>$(NoWarn);KGQL0503</NoWarn>
            """,
            files,
            "GitHub/Operations/" + target.Name + ".graphql",
            target.Text,
            target.EditedText!);
    }

    public const string GitHubMissing = "../shared is absent beside the repository: the GitHub workload (../shared/corpora/github/schema.graphql) is skipped.";
}

/// <summary>A workload written to disk as a project in a generator version's folder.</summary>
internal sealed class ConsumerProject
{
    private bool _edited;

    public ConsumerProject(ConsumerWorkload workload, GeneratorUnderTest generator)
    {
        Workload = workload;
        Generator = generator;
        Directory = Path.Combine(generator.Folder, workload.Name);
        ProjectFile = Path.Combine(Directory, "Consumer.csproj");
    }

    public ConsumerWorkload Workload { get; }

    public GeneratorUnderTest Generator { get; }

    public string Directory { get; }

    public string ProjectFile { get; }

    public void Write()
    {
        foreach (var (path, text) in Workload.Files)
        {
            var full = Path.Combine(Directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
            {Workload.Properties}{(Generator.Portable ? "\n    <KrakenCodegenPrecompiled>false</KrakenCodegenPrecompiled>" : string.Empty)}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Kraken.Codegen" Version="{GeneratorUnderTest.PackageVersion}" PrivateAssets="all" />
                <PackageReference Include="Kraken.Codegen.Runtime" Version="{GeneratorUnderTest.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        _edited = false;
    }

    /// <summary>Switches the edited operation file to its other version.</summary>
    public void ToggleEdit()
    {
        _edited = !_edited;
        File.WriteAllText(Path.Combine(Directory, Workload.EditPath), _edited ? Workload.EditEdited : Workload.EditBase);
    }

    public void Restore() => DotnetCommand.RunChecked(Directory, CompilerSetting.FreshProcess, "restore", ProjectFile, "-nologo", "-v:q");

    /// <summary>Deletes bin and obj, then restores: the state before a full build.</summary>
    public void Clean()
    {
        foreach (var folder in new[] { "bin", "obj" })
        {
            var path = Path.Combine(Directory, folder);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }

        Restore();
    }

    /// <summary>
    /// One timed <c>dotnet build --no-restore</c> with the compiler's analyzer report; the detailed log goes to a file,
    /// from which the generator's and the analyzer's times are read. Where <c>/usr/bin/time</c> exists the build runs
    /// under it, for the CPU time (user + system) of the whole process tree: MSBuild, its nodes and, in a fresh
    /// compiler process, csc; the compiler server is not a child, so a warm-server build's CPU time leaves it out.
    /// Throws when the build fails.
    /// </summary>
    public BuildMeasurement Build(CompilerSetting setting, string logName)
    {
        var log = Path.Combine(Generator.Folder, "logs", Workload.Name + "-" + logName + ".log");
        var cpu = Path.ChangeExtension(log, ".cpu");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var build = new[]
        {
            "dotnet", "build", ProjectFile, "--no-restore", "-nologo", "-v:q", "-clp:NoSummary",
            "-p:ReportAnalyzer=true",
            "-p:UseSharedCompilation=" + (setting == CompilerSetting.WarmServer ? "true" : "false"),
            "-fl", "-flp:LogFile=" + log + ";Verbosity=detailed;PerformanceSummary",
        };
        var timed = File.Exists(TimeCommand);
        var result = timed
            ? DotnetCommand.RunProcess(TimeCommand, Directory, setting, new[] { "-f", "%U %S", "-o", cpu }.Concat(build))
            : DotnetCommand.RunProcess(build[0], Directory, setting, build.Skip(1));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build of {ProjectFile} failed (exit code {result.ExitCode}); log: {log}\n{DotnetCommand.Tail(result.Output)}");
        }

        var report = CompilerReport.Parse(File.ReadLines(log));
        if (report.GeneratorSeconds is null)
        {
            throw new InvalidOperationException($"The build log {log} holds no time for {CompilerReport.GeneratorTypeName}: did the compiler run?");
        }

        double? cpuSeconds = timed ? File.ReadAllText(cpu).Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(t => double.Parse(t, CultureInfo.InvariantCulture)) : null;
        return new BuildMeasurement(result.Elapsed.TotalSeconds, cpuSeconds, report);
    }

    private const string TimeCommand = "/usr/bin/time";
}

/// <summary>A build's wall time, its CPU time when measured, and the compiler's report of it.</summary>
internal sealed record BuildMeasurement(double WallSeconds, double? CpuSeconds, CompilerReport Report);
