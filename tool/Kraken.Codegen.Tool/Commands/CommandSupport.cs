using System.CommandLine;
using System.Globalization;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>Options and plumbing the toolkit commands share.</summary>
internal static class CommandSupport
{
    public static Option<string[]> SchemaOption(string description = "Schema file(s): SDL (several are merged) or one introspection result (.json).") =>
        new("--schema", "-s")
        {
            Description = description,
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };

    public static Option<string[]> OperationsOption() =>
        new("--operations", "-p")
        {
            Description = "Operation files: files, folders (every *.graphql below) or globs such as 'src/**/*.graphql'.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };

    public static Option<string?> AsOfOption() =>
        new("--as-of")
        {
            Description = "The date (yyyy-MM-dd) deprecation removal dates are judged against. Default: today (UTC).",
        };

    public static Option<string> FormatOption(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", formats) + ". Default: " + defaultFormat + ".",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> OutputOption(string description = "Write the report to this file instead of standard output.") =>
        new("--output", "-o") { Description = description };

    /// <summary>Runs a command body, turning input problems into exit code 2 with the message on standard error.</summary>
    public static int Guard(TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException exception)
        {
            stderr.WriteLine(Terminal.TerminalStyle.Of(stderr).Error("error:") + " " + exception.Message);
            return ExitCodes.InputError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Terminal.TerminalStyle.Of(stderr).Error("error:") + " " + exception.Message);
            return ExitCodes.InputError;
        }
    }

    public static async Task<int> GuardAsync(TextWriter stderr, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InputException exception)
        {
            stderr.WriteLine(Terminal.TerminalStyle.Of(stderr).Error("error:") + " " + exception.Message);
            return ExitCodes.InputError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Terminal.TerminalStyle.Of(stderr).Error("error:") + " " + exception.Message);
            return ExitCodes.InputError;
        }
    }

    /// <summary>The <c>--as-of</c> date, or today (UTC) when absent.</summary>
    public static DateTime AsOfOrToday(string? text) => ParseDate(text) ?? DateTime.UtcNow.Date;

    public static DateTime? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException($"'{text}' is not a date of the form yyyy-MM-dd.");
    }

    /// <summary>The style for a text report: the terminal's when it goes to standard output, plain when it goes to a file.</summary>
    public static Terminal.TerminalStyle StdoutStyle(string? outputPath, TextWriter stdout) =>
        outputPath is null ? Terminal.TerminalStyle.Of(stdout) : Terminal.TerminalStyle.Plain;

    /// <summary>Writes to the file given by <c>--output</c>, or to standard output.</summary>
    public static void Emit(string text, string? outputPath, TextWriter stdout)
    {
        if (outputPath is null)
        {
            stdout.Write(text);
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(outputPath, text);
    }
}
