namespace Kraken.Codegen.Tool.Commands;

/// <summary>The exit codes every command shares.</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing found that the command fails on.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found what it fails on (errors, breaking changes, violations…).</summary>
    public const int Findings = 1;

    /// <summary>Usage or input problem: a bad option, a missing file, an unreadable schema, an unreachable server.</summary>
    public const int InputError = 2;
}
