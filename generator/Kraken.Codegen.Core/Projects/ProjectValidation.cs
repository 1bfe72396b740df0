using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// Validates every GraphQL file of a project once, the way the build does: schema problems in schema files, and every
/// operation file of a schema group against that schema as one document (so fragments are shared across files).
/// The analyzer reports the result in the build; the language server publishes it to the editor.
/// </summary>
public sealed class ProjectValidation
{
    private static readonly IReadOnlyList<GraphQLDiagnostic> None = Array.Empty<GraphQLDiagnostic>();

    private readonly Dictionary<string, List<GraphQLDiagnostic>> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExecutableDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<SchemaGroup, ExecutableDocumentSet> _documentSets = new();

    private ProjectValidation(IReadOnlyList<SchemaGroup> groups) => Groups = groups;

    /// <summary>The project's schema groups (empty when validation failed unexpectedly).</summary>
    public IReadOnlyList<SchemaGroup> Groups { get; }

    /// <summary>The paths that have at least one diagnostic.</summary>
    public IEnumerable<string> PathsWithDiagnostics => _byPath.Keys;

    public IReadOnlyList<GraphQLDiagnostic> For(string path) =>
        _byPath.TryGetValue(path, out var list) ? list : None;

    /// <summary>The parsed operation file at <paramref name="path"/>, if the project has one.</summary>
    public ExecutableDocument? DocumentOf(string path) => _documents.TryGetValue(path, out var document) ? document : null;

    /// <summary>Every operation file validated against <paramref name="group"/>, as one document.</summary>
    public ExecutableDocumentSet? DocumentSetOf(SchemaGroup group) => _documentSets.TryGetValue(group, out var set) ? set : null;

    /// <summary>
    /// Validates the project's GraphQL files. An unexpected failure becomes KGQL0005 on every file instead of a crash
    /// (in the compiler: AD0001), so the user sees where the problem is.
    /// </summary>
    public static ProjectValidation Run(IReadOnlyList<GraphQLFileInput> files, ValidationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return RunCore(files, options, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(files.Select(f => f.Path), exception);
        }
    }

    /// <summary>The result of a validation that failed unexpectedly: KGQL0005 at the start of every file.</summary>
    public static ProjectValidation Failed(IEnumerable<string> paths, Exception exception)
    {
        var failed = new ProjectValidation(Array.Empty<SchemaGroup>());
        foreach (var path in paths)
        {
            failed.Add(DiagnosticDescriptors.InternalError.Create(
                new SourceFile(path, string.Empty).GetLocation(0, 0),
                $"Validating the GraphQL files failed unexpectedly ({exception.GetType().Name}: {exception.Message}); code generation may be incomplete."));
        }

        return failed;
    }

    private static ProjectValidation RunCore(IReadOnlyList<GraphQLFileInput> files, ValidationOptions options, CancellationToken cancellationToken)
    {
        var groups = SchemaGroups.Build(files.Where(f => f.Kind != GraphQLFileKind.Operations), cancellationToken);
        var result = new ProjectValidation(groups);
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

        foreach (var group in groups.Where(g => g.LoadFailure is not null))
        {
            result.Add(StepGuard.Failure(DiagnosticDescriptors.InternalError, StepGuard.LoadSchema, group.MainSchemaPath, group.LoadFailure!));
        }

        foreach (var group in files.Where(f => f.Kind == GraphQLFileKind.Operations).GroupBy(f => SchemaGroups.Find(groups, f.GroupDirectory)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.Key is null || group.Key.LoadFailure is not null)
            {
                // No schema (or one that failed to load): only syntax can be checked; the generator explains the missing schema.
                foreach (var file in group)
                {
                    var document = StepGuard.Run<ExecutableDocument?>(
                        StepGuard.Validate,
                        file.Path,
                        () => ExecutableDocument.Parse(new SourceFile(file.Path, file.Text), cancellationToken: cancellationToken),
                        exception =>
                        {
                            result.Add(StepGuard.Failure(DiagnosticDescriptors.InternalError, StepGuard.Validate, file.Path, exception));
                            return null;
                        },
                        cancellationToken);
                    if (document is null)
                    {
                        continue;
                    }

                    result._documents[document.Source.Path] = document;
                    foreach (var diagnostic in document.Diagnostics)
                    {
                        result.Add(diagnostic);
                    }
                }

                continue;
            }

            // The generator validates the same document set (it generates the valid operations only); within one
            // compiler process, whichever asks first does the work and the other reuses it. A file whose validation
            // fails unexpectedly gets KGQL0005; the others are validated without it.
            var guarded = GuardedValidation.Run(group.Key.Schema, group.Select(f => new SourceFile(f.Path, f.Text)).ToList(), options, cancellationToken);
            foreach (var (path, failure) in guarded.Failures)
            {
                result.Add(StepGuard.Failure(DiagnosticDescriptors.InternalError, StepGuard.Validate, path, failure));
            }

            if (guarded.Validation is not { } validation)
            {
                continue;
            }

            foreach (var document in validation.Documents.Documents)
            {
                result._documents[document.Source.Path] = document;
            }

            result._documentSets[group.Key] = validation.Documents;
            foreach (var diagnostic in validation.Diagnostics)
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }

    /// <summary>Adds diagnostics found before validation (a file that could not be read) to this result.</summary>
    internal ProjectValidation With(IEnumerable<GraphQLDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }

        return this;
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
