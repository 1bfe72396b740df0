using GraphQLParser.AST;

namespace Kraken.Codegen.Core.Documents;

/// <summary>
/// Which named fragments a selection set uses, directly or through other fragments. The one implementation of this
/// search: validation (<c>ValidationContext.GetReachableFragments</c>, the cycle rule) and code generation (the
/// fragments an operation's document must carry) both call it.
/// </summary>
public static class FragmentReachability
{
    /// <summary>
    /// The names of every fragment reached from <paramref name="root"/> through spreads, each once, in the order first
    /// met. <paramref name="selectionSetOf"/> returns a fragment's selection set, or null for an unknown fragment, which is
    /// skipped. Cycles are cut, and the walk uses explicit stacks, so no document can exhaust the call stack.
    /// </summary>
    public static IReadOnlyList<string> ReachableFragmentNames(GraphQLSelectionSet root, Func<string, GraphQLSelectionSet?> selectionSetOf)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var spread in SpreadsIn(pending.Pop()))
            {
                var name = spread.FragmentName.Name.StringValue;
                if (seen.Add(name) && selectionSetOf(name) is { } selectionSet)
                {
                    result.Add(name);
                    pending.Push(selectionSet);
                }
            }
        }

        return result;
    }

    /// <summary>The fragment spreads in a selection set, including those nested in fields and inline fragments (not through other spreads).</summary>
    public static IEnumerable<GraphQLFragmentSpread> SpreadsIn(GraphQLSelectionSet selectionSet)
    {
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread spread:
                        yield return spread;
                        break;
                    case GraphQLField { SelectionSet: { } fieldSelections }:
                        pending.Push(fieldSelections);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
    }
}
