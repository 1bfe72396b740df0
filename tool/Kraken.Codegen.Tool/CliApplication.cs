using System.CommandLine;
using System.CommandLine.Help;
using Kraken.Codegen.Tool.Commands;
using Kraken.Codegen.Tool.Terminal;

namespace Kraken.Codegen.Tool;

/// <summary>The kraken-codegen command line: one registration line per command, each command in Commands/.</summary>
internal static class CliApplication
{
    /// <summary>The command users type; help and usage lines show it whatever the entry assembly is called.</summary>
    public const string CommandName = "kraken-codegen";

    /// <summary>Turns colour off for one run; <c>NO_COLOR</c> and a redirected stream do the same.</summary>
    public static Option<bool> NoColorOption { get; } = new("--no-color")
    {
        Description = "No colour or emphasis on the terminal (also off when NO_COLOR is set or the output is redirected).",
        Recursive = true,
    };

    public static Command CreateRootCommand()
    {
        // A RootCommand takes its name from the entry assembly (Kraken.Codegen.Tool, or testhost in tests), so the
        // root is a plain command named after the tool, with the options RootCommand would add.
        var root = new Command(CommandName, "Kraken.Codegen: schema-first GraphQL tooling for the Kraken energy platform API.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Options.Add(NoColorOption);
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ImportReferenceCommand.Create());
        root.Subcommands.Add(IntrospectCommand.Create());
        root.Subcommands.Add(GraphQLConfigCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(DriftCommand.Create());
        root.Subcommands.Add(DeprecationsCommand.Create());
        root.Subcommands.Add(ContractCommand.Create());
        root.Subcommands.Add(MockCommand.Create());
        root.Subcommands.Add(LspCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, ConsoleState? console = null) =>
        RunAsync(args, output, error, CancellationToken.None, console).GetAwaiter().GetResult();

    /// <summary>
    /// Runs a command line; cancelling <paramref name="cancellationToken"/> acts as Ctrl+C. <paramref name="console"/>
    /// says whether the writers are a terminal (colour, progress); by default they are treated as redirected.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken, ConsoleState? console = null)
    {
        var parse = CreateRootCommand().Parse(args);
        console ??= ConsoleState.Redirected;
        var noColor = parse.GetResult(NoColorOption) is not null && parse.GetValue(NoColorOption);
        output = new StyledWriter(output, TerminalStyle.For(console.OutputRedirected, console, noColor));
        error = new StyledWriter(error, TerminalStyle.For(console.ErrorRedirected, console, noColor));
        if (parse.Errors.Count > 0)
        {
            // Usage problems share exit code 2 with the other input problems.
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(TerminalStyle.Of(error).Error("error:") + " " + parseError.Message);
            }

            error.WriteLine("Run 'kraken-codegen --help' (or '<command> --help') for usage.");
            return Task.FromResult(ExitCodes.InputError);
        }

        return InvokeAsync(parse, output, error, cancellationToken);
    }

    private static async Task<int> InvokeAsync(ParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // A failure is one line, never a stack trace; and signals are left to the commands (the mock server stops
            // cleanly on SIGINT and SIGTERM), so a stopped command returns its own exit code.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine(TerminalStyle.Of(error).Error("error:") + " interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception exception)
        {
            // Input problems are handled by each command (exit code 2); reaching here is a defect of kraken-codegen.
            error.WriteLine($"{TerminalStyle.Of(error).Error("error:")} kraken-codegen failed unexpectedly ({exception.GetType().Name}: {OneLine(exception.Message)}). Please report it with the command line and its input files.");
            return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string text) => string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
