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
    /// Validates the project's GraphQL files. An unexpected failure becomes KGQL0005 on every GraphQL file instead of an
    /// analyzer crash (AD0001), so the user sees where the problem is.
    /// </summary>
    public static Core.Projects.ProjectValidation Run(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        try
        {
            var files = additionalFiles
                .Where(text => GraphQLFiles.IsCandidate(text.Path))
                .Select(text => GraphQLFiles.Read(text, options.GetOptions(text), cancellationToken))
                .Where(file => file is not null)
                .Select(file => file!)
                .ToList();
            var settings = GraphQLFiles.ReadSettings(options.GlobalOptions);
            var validationOptions = new Core.Validation.ValidationOptions { AsOfDate = settings.AsOfDate, ReportUnusedFragments = settings.ReportUnusedFragments };
            return Core.Projects.ProjectValidation.Run(files, validationOptions, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Core.Projects.ProjectValidation.Failed(additionalFiles.Where(t => GraphQLFiles.IsCandidate(t.Path)).Select(t => t.Path), exception);
        }
    }
}
