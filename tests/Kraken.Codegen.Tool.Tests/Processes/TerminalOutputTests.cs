using System.Diagnostics;
using System.Text.RegularExpressions;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Terminal;

namespace Kraken.Codegen.Tool.Tests.Processes;

/// <summary>
/// Colour and progress: on only on a terminal, off with NO_COLOR (any non-empty value), TERM=dumb or --no-color. The
/// decision is tested as a function, through the command line with an injected console state, and with the built tool
/// as a child process: redirected, and on a pseudo-terminal (util-linux <c>script</c>) with and without NO_COLOR.
/// </summary>
public sealed class TerminalOutputTests
{
    /// <summary>An SGR escape sequence (colour or emphasis); .NET's own terminal set-up codes are not SGR.</summary>
    private static readonly Regex Sgr = new(@"\u001b\[[0-9;]*m", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(false, null, "xterm-256color", false, true)]
    [InlineData(false, "", "xterm", false, true)]        // NO_COLOR set but empty: colour stays on (no-color.org).
    [InlineData(false, "1", "xterm", false, false)]
    [InlineData(false, "false", "xterm", false, false)]  // Any non-empty value turns it off, even "false".
    [InlineData(true, null, "xterm", false, false)]      // Redirected.
    [InlineData(false, null, "dumb", false, false)]
    [InlineData(false, null, null, true, false)]         // --no-color.
    public void The_colour_decision(bool redirected, string? noColor, string? term, bool noColorOption, bool expected) =>
        Assert.Equal(expected, TerminalStyle.UseColour(redirected, noColor, term, noColorOption));

    [Fact]
    public void On_a_terminal_errors_are_red_and_a_diff_colours_its_classes_and_emphasises_coordinates()
    {
        using var folder = new TemporaryDirectory();
        var old = Path.Combine(folder.Path, "old.graphqls");
        var @new = Path.Combine(folder.Path, "new.graphqls");
        File.WriteAllText(old, "type Query { a: Int b: String }\n");
        File.WriteAllText(@new, "type Query { a: Int }\n");
        var terminal = new ConsoleState(OutputRedirected: false, ErrorRedirected: false, NoColor: null, Term: "xterm");

        var diff = Run(terminal, "diff", old, @new);
        var missing = Run(terminal, "validate", "-s", Path.Combine(folder.Path, "none.graphqls"), "-p", folder.Path);

        Assert.Contains("\u001b[1;31mBREAKING\u001b[0m  \u001b[1mQuery.b\u001b[0m: ", diff.Output, StringComparison.Ordinal);
        Assert.StartsWith("\u001b[1;31merror:\u001b[0m the schema file", missing.Error, StringComparison.Ordinal);

        // The same with NO_COLOR, --no-color, or the report going to a file: no escape codes at all.
        Assert.DoesNotMatch(Sgr, Run(terminal with { NoColor = "1" }, "diff", old, @new).Output);
        Assert.DoesNotMatch(Sgr, Run(terminal, "diff", old, @new, "--no-color").Output);
        Assert.DoesNotMatch(Sgr, Run(terminal with { NoColor = "1" }, "validate", "-s", Path.Combine(folder.Path, "none.graphqls"), "-p", folder.Path).Error);
        var report = Path.Combine(folder.Path, "diff.txt");
        Assert.Equal(1, Run(terminal, "diff", old, @new, "-o", report).ExitCode);
        Assert.DoesNotMatch(Sgr, File.ReadAllText(report));
    }

    [Fact]
    public async Task The_built_tool_writes_no_escape_codes_when_its_output_is_redirected()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "schema.graphqls"), "type Query { a: Int }\n");
        File.WriteAllText(Path.Combine(folder.Path, "Q.graphql"), "query Q { nope }\n");

        var (exitCode, output, error) = await ToolProcess.RunAsync("validate", "-s", Path.Combine(folder.Path, "schema.graphqls"), "-p", folder.Path);
        var (missingExit, _, missingError) = await ToolProcess.RunAsync("validate", "-s", Path.Combine(folder.Path, "none.graphqls"), "-p", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains(": error KGQL0206:", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(Sgr, output + error);
        Assert.Equal(2, missingExit);
        Assert.StartsWith("error: the schema file", missingError, StringComparison.Ordinal);
        Assert.DoesNotMatch(Sgr, missingError);
    }

    [SkippableFact]
    public void On_a_pseudo_terminal_the_built_tool_colours_unless_NO_COLOR_or_no_color_says_otherwise()
    {
        Skip.IfNot(File.Exists("/usr/bin/script") && !OperatingSystem.IsWindows(), "util-linux 'script' (which runs a command on a pseudo-terminal) is not installed.");
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "schema.graphqls"), "type Query { a: Int }\n");
        File.WriteAllText(Path.Combine(folder.Path, "Q.graphql"), "query Q { nope }\n");
        var command = $"dotnet \"{ToolProcess.Dll}\" validate -s \"{Path.Combine(folder.Path, "schema.graphqls")}\" -p \"{folder.Path}\"";

        var coloured = OnPseudoTerminal(command, noColor: null);
        var noColor = OnPseudoTerminal(command, noColor: "1");
        var option = OnPseudoTerminal(command + " --no-color", noColor: null);

        Assert.Contains("\u001b[1;31merror\u001b[0m KGQL0206", coloured, StringComparison.Ordinal);
        Assert.Contains(": error KGQL0206:", noColor, StringComparison.Ordinal);
        Assert.DoesNotMatch(Sgr, noColor);
        Assert.Contains(": error KGQL0206:", option, StringComparison.Ordinal);
        Assert.DoesNotMatch(Sgr, option);
    }

    [Fact]
    public async Task Introspect_shows_progress_on_a_terminal_after_a_second_and_erases_it()
    {
        var options = new MockGraphQLServerOptions
        {
            // Every answer takes 1.6 s, so the two introspection requests wait over a second each.
            OnRequest = _ =>
            {
                Thread.Sleep(1600);
                return null;
            },
        };
        await using var server = await MockGraphQLServer.StartAsync("type Query { a: Int }\n", options);
        using var folder = new TemporaryDirectory();
        var target = Path.Combine(folder.Path, "schema.graphqls");

        var onTerminal = Run(new ConsoleState(true, ErrorRedirected: false, null, "xterm"), "introspect", server.Endpoint.ToString(), "-o", target);
        var redirected = Run(ConsoleState.Redirected, "introspect", server.Endpoint.ToString(), "-o", target);

        Assert.True(onTerminal.ExitCode == 0, onTerminal.Error);
        Assert.Contains($"introspecting {server.Endpoint}", onTerminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", onTerminal.Error, StringComparison.Ordinal);
        Assert.Equal(0, redirected.ExitCode);
        Assert.Equal(string.Empty, redirected.Error);
    }

    private static (int ExitCode, string Output, string Error) Run(ConsoleState console, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error, console);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string OnPseudoTerminal(string command, string? noColor)
    {
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("NO_COLOR");
        if (noColor is not null)
        {
            start.Environment["NO_COLOR"] = noColor;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The tool on a pseudo-terminal did not finish within 2 minutes.");
        }

        return stdout.Result + stderr.Result;
    }
}
