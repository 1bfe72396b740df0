using System.Diagnostics;
using System.Text;

namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>The outcome of a child process: its exit code, everything it printed, and how long it ran.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    public string Output => StandardOutput + StandardError;

    /// <summary>A message for a failed assertion: the command and what it printed.</summary>
    public string Describe() => $"{CommandLine}\nexit code {ExitCode} after {Duration.TotalSeconds:F1} s\n{Output}";
}

/// <summary>A child process that did not finish in time; it and its children were killed.</summary>
public sealed class ProcessTimeoutException(string message) : Exception(message);

/// <summary>
/// Runs child processes (dotnet, the installed tool, csc) with a clean, non-interactive environment. Every run has a
/// time limit: past it the process and its children are killed, and the exception carries what it printed so far.
/// </summary>
internal static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        var stopwatch = Stopwatch.StartNew();
        await using var process = RunningProcess.Start(fileName, arguments, workingDirectory, environment);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.KillTree();
            var what = cancellationToken.IsCancellationRequested ? "was cancelled" : $"did not finish within {limit}";
            throw new ProcessTimeoutException($"{process.CommandLine} {what}; it was killed with its children. Its output so far:\n{process.StandardOutput}{process.StandardError}");
        }

        return new ProcessResult(process.CommandLine, process.ExitCode, process.StandardOutput, process.StandardError, stopwatch.Elapsed);
    }

    /// <summary>Sets up a start: redirected streams, UTF-8, no build servers that outlive the test, no banners.</summary>
    internal static ProcessStartInfo StartInfo(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        // The test host's own settings must not leak into the builds it starts.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildLoadMicrosoftTargetsReadOnly");
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null)
                {
                    start.Environment.Remove(name);
                }
                else
                {
                    start.Environment[name] = value;
                }
            }
        }

        return start;
    }

    internal static string Describe(ProcessStartInfo start) =>
        start.FileName + " " + string.Join(" ", start.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
}

/// <summary>
/// A started child process whose output is collected in the background (so it never blocks on a full pipe), for
/// callers that talk to it while it runs (the mock server, the language server). Disposing kills it with its children.
/// </summary>
internal sealed class RunningProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<string> _stdoutLines = new();
    private readonly bool _rawStandardOutput;

    private RunningProcess(Process process, bool rawStandardOutput)
    {
        _process = process;
        _rawStandardOutput = rawStandardOutput;
        CommandLine = ProcessRunner.Describe(process.StartInfo);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, null, e.Data);
        if (!rawStandardOutput)
        {
            _process.OutputDataReceived += (_, e) => Append(_stdout, _stdoutLines, e.Data);
        }
    }

    public string CommandLine { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput => Read(_stdout);

    public string StandardError => Read(_stderr);

    /// <summary>The process's standard input, to write requests to.</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>The raw standard output (only for a process started with <c>rawStandardOutput</c>).</summary>
    public Stream RawOutput => _rawStandardOutput ? _process.StandardOutput.BaseStream : throw new InvalidOperationException("Standard output is read line by line.");

    /// <summary>Starts a process; with <paramref name="rawStandardOutput"/> the caller reads standard output itself.</summary>
    public static RunningProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        bool rawStandardOutput = false)
    {
        var start = ProcessRunner.StartInfo(fileName, arguments, workingDirectory, environment);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var running = new RunningProcess(process, rawStandardOutput);
        process.BeginErrorReadLine();
        if (!rawStandardOutput)
        {
            process.BeginOutputReadLine();
        }

        // Nothing is ever typed into these processes; a closed stdin makes an accidental prompt fail instead of wait.
        if (!rawStandardOutput)
        {
            process.StandardInput.Close();
        }

        return running;
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Waits for the first line of standard output that matches, failing with everything printed on timeout or exit.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_stdout)
            {
                var line = _stdoutLines.FirstOrDefault(predicate);
                if (line is not null)
                {
                    return line;
                }
            }

            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var why = _process.HasExited ? $"exited with {_process.ExitCode}" : $"printed no such line within {timeout}";
                throw new ProcessTimeoutException($"{CommandLine} {why}. Output:\n{StandardOutput}{StandardError}");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <summary>Kills the process and its children (if still running) and waits, briefly, until they are gone.</summary>
    public void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    public ValueTask DisposeAsync()
    {
        KillTree();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Append(StringBuilder text, List<string>? lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
            lines?.Add(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
