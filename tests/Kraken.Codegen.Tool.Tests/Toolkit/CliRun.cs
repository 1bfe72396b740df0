namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>Runs the command line through its entry point and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that may serve until cancelled (mock); <paramref name="timeout"/> acts as Ctrl+C.</summary>
    public static async Task<CliRun> OfAsync(TimeSpan timeout, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource(timeout);
        var exitCode = await CliApplication.RunAsync(args, output, error, cancellation.Token);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
