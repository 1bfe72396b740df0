using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>A file read for the pipeline (null when it is not a GraphQL file), or why reading it failed.</summary>
internal sealed record FileRead(GraphQLFileInput? File, GraphQLDiagnostic? Failure);

/// <summary>
/// How the project's files and MSBuild settings reach the generator and the analyzer (both use this class). It only
/// reads them from Roslyn: what a file is and what a setting means is decided in the core
/// (<see cref="GraphQLFileConventions"/>, <see cref="ProjectSettings"/>), which the language server shares.
/// </summary>
internal static class GraphQLFiles
{
    public const string KindMetadata = "build_metadata.AdditionalFiles.GraphQLKind";
    public const string ClientNameMetadata = "build_metadata.AdditionalFiles.GraphQLClientName";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.GraphQLNamespace";
    private const string PropertyPrefix = "build_property.";

    public static bool IsCandidate(string path) => GraphQLFileConventions.IsCandidate(path);

    /// <summary>
    /// Reads a file through <see cref="StepGuard"/>: an unexpected failure becomes <paramref name="failure"/> (KGQL0005 for
    /// the analyzer, KGQL0505 for the generator) on the file, and the file is left out.
    /// </summary>
    public static FileRead ReadGuarded(AdditionalText text, AnalyzerConfigOptionsProvider options, GraphQLDiagnosticDescriptor failure, CancellationToken cancellationToken) =>
        StepGuard.Run(
            StepGuard.ReadFile,
            text.Path,
            () => new FileRead(Read(text, options.GetOptions(text), cancellationToken), null),
            exception => new FileRead(null, StepGuard.Failure(failure, StepGuard.ReadFile, text.Path, exception)),
            cancellationToken);

    public static GraphQLFileInput? Read(AdditionalText text, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsCandidate(text.Path))
        {
            return null;
        }

        var content = text.GetText(cancellationToken)?.ToString();
        if (content is null)
        {
            return null;
        }

        options.TryGetValue(KindMetadata, out var kind);
        options.TryGetValue(ClientNameMetadata, out var clientName);
        options.TryGetValue(NamespaceMetadata, out var ns);
        return GraphQLFileConventions.Create(text.Path, content, kind, clientName, ns);
    }

    public static GeneratorSettings ReadSettings(AnalyzerConfigOptions global)
    {
        var settings = ProjectSettings.Read(name => global.TryGetValue(PropertyPrefix + name, out var value) ? value : null);
        return new GeneratorSettings(
            settings.Namespace,
            settings.ClientName,
            settings.AsOfDate,
            settings.ScalarMappings.ToEquatableArray(),
            settings.ConfigurationErrors.ToEquatableArray(),
            settings.ReportUnusedFragments);
    }
}
