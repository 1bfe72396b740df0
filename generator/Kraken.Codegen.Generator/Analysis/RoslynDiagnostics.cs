using System.Collections.Concurrent;
using Kraken.Codegen.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kraken.Codegen.Generator.Analysis;

/// <summary>Turns the core's diagnostic values into Roslyn diagnostics located in the .graphql files.</summary>
internal static class RoslynDiagnostics
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new(StringComparer.Ordinal);

    public static DiagnosticDescriptor Descriptor(GraphQLDiagnosticDescriptor descriptor) =>
        Descriptors.GetOrAdd(descriptor.Id, _ => CreateDescriptor(descriptor));

    public static Diagnostic Create(GraphQLDiagnostic diagnostic)
    {
        var location = diagnostic.Location is { } at
            ? Location.Create(at.Path, new TextSpan(at.Start, at.Length), new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn)))
            : Location.None;
        return Diagnostic.Create(Descriptor(diagnostic.Descriptor), location, diagnostic.Message);
    }

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
