using Kraken.Codegen.Core.Diagnostics;
using System.Collections.Immutable;
using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Generator.Analysis;

/// <summary>
/// Reads a compilation's GraphQL files and settings and validates them with the core's
/// <see cref="Core.Projects.ProjectValidation"/>, the same code the language server runs.
/// </summary>
internal static class AnalyzerProjectValidation
{
    /// <summary>
    /// Validates the project's GraphQL files. Each step guards each file (<see cref="StepGuard"/>): an unexpected failure
    /// becomes KGQL0005 on that file and the others are validated as usual. The catch below is the last resort for a
    /// failure outside every step: KGQL0005 on every GraphQL file instead of an analyzer crash (AD0001).
    /// </summary>
    public static Core.Projects.ProjectValidation Run(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        try
        {
            var reads = additionalFiles
                .Where(text => GraphQLFiles.IsCandidate(text.Path))
                .Select(text => GraphQLFiles.ReadGuarded(text, options, DiagnosticDescriptors.InternalError, cancellationToken))
                .ToList();
            var files = reads.Where(read => read.File is not null).Select(read => read.File!).ToList();
            var settings = GraphQLFiles.ReadSettings(options.GlobalOptions);
            var validationOptions = new Core.Validation.ValidationOptions { AsOfDate = settings.AsOfDate, ReportUnusedFragments = settings.ReportUnusedFragments };
            return Core.Projects.ProjectValidation.Run(files, validationOptions, cancellationToken)
                .With(reads.Where(read => read.Failure is not null).Select(read => read.Failure!));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Core.Projects.ProjectValidation.Failed(additionalFiles.Where(t => GraphQLFiles.IsCandidate(t.Path)).Select(t => t.Path), exception);
        }
    }
}
