using System.Collections.Immutable;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Generator.Model;
using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Generator.Analysis;

/// <summary>
/// Validates every GraphQL file of a project once: schema problems in schema files, and every operation file of
/// a schema group against that schema as one document (so fragments are shared across files). The validation of
/// operation files is shared with the generator (<see cref="GroupValidation"/>).
/// </summary>
internal sealed class ProjectValidation
{
    private readonly Dictionary<string, List<GraphQLDiagnostic>> _byPath = new(StringComparer.Ordinal);

    private ProjectValidation()
    {
    }

    public IReadOnlyList<GraphQLDiagnostic> For(string path) =>
        _byPath.TryGetValue(path, out var list) ? list : (IReadOnlyList<GraphQLDiagnostic>)Array.Empty<GraphQLDiagnostic>();

    /// <summary>
    /// Validates the project's GraphQL files. An unexpected failure becomes KGQL0005 on every GraphQL file instead of an
    /// analyzer crash (AD0001), so the user sees where the problem is.
    /// </summary>
    public static ProjectValidation Run(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        try
        {
            return RunCore(additionalFiles, options, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failed = new ProjectValidation();
            foreach (var text in additionalFiles.Where(t => GraphQLFiles.IsCandidate(t.Path)))
            {
                failed.Add(DiagnosticDescriptors.InternalError.Create(
                    new SourceFile(text.Path, string.Empty).GetLocation(0, 0),
                    $"Validating the GraphQL files failed unexpectedly ({exception.GetType().Name}: {exception.Message}); code generation may be incomplete."));
            }

            return failed;
        }
    }

    private static ProjectValidation RunCore(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var result = new ProjectValidation();
        var files = additionalFiles
            .Where(text => GraphQLFiles.IsCandidate(text.Path))
            .Select(text => GraphQLFiles.Read(text, options.GetOptions(text), cancellationToken))
            .Where(file => file is not null)
            .Select(file => file!)
            .ToList();
        var settings = GraphQLFiles.ReadSettings(options.GlobalOptions);
        var groups = SchemaGroups.Build(files.Where(f => f.Kind != GraphQLFileKind.Operations), cancellationToken);

        foreach (var group in groups)
        {
            foreach (var diagnostic in group.Schema.Diagnostics)
            {
                // Whole-schema problems (no query type) are shown at the start of the group's first schema file.
                var located = diagnostic.Location is null
                    ? diagnostic with { Location = new SourceFile(group.MainSchemaPath, string.Empty).GetLocation(0, 0) }
                    : diagnostic;
                result.Add(located);
            }
        }

        foreach (var group in GroupValidation.ByGroup(files.Where(f => f.Kind == GraphQLFileKind.Operations), groups))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.Key is null)
            {
                // No schema: only syntax can be checked; the generator explains the missing schema.
                foreach (var diagnostic in group.SelectMany(f => ExecutableDocument.Parse(new SourceFile(f.Path, f.Text), cancellationToken: cancellationToken).Diagnostics))
                {
                    result.Add(diagnostic);
                }

                continue;
            }

            // The generator validates the same document set (it generates only the valid operations); within one
            // compiler process, whichever asks first does the work.
            foreach (var diagnostic in GroupValidation.Validate(group.Key, group, settings, cancellationToken).Diagnostics)
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }

    private void Add(GraphQLDiagnostic diagnostic)
    {
        if (diagnostic.Location is not { } location)
        {
            return;
        }

        if (!_byPath.TryGetValue(location.Path, out var list))
        {
            _byPath[location.Path] = list = new List<GraphQLDiagnostic>();
        }

        list.Add(diagnostic);
    }
}
