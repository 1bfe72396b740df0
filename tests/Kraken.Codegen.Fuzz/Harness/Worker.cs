using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kraken.Codegen.Fuzz.Harness;

/// <summary>
/// The process that runs inputs, under a <see cref="Supervisor"/>. It tells the supervisor on standard output which
/// input starts and how each ends, and writes each input to a scratch file before running it, so that an input that
/// kills the process (a stack overflow) is still known. Inputs run on a thread with a 1 MB stack, the smallest a
/// compiler host gives an analyzer (a Windows thread-pool thread), so recursion that would overflow there overflows here.
/// </summary>
/// <remarks>
/// Protocol lines: <c>READY</c>, then per input <c>MAKE i</c> (the input is being made), <c>BEGIN i</c> (it runs),
/// <c>END i ms</c> or <c>FAIL i ms base64(details)</c>; finally <c>DONE</c>.
/// </remarks>
public static class Worker
{
    public const int StackBytes = 1024 * 1024;

    public const string CurrentInputFile = "current.bin";

    public static string FailedInputFile(long index) => $"failed-{index.ToString(CultureInfo.InvariantCulture)}.bin";

    public static int Run(FuzzTarget target, long seed, long from, long to, string scratch, int repeat = 1)
    {
        // Only the protocol goes to standard output, whatever the code under test prints.
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        Console.SetOut(TextWriter.Null);
        Directory.CreateDirectory(scratch);
        target.PrepareAsync(Corpus.Corpora.Load()).GetAwaiter().GetResult();
        target.WarmUp();
        protocol.WriteLine("READY");

        var current = Path.Combine(scratch, CurrentInputFile);
        var thread = new Thread(
            () =>
            {
                for (var index = from; index < to; index++)
                {
                    protocol.WriteLine("MAKE " + index.ToString(CultureInfo.InvariantCulture));
                    var input = target.CreateInput(FuzzRandom.For(seed, index));
                    File.WriteAllBytes(current, input);
                    for (var run = 0; run < repeat; run++)
                    {
                        protocol.WriteLine("BEGIN " + index.ToString(CultureInfo.InvariantCulture));
                        var watch = Stopwatch.StartNew();
                        try
                        {
                            target.Execute(input);
                            protocol.WriteLine($"END {index} {(long)(target.TimeUnderTest ?? watch.Elapsed).TotalMilliseconds}");
                        }
                        catch (Exception exception)
                        {
                            // Kept under its own name: the next input overwrites the current one before the supervisor reads it.
                            File.WriteAllBytes(Path.Combine(scratch, FailedInputFile(index)), input);
                            var details = Convert.ToBase64String(Encoding.UTF8.GetBytes(exception.ToString()));
                            protocol.WriteLine($"FAIL {index} {watch.ElapsedMilliseconds} {details}");
                        }
                    }
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        protocol.WriteLine("DONE");
        return 0;
    }
}
