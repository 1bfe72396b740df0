namespace Kraken.Codegen.Core.Diagnostics;

/// <summary>Severity of a diagnostic; mirrors Roslyn's without referencing it.</summary>
public enum GraphQLDiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
