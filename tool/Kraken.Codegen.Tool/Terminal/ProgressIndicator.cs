namespace Kraken.Codegen.Tool.Terminal;

/// <summary>
/// A one-line progress indication on standard error for a network wait: nothing for the first second, then a spinner
/// with the message and the seconds waited, redrawn in place and erased when the wait ends. Only on a terminal; on a
/// redirected stream (a CI log, a pipe) it writes nothing.
/// </summary>
internal sealed class ProgressIndicator : IDisposable
{
    private static readonly string[] Frames = ["|", "/", "-", "\\"];
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _writer;
    private readonly string _message;
    private readonly TerminalStyle _style;
    private readonly System.Diagnostics.Stopwatch _elapsed = System.Diagnostics.Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _frame;
    private bool _drawn;
    private bool _disposed;

    private ProgressIndicator(TextWriter writer, string message, TerminalStyle style, bool active)
    {
        _writer = writer;
        _message = message;
        _style = style;
        if (active)
        {
            _timer = new Timer(_ => Draw(), null, Delay, Interval);
        }
    }

    /// <summary>Starts the indication on <paramref name="stderr"/> when it is a terminal; dispose it when the wait ends.</summary>
    public static ProgressIndicator Start(TextWriter stderr, string message) =>
        new(stderr, message, TerminalStyle.Of(stderr), TerminalStyle.Of(stderr).IsTerminal);

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
            if (_drawn)
            {
                // Carriage return and "erase line": the next output starts on a clean line.
                _writer.Write("\r\u001b[2K");
                _writer.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _drawn = true;
            var frame = Frames[_frame++ % Frames.Length];
            _writer.Write($"\r\u001b[2K{frame} {_message} {_style.Dim($"({_elapsed.Elapsed.TotalSeconds:0} s)")}");
            _writer.Flush();
        }
    }
}
