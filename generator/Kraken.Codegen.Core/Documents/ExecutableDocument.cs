using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Documents;

/// <summary>One parsed operation file: its text, its syntax tree (null when it could not be parsed) and its parse diagnostics.</summary>
public sealed class ExecutableDocument
{
    private ExecutableDocument(SourceFile source, GraphQLDocument? syntax, IReadOnlyList<GraphQLDiagnostic> diagnostics)
    {
        Source = source;
        Syntax = syntax;
        Diagnostics = diagnostics;
    }

    public SourceFile Source { get; }

    public GraphQLDocument? Syntax { get; }

    /// <summary>Syntax and limit diagnostics.</summary>
    public IReadOnlyList<GraphQLDiagnostic> Diagnostics { get; }

    public IEnumerable<GraphQLOperationDefinition> Operations =>
        Syntax?.Definitions.OfType<GraphQLOperationDefinition>() ?? Enumerable.Empty<GraphQLOperationDefinition>();

    public IEnumerable<GraphQLFragmentDefinition> Fragments =>
        Syntax?.Definitions.OfType<GraphQLFragmentDefinition>() ?? Enumerable.Empty<GraphQLFragmentDefinition>();

    public static ExecutableDocument Parse(SourceFile source, ParseLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<GraphQLDiagnostic>();
        var syntax = GraphQLSyntax.Parse(source, limits ?? ParseLimits.Operations, diagnostics, cancellationToken);
        if (syntax is { Definitions.Count: 0 })
        {
            // GraphQL-Parser accepts an empty document; the specification does not (Document : Definition+).
            diagnostics.Add(DiagnosticDescriptors.SyntaxError.Create(
                source.GetLocation(source.Text.Length, source.Text.Length),
                "Expected an operation or a fragment, found the end of the document; a GraphQL document holds at least one definition."));
            syntax = null;
        }

        return new ExecutableDocument(source, syntax, diagnostics);
    }

    public static ExecutableDocument Parse(string path, string text) => Parse(new SourceFile(path, text));

    public SourceLocation LocationOf(ASTNode node) => GraphQLSyntax.LocationOf(Source, node);
}
