using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Kraken.Codegen.Fuzz.Harness;

/// <summary>What a supervised run is asked to do.</summary>
public sealed record RunSettings(
    string Target,
    long Seed,
    long Count,
    int Jobs,
    string FindingsFolder,
    TimeSpan SlowLimit,
    TimeSpan HangKill,
    TimeSpan PrepareLimit);

/// <summary>
/// Runs a target's inputs in worker processes and turns everything that goes wrong into a finding: an exception or a
/// failed check (reported by the worker), a stack overflow or any other death of the worker (the input it was running
/// is known from the protocol and its scratch file), and a hang (no end within <see cref="RunSettings.HangKill"/>: the
/// worker is killed). An input slower than <see cref="RunSettings.SlowLimit"/> is run again twice on its own; only
/// if it is slow every time is it a hang, otherwise it is reported as slow once (a loaded machine).
/// </summary>
public sealed class Supervisor
{
    private readonly RunSettings _settings;
    private readonly TextWriter _log;
    private readonly List<Finding> _findings = new();
    private readonly List<(long Index, long Milliseconds)> _slow = new();
    private readonly object _gate = new();
    private long _executed;
    private long _slowestMilliseconds;
    private long _slowestIndex = -1;

    public Supervisor(RunSettings settings, TextWriter log)
    {
        _settings = settings;
        _log = log;
    }

    public async Task<TargetReport> RunAsync()
    {
        var watch = Stopwatch.StartNew();
        var ranges = Split(_settings.Count, Math.Max(1, _settings.Jobs));
        await Task.WhenAll(ranges.Select((range, job) => RunRangeAsync(range.From, range.To, job)));

        var slowOnce = new List<string>();
        foreach (var (index, milliseconds) in _slow.GroupBy(s => s.Index).Select(g => g.First()).OrderBy(s => s.Index))
        {
            var again = new List<long>();
            byte[]? input = null;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var (rerunMilliseconds, rerunInput) = await RerunAsync(index);
                again.Add(rerunMilliseconds);
                input ??= rerunInput;
            }

            if (again.Min() > _settings.SlowLimit.TotalMilliseconds)
            {
                Record(new Finding(FindingKind.Hang, index, $"Input {index} took {milliseconds} ms, then {string.Join(" and ", again)} ms on its own (limit {_settings.SlowLimit.TotalMilliseconds:F0} ms)."), input);
            }
            else
            {
                slowOnce.Add($"input {index}: {milliseconds} ms in the run, {again.Min()} ms on its own");
            }
        }

