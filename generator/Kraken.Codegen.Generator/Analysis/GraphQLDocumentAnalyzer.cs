using System.Collections.Immutable;
using Kraken.Codegen.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Generator.Analysis;

/// <summary>
/// Reports syntax, schema, validation and deprecation diagnostics at their exact place in .graphql files, live in the
/// IDE and in <c>dotnet build</c>. It shares the core's parser and validator with the generator and never touches the
/// templates, so it keeps working even where the generator's template engine cannot load.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GraphQLDocumentAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported = DiagnosticDescriptors.All
        .Where(descriptor => descriptor.Category != "GraphQL.CodeGeneration")
        .Select(RoslynDiagnostics.Descriptor)
        .ToImmutableArray();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options;
            var validation = new Lazy<Core.Projects.ProjectValidation>(
                () => AnalyzerProjectValidation.Run(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, start.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterAdditionalFileAction(fileContext =>
            {
                if (!Pipeline.GraphQLFiles.IsCandidate(fileContext.AdditionalFile.Path))
                {
                    return;
                }

                foreach (var diagnostic in validation.Value.For(fileContext.AdditionalFile.Path))
                {
                    fileContext.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic));
                }
            });
        });
    }
}
