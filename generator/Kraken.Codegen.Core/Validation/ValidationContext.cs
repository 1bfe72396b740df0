using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// What a rule can see: the schema, the documents, the options, where the walk is, and facts gathered across
/// the walk (fragments reached by an operation, variables used by a definition). Rules report through it.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLDiagnostic> _diagnostics;
    private readonly Dictionary<ASTNode, List<VariableUsage>> _variableUsages = new();
    private readonly Dictionary<ASTNode, IReadOnlyList<Located<GraphQLFragmentDefinition>>> _reachableFragments = new();
    private readonly Dictionary<ASTNode, ExecutableDocument> _documentOfDefinition = new();

    internal ValidationContext(SchemaModel schema, ExecutableDocumentSet documents, ValidationOptions options, List<GraphQLDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Schema = schema;
        Documents = documents;
        Options = options;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public SchemaModel Schema { get; }

    public ExecutableDocumentSet Documents { get; }

    public ValidationOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The document being walked (null before and after the walk).</summary>
    public ExecutableDocument? Document { get; internal set; }

    /// <summary>The operation or fragment definition being walked.</summary>
    public ASTNode? Definition { get; internal set; }

    /// <summary>Reports a problem at <paramref name="node"/> in the current document.</summary>
    public void Report(GraphQLDiagnosticDescriptor descriptor, ASTNode node, string message) =>
        Report(descriptor, Document ?? throw new InvalidOperationException("No current document."), node, message);

    public void Report(GraphQLDiagnosticDescriptor descriptor, ExecutableDocument document, ASTNode node, string message) =>
        _diagnostics.Add(descriptor.Create(document.LocationOf(node), message));

    public void Report(GraphQLDiagnosticDescriptor descriptor, GraphQLDiagnosticSeverity severity, ASTNode node, string message) =>
        _diagnostics.Add(descriptor.Create((Document ?? throw new InvalidOperationException("No current document.")).LocationOf(node), severity, message));

    /// <summary>Reports a problem at an exact location (for spans that no single syntax node covers, such as a keyword).</summary>
    public void Report(GraphQLDiagnosticDescriptor descriptor, Text.SourceLocation location, string message) =>
        _diagnostics.Add(descriptor.Create(location, message));

    /// <summary>The document a definition belongs to.</summary>
    public ExecutableDocument DocumentOf(ASTNode definition) => _documentOfDefinition[definition];

    public Located<GraphQLFragmentDefinition>? GetFragment(string name) => Documents.GetFragment(name);

    /// <summary>
    /// Every fragment definition that <paramref name="definition"/> reaches through spreads, directly or not,
    /// each once, in the order first met. Unknown fragments are skipped and cycles are cut.
    /// </summary>
    public IReadOnlyList<Located<GraphQLFragmentDefinition>> GetReachableFragments(ASTNode definition)
    {
        if (_reachableFragments.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var result = definition is IHasSelectionSetNode { SelectionSet: { } root }
            ? FragmentReachability.ReachableFragmentNames(root, name => GetFragment(name)?.Node.SelectionSet)
                .Select(name => GetFragment(name)!.Value)
                .ToList()
            : new List<Located<GraphQLFragmentDefinition>>();
        _reachableFragments[definition] = result;
        return result;
    }

    /// <summary>The variables used directly in one operation or fragment definition (recorded by the walker).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ASTNode definition) =>
        _variableUsages.TryGetValue(definition, out var usages) ? usages : (IReadOnlyList<VariableUsage>)Array.Empty<VariableUsage>();

    /// <summary>The variables used by an operation and by every fragment it reaches. Meaningful after the walk.</summary>
    public IEnumerable<(VariableUsage Usage, ExecutableDocument Document)> GetRecursiveVariableUsages(GraphQLOperationDefinition operation)
    {
        foreach (var usage in GetVariableUsages(operation))
        {
            yield return (usage, DocumentOf(operation));
        }

        foreach (var fragment in GetReachableFragments(operation))
        {
            foreach (var usage in GetVariableUsages(fragment.Node))
            {
                yield return (usage, fragment.Document);
            }
        }
    }

    /// <summary>Resolves a type written in a document (for example a variable's type) against the schema.</summary>
    public NamedTypeDefinition? ResolveNamedType(GraphQLType type) => Schema.GetType(type.ToTypeReference().NamedType);

    internal void RecordDefinition(ASTNode definition, ExecutableDocument document) => _documentOfDefinition[definition] = document;

    internal void RecordVariableUsage(VariableUsage usage)
    {
        if (Definition is null)
        {
            return;
        }

        if (!_variableUsages.TryGetValue(Definition, out var list))
        {
            _variableUsages[Definition] = list = new List<VariableUsage>();
        }

        list.Add(usage);
    }
}
