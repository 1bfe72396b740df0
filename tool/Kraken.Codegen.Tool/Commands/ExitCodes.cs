namespace Kraken.Codegen.Tool.Commands;

/// <summary>The exit codes every command shares (documented in the README's CLI section and in each command's help).</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing found that the command fails on.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found what it fails on (errors, breaking changes, violations…).</summary>
    public const int Findings = 1;

    /// <summary>
    /// Usage or input problem: a bad option, a missing, unreadable or non-text file, an unreadable schema, an unreachable
    /// server or one that does not answer with GraphQL. One line on standard error says which and where.
    /// </summary>
    public const int InputError = 2;

    /// <summary>kraken-codegen itself failed (a defect): one line on standard error names the exception.</summary>
    public const int InternalError = 3;

    /// <summary>Interrupted (Ctrl+C), the shell's convention 128 + SIGINT. <c>mock</c> instead stops cleanly with 0.</summary>
    public const int Interrupted = 130;
}
