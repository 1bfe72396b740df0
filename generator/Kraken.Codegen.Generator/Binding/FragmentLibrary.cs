using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>The named fragments of one schema group, parsed once and looked up by name.</summary>
internal sealed class FragmentLibrary
{
    private readonly Dictionary<string, (GraphQLFragmentDefinition Node, ExecutableDocument Document)> _byName = new(StringComparer.Ordinal);

    public FragmentLibrary(IEnumerable<FragmentSource> fragments)
    {
        foreach (var fragment in fragments)
        {
            var document = ExecutableDocument.Parse(new SourceFile(fragment.Path, fragment.Text));
            var definition = document.Fragments.FirstOrDefault();
            if (definition is not null && !_byName.ContainsKey(fragment.Name))
            {
                _byName.Add(fragment.Name, (definition, document));
            }
        }
    }

    public (GraphQLFragmentDefinition Node, ExecutableDocument Document)? Find(string name) =>
        _byName.TryGetValue(name, out var fragment) ? fragment : null;
}
