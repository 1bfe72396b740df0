using GraphQLParser.AST;

namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>Which fragments an imported operation spreads, for the operation file's list of fragments.</summary>
internal static class FragmentSpreads
{
    /// <summary>
    /// The names of the fragments spread anywhere in <paramref name="selection"/> (inside fields and inline fragments),
    /// sorted. The reference defines no fragments, so none is reached through another.
    /// </summary>
    public static List<string> NamesIn(GraphQLSelectionSet? selection)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(selection, names);
        return names.ToList();
    }

    private static void Collect(GraphQLSelectionSet? selection, SortedSet<string> names)
    {
        foreach (var node in selection?.Selections ?? [])
        {
            switch (node)
            {
                case GraphQLFragmentSpread spread:
                    names.Add(spread.FragmentName.Name.StringValue);
                    break;
                case GraphQLField field:
                    Collect(field.SelectionSet, names);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, names);
                    break;
            }
        }
    }
}
