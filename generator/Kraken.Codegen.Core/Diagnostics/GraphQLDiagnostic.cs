using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Diagnostics;

/// <summary>
/// One reported problem as a plain value (safe to keep in incremental-generator models and to compare).
/// The message is complete: it names the element and says what was expected.
/// </summary>
public sealed record GraphQLDiagnostic(string Id, GraphQLDiagnosticSeverity Severity, string Message, SourceLocation? Location)
{
    public bool IsError => Severity == GraphQLDiagnosticSeverity.Error;

    /// <summary>The descriptor for <see cref="Id"/>.</summary>
    public GraphQLDiagnosticDescriptor Descriptor => DiagnosticDescriptors.Get(Id);

    /// <summary>Compiler-style text: <c>path(line,col): error KGQL0206: message</c>.</summary>
    public override string ToString()
    {
        var where = Location is { } location ? location + ": " : string.Empty;
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}