        return new TargetReport(
            _settings.Target,
            _settings.Seed,
            _settings.Count,
            _executed,
            _findings.Count(f => f.Kind == FindingKind.Crash),
            _findings.Count(f => f.Kind == FindingKind.Violation),
            _findings.Count(f => f.Kind == FindingKind.Hang),
            _findings.Count(f => f.Kind == FindingKind.StackOverflow),
            _slowestMilliseconds,
            _slowestIndex,
            watch.Elapsed,
            _findings.OrderBy(f => f.Index).ToList(),
            slowOnce);
    }

    private async Task RunRangeAsync(long from, long to, int job)
    {
        var next = from;
        while (next < to)
        {
            next = await RunWorkerAsync(next, to, job, rerun: false) ?? to;
        }
    }

    /// <summary>
    /// Runs one input alone in a fresh, warmed-up worker, twice, and returns the second time and the bytes (the check of
    /// a slow input: the first run of an input warms what it alone uses).
    /// </summary>
    private async Task<(long Milliseconds, byte[]? Input)> RerunAsync(long index)
    {
        var result = (Milliseconds: long.MaxValue, Input: (byte[]?)null);
        await RunWorkerAsync(index, index + 1, job: 0, rerun: true, onEnd: (milliseconds, input) => result = (milliseconds, input));
        return result;
    }

    /// <summary>Runs a worker from <paramref name="from"/>; returns where to resume when it died, null when it finished.</summary>
    private async Task<long?> RunWorkerAsync(long from, long to, int job, bool rerun, Action<long, byte[]?>? onEnd = null)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "kraken-codegen-fuzz", $"{_settings.Target}-{Environment.ProcessId}-{job}-{Guid.NewGuid():N}");
        using var process = Process.Start(WorkerStartInfo(from, to, scratch, rerun)) ?? throw new InvalidOperationException("Cannot start a fuzz worker.");
        var stderr = new StringBuilder();
        var stderrDone = Task.Run(async () =>
        {
            string? line;
            while ((line = await process.StandardError.ReadLineAsync()) is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(line);
                }
            }
        });

        long? running = null;
        long? making = null;
        var ready = false;
        try
        {
            while (true)
            {
                var limit = ready ? _settings.HangKill : _settings.PrepareLimit;
                using var timeout = new CancellationTokenSource(limit);
                string? line;
                try
                {
                    line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    if (making is { } stuck)
                    {
                        throw new InvalidOperationException($"The harness itself took over {limit.TotalSeconds:F0} s to make input {stuck} of {_settings.Target}: a defect of its mutators.\n{Tail(stderr)}");
                    }

                    if (running is { } hung)
                    {
                        Record(new Finding(FindingKind.Hang, hung, $"Input {hung} did not finish within {limit.TotalSeconds:F0} s; the worker was killed."), CurrentInput(scratch));
                        Counted();
                        return hung + 1;
                    }

                    throw new InvalidOperationException($"The {_settings.Target} worker did not get ready within {limit.TotalSeconds:F0} s.\n{Tail(stderr)}");
                }

                if (line is null)
                {
                    break; // the worker is gone
                }

                var parts = line.Split(' ', 4);
                switch (parts[0])
                {
                    case "READY":
                        ready = true;
                        break;
                    case "MAKE":
                        making = long.Parse(parts[1], CultureInfo.InvariantCulture);
                        break;
                    case "BEGIN":
                        (making, running) = (null, long.Parse(parts[1], CultureInfo.InvariantCulture));
                        break;
                    case "END":
                    {
                        var index = long.Parse(parts[1], CultureInfo.InvariantCulture);
                        var milliseconds = long.Parse(parts[2], CultureInfo.InvariantCulture);
                        running = null;
                        onEnd?.Invoke(milliseconds, CurrentInput(scratch));
                        if (!rerun)
                        {
                            Completed(index, milliseconds);
                        }

                        break;
                    }

                    case "FAIL":
                    {
                        var index = long.Parse(parts[1], CultureInfo.InvariantCulture);
                        var details = Encoding.UTF8.GetString(Convert.FromBase64String(parts[3]));
                        var milliseconds = long.Parse(parts[2], CultureInfo.InvariantCulture);
                        running = null;
                        onEnd?.Invoke(milliseconds, CurrentInput(scratch));
                        if (!rerun)
                        {
                            // A finding already: its time is not checked again as a possible hang.
                            Counted();
                            var kind = details.StartsWith(typeof(FuzzViolation).FullName!, StringComparison.Ordinal) ? FindingKind.Violation : FindingKind.Crash;
                            Record(new Finding(kind, index, details), await File.ReadAllBytesAsync(Path.Combine(scratch, Worker.FailedInputFile(index))));
                        }

                        break;
                    }

                    case "DONE":
                        await process.WaitForExitAsync();
                        return null;
                }
            }

            await process.WaitForExitAsync();
            await stderrDone;
            var output = Tail(stderr);
            if (running is not { } died)
            {
                throw new InvalidOperationException(making is { } made
                    ? $"The harness itself failed making input {made} of {_settings.Target} (exit code {process.ExitCode}): a defect of its mutators.\n{output}"
                    : $"The {_settings.Target} worker exited with code {process.ExitCode} outside any input.\n{output}");
            }

            var overflow = output.Contains("Stack overflow", StringComparison.Ordinal);
            Record(
                new Finding(overflow ? FindingKind.StackOverflow : FindingKind.Crash, died, $"The worker died running input {died} (exit code {process.ExitCode}).\n{output}"),
                CurrentInput(scratch));
            if (!rerun)
            {
                Counted();
            }

            return died + 1;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A scratch folder left in the temp folder is harmless.
            }
        }
    }

    private ProcessStartInfo WorkerStartInfo(long from, long to, string scratch, bool rerun)
    {
        // Under 'dotnet Kraken.Codegen.Fuzz.dll' the process is the dotnet host; under the apphost it is the program.
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[]
        {
            "worker", "--target", _settings.Target, "--seed", _settings.Seed.ToString(CultureInfo.InvariantCulture),
            "--from", from.ToString(CultureInfo.InvariantCulture), "--to", to.ToString(CultureInfo.InvariantCulture), "--scratch", scratch,
            "--repeat", rerun ? "2" : "1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>An input that ended its worker (killed as hung, or a stack overflow): counted, but timed by nobody.</summary>
    private void Counted()
    {
        lock (_gate)
        {
            _executed++;
        }
    }

    private void Completed(long index, long milliseconds)
    {
        lock (_gate)
        {
            _executed++;
            if (milliseconds > _slowestMilliseconds)
            {
                (_slowestMilliseconds, _slowestIndex) = (milliseconds, index);
            }

            if (milliseconds > _settings.SlowLimit.TotalMilliseconds)
            {
                _slow.Add((index, milliseconds));
            }

            if (_executed % 1000 == 0)
            {
                _log.WriteLine($"  {_settings.Target}: {_executed:N0} of {_settings.Count:N0} inputs, {_findings.Count} findings");
            }
        }
    }

    /// <summary>Keeps a finding: its input and details in the findings folder, with the line that replays it.</summary>
    private static byte[]? CurrentInput(string scratch)
    {
        var path = Path.Combine(scratch, Worker.CurrentInputFile);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    private void Record(Finding finding, byte[]? input)
    {
        var folder = Path.Combine(_settings.FindingsFolder, _settings.Target);
        Directory.CreateDirectory(folder);
        var name = $"{finding.Kind.ToString().ToLowerInvariant()}-{_settings.Seed}-{finding.Index}";
        if (input is not null)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".bin"), input);
        }

        File.WriteAllText(
            Path.Combine(folder, name + ".txt"),
            $"target {_settings.Target}, seed {_settings.Seed}, input {finding.Index}: {finding.Kind}\n" +
            $"replay: dotnet run --project tests/Kraken.Codegen.Fuzz -- replay --target {_settings.Target} {Path.Combine(folder, name + ".bin")}\n\n{finding.Details}\n");
        lock (_gate)
        {
            _findings.Add(finding with { File = input is null ? null : Path.Combine(folder, name + ".bin") });
        }

        _log.WriteLine($"  FINDING {finding.Kind} in {_settings.Target}, input {finding.Index}: {finding.Details.Split('\n')[0]}");
    }

    private static string Tail(StringBuilder text)
    {
        lock (text)
        {
            var all = text.ToString();
            return all.Length <= 4000 ? all : all.Substring(0, 2000) + "\n…\n" + all.Substring(all.Length - 2000);
        }
    }

    private static IReadOnlyList<(long From, long To)> Split(long count, int jobs)
    {
        var ranges = new List<(long, long)>();
        var size = (count + jobs - 1) / jobs;
        for (long from = 0; from < count; from += size)
        {
            ranges.Add((from, Math.Min(count, from + size)));
        }

        return ranges;
    }
}

