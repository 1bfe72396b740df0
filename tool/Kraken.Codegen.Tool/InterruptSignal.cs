using System.Runtime.InteropServices;

namespace Kraken.Codegen.Tool;

/// <summary>
/// A shell without job control (a CI script, <c>sh -c "… &amp;"</c>) starts background commands with SIGINT ignored,
/// and .NET respects an ignored SIGINT: Ctrl+C handlers never run and <c>kill -INT</c> does nothing. kraken-codegen
/// starts no child processes, so it restores the default disposition before .NET sets up its signal handling; .NET
/// then handles SIGINT as it does in the foreground (the command is cancelled and stops cleanly).
/// </summary>
internal static class InterruptSignal
{
    private const int SigInt = 2;
    private static readonly IntPtr SigDfl = IntPtr.Zero;
    private static readonly IntPtr SigIgn = new(1);

    /// <summary>Call first thing in Main, before anything touches the console.</summary>
    public static void HonourWhenIgnored()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return;
        }

        try
        {
            // signal() returns the previous disposition: put back anything that was neither ignored nor default.
            var previous = Signal(SigInt, SigDfl);
            if (previous != SigIgn && previous != SigDfl)
            {
                Signal(SigInt, previous);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: keep the inherited disposition.
        }
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, IntPtr handler);
}
