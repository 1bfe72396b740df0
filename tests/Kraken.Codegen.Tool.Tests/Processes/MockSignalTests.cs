using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Kraken.Codegen.TestSupport;
using Xunit.Abstractions;

namespace Kraken.Codegen.Tool.Tests.Processes;

/// <summary>
/// <c>kraken-codegen mock</c> as a child process: it stops cleanly (exit code 0) within 2 seconds of SIGTERM or SIGINT
/// and frees its port, started directly (stdin a pipe, signals as inherited) and in the background of a non-interactive
/// shell (<c>sh -c '… &lt; /dev/null &amp;'</c>, as CI scripts do, where the shell starts it with SIGINT ignored).
/// The 2 seconds are measured from the signal to the exit; the start gets as long as a loaded machine needs.
/// </summary>
public sealed class MockSignalTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    private readonly ITestOutputHelper _output;

    public MockSignalTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, bool> Cases => new()
    {
        { "SIGTERM", false },
        { "SIGINT", false },
        { "SIGTERM", true },
        { "SIGINT", true },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Mock_stops_within_two_seconds_of_a_signal_and_frees_its_port(string signal, bool background)
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals; Windows has none to send.");
        using var folder = new TemporaryDirectory();
        var schema = Path.Combine(folder.Path, "schema.graphqls");
        File.WriteAllText(schema, LineEndingCases.Join(LineEndingCases.SchemaLines, "LF"));

        await using var mock = background ? await BackgroundMock.StartAsync(schema, folder.Path) : await ForegroundMock.StartAsync(schema);
        var endpoint = await mock.Endpoint.WaitAsync(StartLimit);
        await AssertServesAsync(endpoint);

        var watch = Stopwatch.StartNew();
        ToolProcess.Signal(mock.ProcessId, signal == "SIGTERM" ? SigTerm : SigInt);
        var exitCode = await mock.Exited.WaitAsync(TimeSpan.FromSeconds(30));
        var shutdown = watch.Elapsed;

        _output.WriteLine($"{signal}, {(background ? "background (sh -c '… < /dev/null &')" : "direct child")}: exit code {exitCode} {shutdown.TotalMilliseconds:F0} ms after the signal.");
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{await mock.ErrorAsync()}");
        Assert.True(shutdown < ShutdownLimit, $"The mock took {shutdown.TotalMilliseconds:F0} ms to stop after {signal}.");
        var listener = new TcpListener(IPAddress.Loopback, endpoint.Port);
        listener.Start(); // throws if the port were still held
        listener.Stop();
    }

    private static async Task AssertServesAsync(Uri endpoint)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsync(endpoint, new StringContent("""{"query": "{ __typename }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A running mock: its process, the endpoint it printed, and its exit code once it exits.</summary>
    private abstract class RunningMock : IAsyncDisposable
    {
        public abstract int ProcessId { get; }

        public abstract Task<Uri> Endpoint { get; }

        public abstract Task<int> Exited { get; }

        public abstract Task<string> ErrorAsync();

        public abstract ValueTask DisposeAsync();

        protected static Uri ParseEndpoint(string line) =>
            Uri.TryCreate(line.Trim(), UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException("The mock's first line is not its endpoint: " + line);
    }

    /// <summary>Started directly by the test: stdin is a pipe, signals are as the test process has them.</summary>
    private sealed class ForegroundMock : RunningMock
    {
        private readonly Process _process;
        private readonly Task<string> _error;

        private ForegroundMock(Process process)
        {
            _process = process;
            _error = process.StandardError.ReadToEndAsync();
            Endpoint = ReadEndpointAsync();
            Exited = WaitAsync();
        }

        public override int ProcessId => _process.Id;

        public override Task<Uri> Endpoint { get; }

        public override Task<int> Exited { get; }

        public static Task<RunningMock> StartAsync(string schema) =>
            Task.FromResult<RunningMock>(new ForegroundMock(Process.Start(ToolProcess.StartInfo("mock", "--schema", schema))!));

        public override Task<string> ErrorAsync() => _error;

        public override ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task<Uri> ReadEndpointAsync() => ParseEndpoint(await _process.StandardOutput.ReadLineAsync() ?? string.Empty);

        private async Task<int> WaitAsync()
        {
            await _process.WaitForExitAsync();
            return _process.ExitCode;
        }
    }

    /// <summary>
    /// Started in the background by a non-interactive shell, stdin and stdout redirected, the way a CI script starts a
    /// server: the shell prints the mock's process ID, waits for it, and prints its exit status.
    /// </summary>
    private sealed class BackgroundMock : RunningMock
    {
        private readonly Process _shell;
        private readonly string _stdout;
        private readonly string _stderr;
        private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _processId;

        private BackgroundMock(Process shell, string stdout, string stderr)
        {
            _shell = shell;
            _stdout = stdout;
            _stderr = stderr;
            Endpoint = ReadEndpointAsync();
        }

        public override int ProcessId => _processId;

        public override Task<Uri> Endpoint { get; }

        public override Task<int> Exited => _exited.Task;

        public static async Task<RunningMock> StartAsync(string schema, string folder)
        {
            var stdout = Path.Combine(folder, "mock.out");
            var stderr = Path.Combine(folder, "mock.err");
            var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("dotnet \"$0\" mock --schema \"$1\" < /dev/null > \"$2\" 2> \"$3\" & echo $!; wait $!; echo \"exit $?\"");
            foreach (var argument in new[] { ToolProcess.Dll, schema, stdout, stderr })
            {
                start.ArgumentList.Add(argument);
            }

            var mock = new BackgroundMock(Process.Start(start)!, stdout, stderr);
            mock._processId = int.Parse(await mock._shell.StandardOutput.ReadLineAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            _ = mock.WatchAsync();
            return mock;
        }

        public override Task<string> ErrorAsync() => File.ReadAllTextAsync(_stderr);

        public override async ValueTask DisposeAsync()
        {
            if (!_exited.Task.IsCompleted && _processId > 0)
            {
                ToolProcess.Signal(_processId, 9);
            }

            await _shell.WaitForExitAsync();
            _shell.Dispose();
        }

        private async Task WatchAsync()
        {
            var line = await _shell.StandardOutput.ReadLineAsync();
            _exited.TrySetResult(line is not null && line.StartsWith("exit ", StringComparison.Ordinal) ? int.Parse(line.Substring(5), System.Globalization.CultureInfo.InvariantCulture) : -1);
        }

        private async Task<Uri> ReadEndpointAsync()
        {
            while (true)
            {
                var text = File.Exists(_stdout) ? await File.ReadAllTextAsync(_stdout) : string.Empty;
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                if (newline > 0)
                {
                    return ParseEndpoint(text.Substring(0, newline));
                }

                await Task.Delay(50);
            }
        }
    }
}