public enum FindingKind
{
    Crash,
    Violation,
    Hang,
    StackOverflow,
}

/// <summary>
/// One input that went wrong: <see cref="FindingKind.Crash"/> the code under test threw (or the worker died another
/// way), <see cref="FindingKind.Violation"/> a check of the target failed, <see cref="FindingKind.Hang"/> an input
/// over the time limit every time it ran, <see cref="FindingKind.StackOverflow"/> the worker died of one.
/// </summary>
public sealed record Finding(FindingKind Kind, long Index, string Details, string? File = null);

/// <summary>The figures of one target's run.</summary>
public sealed record TargetReport(
    string Target,
    long Seed,
    long Count,
    long Executed,
    int Crashes,
    int Violations,
    int Hangs,
    int StackOverflows,
    long SlowestMilliseconds,
    long SlowestIndex,
    TimeSpan Duration,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> SlowOnce)
{
    public bool Clean => Findings.Count == 0;

    public override string ToString() =>
        $"{Target}: {Executed:N0} inputs (seed {Seed}) in {Duration.TotalSeconds:F0} s; {Crashes} crashes, {Violations} failed checks, {Hangs} hangs, " +
        $"{StackOverflows} stack overflows; slowest input {SlowestMilliseconds} ms (#{SlowestIndex})" +
        (SlowOnce.Count > 0 ? $"; slow once under load, not when run again: {string.Join("; ", SlowOnce)}" : string.Empty);
}
