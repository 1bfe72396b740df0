namespace Kraken.Codegen.Tool.Terminal;

/// <summary>What the process's console is: which streams are redirected, and the environment that turns colour off.</summary>
/// <param name="OutputRedirected">Standard output goes to a file or a pipe.</param>
/// <param name="ErrorRedirected">Standard error goes to a file or a pipe.</param>
/// <param name="NoColor">The <c>NO_COLOR</c> variable (https://no-color.org: any non-empty value turns colour off).</param>
/// <param name="Term">The <c>TERM</c> variable (<c>dumb</c> terminals get no escape codes).</param>
internal sealed record ConsoleState(bool OutputRedirected, bool ErrorRedirected, string? NoColor, string? Term)
{
    /// <summary>Neither stream is a terminal: what tests and embedding callers get.</summary>
    public static ConsoleState Redirected { get; } = new(true, true, null, null);

    public static ConsoleState FromSystem() => new(
        System.Console.IsOutputRedirected,
        System.Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable("NO_COLOR"),
        Environment.GetEnvironmentVariable("TERM"));
}

/// <summary>
/// Colour and emphasis for one output stream, as ANSI escape codes: errors red, warnings yellow, schema coordinates
/// bold. <see cref="Plain"/> (no codes) unless the stream is a terminal, <c>NO_COLOR</c> is empty or unset, <c>TERM</c> is
/// not <c>dumb</c> and <c>--no-color</c> was not given.
/// </summary>
internal sealed class TerminalStyle
{
    private const string Reset = "\u001b[0m";

    private TerminalStyle(bool isTerminal, bool colour)
    {
        IsTerminal = isTerminal;
        Colour = colour;
    }

    public static TerminalStyle Plain { get; } = new(isTerminal: false, colour: false);

    /// <summary>The stream is an interactive terminal (progress may be drawn on it), whether or not colour is on.</summary>
    public bool IsTerminal { get; }

    public bool Colour { get; }

    /// <summary>The decision, as a pure function of the console's state and the command line.</summary>
    public static bool UseColour(bool redirected, string? noColor, string? term, bool noColorOption) =>
        !redirected && string.IsNullOrEmpty(noColor) && !noColorOption && !string.Equals(term, "dumb", StringComparison.Ordinal);

    public static TerminalStyle For(bool redirected, ConsoleState console, bool noColorOption) =>
        redirected ? Plain : new TerminalStyle(isTerminal: true, UseColour(redirected, console.NoColor, console.Term, noColorOption));

    /// <summary>The style of a writer: the one it was created with when the command line made it, else plain.</summary>
    public static TerminalStyle Of(TextWriter writer) => writer is StyledWriter styled ? styled.Style : Plain;

    public string Error(string text) => Paint("\u001b[1;31m", text);

    public string Warning(string text) => Paint("\u001b[33m", text);

    public string Emphasis(string text) => Paint("\u001b[1m", text);

    public string Dim(string text) => Paint("\u001b[2m", text);

    /// <summary>A severity word (<c>error</c>, <c>warning</c>, <c>BREAKING</c>, <c>DANGEROUS</c>…) in its colour.</summary>
    public string Severity(string word) => word.ToLowerInvariant() switch
    {
        "error" or "breaking" => Error(word),
        "warning" or "dangerous" => Warning(word),
        _ => word,
    };

    private string Paint(string code, string text) => Colour && text.Length > 0 ? code + text + Reset : text;
}

/// <summary>A console stream together with its <see cref="TerminalStyle"/>; everything else is passed through.</summary>
internal sealed class StyledWriter : TextWriter
{
    private readonly TextWriter _inner;

    public StyledWriter(TextWriter inner, TerminalStyle style)
    {
        _inner = inner;
        Style = style;
    }

    public TerminalStyle Style { get; }

    public override System.Text.Encoding Encoding => _inner.Encoding;

    public override string NewLine
    {
        get => _inner.NewLine;
#pragma warning disable CS8765 // The base setter's parameter is nullable; the inner writer accepts the same.
        set => _inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => _inner.Write(value);

    public override void Write(string? value) => _inner.Write(value);

    public override void Write(char[] buffer, int index, int count) => _inner.Write(buffer, index, count);

    public override void WriteLine(string? value) => _inner.WriteLine(value);

    public override void WriteLine() => _inner.WriteLine();

    public override void Flush() => _inner.Flush();
}
