using System.Collections.Concurrent;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kraken.Codegen.Generator.Analysis;

/// <summary>Turns the core's diagnostic values into Roslyn diagnostics located in the .graphql files.</summary>
internal static class RoslynDiagnostics
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new(StringComparer.Ordinal);

    public static DiagnosticDescriptor Descriptor(GraphQLDiagnosticDescriptor descriptor) =>
        Descriptors.GetOrAdd(descriptor.Id, _ => CreateDescriptor(descriptor));

    public static Diagnostic Create(GraphQLDiagnostic diagnostic) =>
        Diagnostic.Create(Descriptor(diagnostic.Descriptor), diagnostic.Location is { } at ? ToLocation(at) : Location.None, diagnostic.Message);

    /// <summary>
    /// A location in a .graphql file. The line span is the core's, counted as the GraphQL specification and editors
    /// count lines (CR, LF, CRLF), and is passed to Roslyn as it is: Roslyn's own line table would also break lines at
    /// U+2028, U+2029 and NEL, which GraphQL allows inside strings and comments. The text span holds the same
    /// character offsets, so a host that maps the span into its own copy of the text lands on the same characters.
    /// </summary>
    public static Location ToLocation(SourceLocation location) =>
        Location.Create(
            location.Path,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    // The catalogue lives in the core (shared with the CLI), so descriptors are built from it rather than declared
    // here as constants; AnalyzerReleases.*.md lists every ID and a test keeps the two in step.
#pragma warning disable RS2008 // Release tracking is kept by hand in AnalyzerReleases.*.md.
    private static DiagnosticDescriptor CreateDescriptor(GraphQLDiagnosticDescriptor descriptor) => new(
        descriptor.Id,
        descriptor.Title,
        "{0}",
        descriptor.Category,
        descriptor.DefaultSeverity switch
        {
            GraphQLDiagnosticSeverity.Error => DiagnosticSeverity.Error,
            GraphQLDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
            GraphQLDiagnosticSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        },
        isEnabledByDefault: true,
        description: descriptor.SpecSection is null ? null : "GraphQL specification, section " + descriptor.SpecSection + ".",
        helpLinkUri: descriptor.HelpLink);
#pragma warning restore RS2008
}
