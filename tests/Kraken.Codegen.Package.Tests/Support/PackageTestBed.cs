using System.Collections.Concurrent;
using Kraken.Codegen.Package.Tests.CompilerHosts;
using Kraken.Codegen.Package.Tests.Consumers;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// Everything the package tests share, set up once per run: the packed feed, the fresh projects, the installed tool
/// and the .NET 9 compiler host. The tests run one after another (one collection), but the slow steps behind them do
/// not wait for their test: as soon as what a step needs exists, it starts in the background (at most one heavy
/// process per core, <see cref="Throttle"/>), and each test awaits the results it asserts on.
/// </summary>
/// <remarks>
/// Order: the compiler host's download and layout start at once, beside the pack (they do not need our packages);
/// after the pack, the tool install and the one restore of the consumer projects; after the restore, the consumer
/// builds; after the pack and the host, the two csc runs. With <c>KRAKEN_CODEGEN_APPROVE=1</c> (refreshing listings)
/// nothing starts before a test asks for it. <c>KRAKEN_CODEGEN_KEEP_PACKAGE_TESTS=1</c> keeps the folders for a look.
/// </remarks>
public sealed class PackageTestBed : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Throttle _throttle = new();
    private readonly ConcurrentQueue<Task> _started = new();
    private readonly Lazy<Task<InstalledTool>> _tool;
    private readonly Lazy<ConsumerProjects> _consumers;
    private readonly Lazy<Task<CompilerHost>> _compilerHost;
    private readonly Lazy<Task<CompilerHostRuns>> _compilerHostRuns;
    private PackageFeed? _feed;
    private FreshProjects? _projects;
    private bool _disposed;

    public PackageTestBed()
    {
        WorkRoot = TemporaryFolders.Create("kraken-codegen-packages-");
        var repository = RepositoryLayout.Root ?? throw new InvalidOperationException("The package tests run from inside the repository.");
        if (TemporaryFolders.IsInside(WorkRoot, repository))
        {
            throw new InvalidOperationException($"The temporary folder {WorkRoot} lies inside the repository; the fresh projects must not see its build files.");
        }

        var token = _stop.Token;
        _tool = new(() => Track(_throttle.RunAsync(() => InstalledTool.InstallAsync(Projects, token), token)));
        _consumers = new(() => Track(ConsumerProjects.Start(Projects, _throttle, token)));
        _compilerHost = new(() => Track(_throttle.RunAsync(() => CompilerHosts.CompilerHost.PrepareAsync(WorkRoot, token), token)));
        _compilerHostRuns = new(() => Track(StartCompilerHostRunsAsync(token)));
    }

    public static bool ApproveMode => Environment.GetEnvironmentVariable(Snapshot.ApproveVariable) == "1";

    /// <summary>The run's temporary folder outside the repository.</summary>
    public string WorkRoot { get; }

    public PackageFeed Feed => _feed ?? throw new InvalidOperationException("The pack has not run.");

    public FreshProjects Projects => _projects ?? throw new InvalidOperationException("The pack has not run.");

    /// <summary><c>kraken-codegen</c> installed from the feed.</summary>
    public Task<InstalledTool> Tool => _tool.Value;

    /// <summary>The fresh consumer projects, their restore and their builds.</summary>
    public ConsumerProjects Consumers => _consumers.Value;

    public Task<CompilerHost> CompilerHost => _compilerHost.Value;

    /// <summary>The runs of the packed generator under Roslyn 4.14 on .NET 9 (fails when the host cannot exist here: check <see cref="CompilerHost"/> first).</summary>
    public Task<CompilerHostRuns> CompilerHostRuns => _compilerHostRuns.Value;

    public async Task InitializeAsync()
    {
        if (!ApproveMode)
        {
            _ = CompilerHost;
        }

        try
        {
            _feed = await _throttle.RunAsync(() => PackageFeed.PackAsync(WorkRoot, _stop.Token), _stop.Token);
            _projects = FreshProjects.Create(_feed);
        }
        catch
        {
            // Every test of the collection fails with this exception; nothing may be left running or lying around.
            await DisposeAsync();
            throw;
        }

        if (!ApproveMode)
        {
            _ = Tool;
            _ = Consumers;
            _ = CompilerHostRuns;
        }
    }

    public async Task DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Steps no test waited for (a filtered run) are stopped: their processes are killed with their children.
        await _stop.CancelAsync();
        foreach (var task in _started)
        {
            try
            {
                await task.WaitAsync(TimeSpan.FromMinutes(1));
            }
            catch (Exception)
            {
                // Its test reported it, or no test asked for it.
            }
        }

        if (Environment.GetEnvironmentVariable("KRAKEN_CODEGEN_KEEP_PACKAGE_TESTS") != "1")
        {
            TemporaryFolders.Delete(WorkRoot);
            TemporaryFolders.Delete(PackageFeed.ArtifactsFolderOf(RepositoryLayout.Root!));
        }
    }

    private async Task<CompilerHostRuns> StartCompilerHostRunsAsync(CancellationToken cancellationToken)
    {
        var host = await CompilerHost;
        if (host.UnavailableReason is not null)
        {
            throw new InvalidOperationException(host.UnavailableReason);
        }

        var runs = CompilerHosts.CompilerHostRuns.Start(host, Feed, _throttle, cancellationToken);
        _started.Enqueue(runs.Runtimes);
        _started.Enqueue(runs.CompilerVersion);
        _started.Enqueue(runs.WithPackedAnalyzers);
        return runs;
    }

    private T Track<T>(T value)
    {
        switch (value)
        {
            case Task task:
                _started.Enqueue(task);
                break;
            case ConsumerProjects consumers:
                _started.Enqueue(consumers.Restore);
                _started.Enqueue(consumers.ConsoleAppBuild);
                _started.Enqueue(consumers.BrokenConsumerBuild);
                _started.Enqueue(consumers.ContractTestsRun);
                break;
        }

        return value;
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageTestBed>
{
    public const string Name = "Packed packages";
}
