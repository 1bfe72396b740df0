using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>
/// The fresh consumer projects, restored together by one <c>dotnet restore</c> of a solution listing them all (one
/// NuGet process, one resolution of the shared packages), then built with <c>--no-restore</c>, each as soon as a slot
/// of the <see cref="Throttle"/> is free. The projects themselves are written by their test classes.
/// </summary>
public sealed class ConsumerProjects
{
    private const string SolutionFile = "Consumers.slnx";

    private ConsumerProjects(FreshProjects projects, Throttle throttle, CancellationToken cancellationToken)
    {
        Projects = projects;
        ConsoleAppFolder = projects.NewFolder("ConsoleApp");
        BrokenConsumerFolder = projects.NewFolder("BrokenConsumer");
        ContractTestsFolder = projects.NewFolder("ContractTests");
        PrecompiledConsumerFolder = projects.NewFolder("PrecompiledConsumer");
        ConsoleAppTests.WriteConsoleApp(ConsoleAppFolder, projects.Feed.Version);
        ConsoleAppTests.WriteBrokenConsumer(BrokenConsumerFolder, projects.Feed.Version);
        TestingLibraryTests.WriteContractTests(ContractTestsFolder, projects.Feed);
        PrecompiledAnalyzerTests.WriteConsumer(PrecompiledConsumerFolder, projects.Feed.Version);
        File.WriteAllText(Path.Combine(projects.Root, SolutionFile), """
            <Solution>
              <Project Path="ConsoleApp/ConsoleApp.csproj" />
              <Project Path="BrokenConsumer/BrokenConsumer.csproj" />
              <Project Path="ContractTests/ContractTests.csproj" />
              <Project Path="PrecompiledConsumer/PrecompiledConsumer.csproj" />
            </Solution>
            """);

        Restore = throttle.RunAsync(
            () => Dotnet.RunAsync(["restore", SolutionFile, "-nologo"], projects.Root, projects.RestoreEnvironment, TimeSpan.FromMinutes(10), cancellationToken),
            cancellationToken);
        ConsoleAppBuild = AfterRestore(throttle, () => Dotnet.RunAsync(["build", "--no-restore", "-c", "Release", "-nologo"], ConsoleAppFolder, projects.RestoreEnvironment, TimeSpan.FromMinutes(8), cancellationToken), cancellationToken);
        BrokenConsumerBuild = AfterRestore(throttle, () => Dotnet.RunAsync(["build", "--no-restore", "-nologo"], BrokenConsumerFolder, projects.RestoreEnvironment, TimeSpan.FromMinutes(8), cancellationToken), cancellationToken);
        PrecompiledConsumerBuilds = AfterRestore(throttle, () => PrecompiledAnalyzerTests.BuildBothWaysAsync(PrecompiledConsumerFolder, projects.RestoreEnvironment, cancellationToken), cancellationToken);
        ContractTestsRun = AfterRestore(throttle, () => Dotnet.RunAsync(["test", "--no-restore", "-nologo"], ContractTestsFolder, projects.RestoreEnvironment, TimeSpan.FromMinutes(8), cancellationToken), cancellationToken);
    }

    public FreshProjects Projects { get; }

    public string ConsoleAppFolder { get; }

    public string BrokenConsumerFolder { get; }

    public string ContractTestsFolder { get; }

    public string PrecompiledConsumerFolder { get; }

    /// <summary>The one restore of every consumer project.</summary>
    public Task<ProcessResult> Restore { get; }

    /// <summary><c>dotnet build -c Release</c> of the console app (one PackageReference to Kraken.Codegen).</summary>
    public Task<ProcessResult> ConsoleAppBuild { get; }

    /// <summary><c>dotnet build</c> of a library whose .graphql file has an error.</summary>
    public Task<ProcessResult> BrokenConsumerBuild { get; }

    /// <summary>The analyzer items MSBuild hands the compiler, and a build, with the precompiled assemblies allowed and turned off.</summary>
    public Task<PrecompiledAnalyzerTests.Builds> PrecompiledConsumerBuilds { get; }

    /// <summary><c>dotnet test</c> of the test project that references only Kraken.Codegen.Testing.</summary>
    public Task<ProcessResult> ContractTestsRun { get; }

    internal static ConsumerProjects Start(FreshProjects projects, Throttle throttle, CancellationToken cancellationToken) =>
        new(projects, throttle, cancellationToken);

    private async Task<T> AfterRestore<T>(Throttle throttle, Func<Task<T>> step, CancellationToken cancellationToken)
    {
        var restore = await Restore.ConfigureAwait(false);
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("The restore of the consumer projects failed:\n" + restore.Describe());
        }

        return await throttle.RunAsync(step, cancellationToken).ConfigureAwait(false);
    }
}
