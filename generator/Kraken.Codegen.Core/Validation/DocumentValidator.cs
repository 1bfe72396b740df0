using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// Validates operation documents against a schema by every rule of the GraphQL specification, section 5, plus the
/// use of deprecated elements. The only validator in the project: the analyzer, the generator and the CLI all call it.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Returns parse and validation diagnostics for every document of the set, ordered by file, position and ID.
    /// Never throws for bad input; honours cancellation.
    /// </summary>
    public static IReadOnlyList<GraphQLDiagnostic> Validate(
        SchemaModel schema,
        ExecutableDocumentSet documents,
        ValidationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<GraphQLDiagnostic>();
        foreach (var document in documents.Documents)
        {
            diagnostics.AddRange(document.Diagnostics);
        }

        var context = new ValidationContext(schema, documents, options ?? ValidationOptions.Default, diagnostics, cancellationToken);
        new ValidationWalker(context, ValidationRules.Create(context.Options)).Walk();
        return Sort(diagnostics);
    }

    /// <summary>Validates one document on its own.</summary>
    public static IReadOnlyList<GraphQLDiagnostic> Validate(SchemaModel schema, ExecutableDocument document, ValidationOptions? options = null, CancellationToken cancellationToken = default) =>
        Validate(schema, new ExecutableDocumentSet(document), options, cancellationToken);

    private static IReadOnlyList<GraphQLDiagnostic> Sort(List<GraphQLDiagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Start ?? -1)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
}
