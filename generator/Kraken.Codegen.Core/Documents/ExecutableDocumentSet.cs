using GraphQLParser.AST;

namespace Kraken.Codegen.Core.Documents;

/// <summary>A definition together with the document it comes from.</summary>
public readonly record struct Located<T>(T Node, ExecutableDocument Document)
    where T : ASTNode;

/// <summary>
/// All operation files of a project, treated as one GraphQL document: a fragment defined in one file can be spread
/// in another, and names must be unique across files.
/// </summary>
public sealed class ExecutableDocumentSet
{
    private readonly Dictionary<string, Located<GraphQLFragmentDefinition>> _firstFragmentByName = new(StringComparer.Ordinal);

    public ExecutableDocumentSet(IEnumerable<ExecutableDocument> documents)
    {
        Documents = documents.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ToArray();
        foreach (var fragment in Fragments)
        {
            var name = fragment.Node.FragmentName.Name.StringValue;
            if (!_firstFragmentByName.ContainsKey(name))
            {
                _firstFragmentByName.Add(name, fragment);
            }
        }
    }

    public ExecutableDocumentSet(params ExecutableDocument[] documents)
        : this((IEnumerable<ExecutableDocument>)documents)
    {
    }

    /// <summary>The documents ordered by path, so results never depend on the order files were given in.</summary>
    public IReadOnlyList<ExecutableDocument> Documents { get; }

    public IEnumerable<Located<GraphQLOperationDefinition>> Operations =>
        Documents.SelectMany(d => d.Operations.Select(o => new Located<GraphQLOperationDefinition>(o, d)));

    public IEnumerable<Located<GraphQLFragmentDefinition>> Fragments =>
        Documents.SelectMany(d => d.Fragments.Select(f => new Located<GraphQLFragmentDefinition>(f, d)));

    /// <summary>The first definition of the named fragment (duplicates are reported by validation).</summary>
    public Located<GraphQLFragmentDefinition>? GetFragment(string name) =>
        _firstFragmentByName.TryGetValue(name, out var fragment) ? fragment : null;
}
