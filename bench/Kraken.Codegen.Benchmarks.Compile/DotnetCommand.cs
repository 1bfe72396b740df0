using System.Diagnostics;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>How the compiler runs during a build.</summary>
internal enum CompilerSetting
{
    /// <summary>A new compiler process per build, as CI runs (<c>UseSharedCompilation=false</c>, no MSBuild node reuse).</summary>
    FreshProcess,

    /// <summary>The compiler server and MSBuild nodes stay up between builds, as in a developer's command-line loop.</summary>
    WarmServer,
}

/// <summary>The outcome of one child process: exit code, wall time and everything it printed.</summary>
internal sealed record CommandResult(int ExitCode, TimeSpan Elapsed, string Output);

/// <summary>Runs <c>dotnet</c> as a child process with the environment of a <see cref="CompilerSetting"/>.</summary>
internal static class DotnetCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static CommandResult Run(string workingDirectory, CompilerSetting setting, params string[] arguments) =>
        RunProcess("dotnet", workingDirectory, setting, arguments);

    /// <summary>Runs any program; the wall time is measured around the whole process, start to exit.</summary>
    public static CommandResult RunProcess(string fileName, string workingDirectory, CompilerSetting setting, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (setting == CompilerSetting.FreshProcess)
        {
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
        }
        else
        {
            start.Environment.Remove("MSBUILDDISABLENODEREUSE");
            start.Environment["UseSharedCompilation"] = "true";
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        stopwatch.Stop();
        return new CommandResult(process.ExitCode, stopwatch.Elapsed, stdout.Result + stderr.Result);
    }

    /// <summary>Runs the command and throws with its output when it fails.</summary>
    public static CommandResult RunChecked(string workingDirectory, CompilerSetting setting, params string[] arguments)
    {
        var result = Run(workingDirectory, setting, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with exit code {result.ExitCode} in {workingDirectory}:\n{Tail(result.Output)}");
        }

        return result;
    }

    /// <summary>The last lines of a long output, for error messages.</summary>
    public static string Tail(string output, int lines = 40) =>
        string.Join('\n', output.Split('\n').TakeLast(lines));
}
