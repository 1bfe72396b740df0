using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// The validation of one schema's operation files as one document set: every diagnostic, and which operations code
/// can be generated for. The analyzer reports the diagnostics; the generator generates the valid operations only.
/// Both get this value from <see cref="SharedValidation"/>, so a build validates each document set once.
/// </summary>
public sealed class DocumentSetValidation
{
    private readonly HashSet<(string Path, string Name)> _valid;

    private DocumentSetValidation(ExecutableDocumentSet documents, IReadOnlyList<GraphQLDiagnostic> diagnostics, HashSet<(string Path, string Name)> valid)
    {
        Documents = documents;
        Diagnostics = diagnostics;
        _valid = valid;
    }

    /// <summary>The parsed files, as one document set.</summary>
    public ExecutableDocumentSet Documents { get; }

    /// <summary>Parse and validation diagnostics of every file, as <see cref="DocumentValidator.Validate(SchemaModel, ExecutableDocumentSet, ValidationOptions?, CancellationToken)"/> returns them.</summary>
    public IReadOnlyList<GraphQLDiagnostic> Diagnostics { get; }

    /// <summary>
    /// True when the named operation of the file has no error in its own text or in any fragment it reaches (deprecation
    /// errors aside: generation does not depend on the date). Several operations with one name in a file count as one:
    /// valid only if all are. False for an operation the set does not hold.
    /// </summary>
    public bool IsValid(string path, string operationName) => _valid.Contains((path, operationName));

    /// <summary>Every valid operation's file path and name.</summary>
    public IEnumerable<(string Path, string Name)> ValidOperations => _valid;

    /// <summary>Validates the files as one document set and works out which operations are valid.</summary>
    public static DocumentSetValidation Run(SchemaModel schema, IEnumerable<SourceFile> files, ValidationOptions options, CancellationToken cancellationToken)
    {
        // Files parsed before (by the generator, or for an earlier version of the set) are not parsed again.
        var set = new ExecutableDocumentSet(files.Select(file => ParsedDocuments.Parse(file, cancellationToken)).ToList());
        var diagnostics = DocumentValidator.Validate(schema, set, options, cancellationToken);
        var errors = diagnostics
            .Where(d => d.IsError && d.Location is not null && d.Descriptor.Category != DiagnosticDescriptors.DeprecationCategory)
            .Select(d => d.Location!.Value)
            .ToList();

        var valid = new HashSet<(string Path, string Name)>();
        var invalid = new HashSet<(string Path, string Name)>();
        foreach (var operation in set.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation.Node.Name is not { } name)
            {
                continue;
            }

            var key = (operation.Document.Source.Path, name.StringValue);
            var spans = new List<(string Path, int Start, int End)> { Span(operation.Document, operation.Node) };
            foreach (var fragmentName in FragmentReachability.ReachableFragmentNames(operation.Node.SelectionSet, n => set.GetFragment(n)?.Node.SelectionSet))
            {
                var fragment = set.GetFragment(fragmentName)!.Value;
                spans.Add(Span(fragment.Document, fragment.Node));
            }

            var hasError = errors.Any(error => spans.Any(span => error.Path == span.Path && error.Start >= span.Start && error.Start < span.End));
            (hasError ? invalid : valid).Add(key);
        }

        valid.ExceptWith(invalid);
        return new DocumentSetValidation(set, diagnostics, valid);
    }

    private static (string Path, int Start, int End) Span(ExecutableDocument document, ASTNode definition) =>
        (document.Source.Path, definition.Location.Start, definition.Location.End);
}
