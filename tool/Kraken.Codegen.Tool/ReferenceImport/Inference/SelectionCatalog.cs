using GraphQLParser.AST;

namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Phase 3: what the entries whose <c>Type:</c> line names their type tell about the others. A selection of inline
/// fragments names the union with the same members (rule O2), and an identical selection set names the same type
/// (rule T4). Both are read from all entries before any is imported.
/// </summary>
internal sealed class SelectionCatalog
{
    private readonly List<(IReadOnlySet<string> Members, string Name)> _namedUnions = [];

    // Selection signature → the type the Type: lines name for it; null when two entries disagree.
    private readonly Dictionary<string, string?> _typeBySelection = new(StringComparer.Ordinal);

    public void Collect(ParsedEntry entry)
    {
        if (entry.DeclaredType is not { } declared)
        {
            return;
        }

        var members = InlineMembers(entry.RootField.SelectionSet);
        if (members.Count > 0)
        {
            _namedUnions.Add((members.ToHashSet(StringComparer.Ordinal), declared.NamedType));
        }
        else if (entry.RootField.SelectionSet is { } selection)
        {
            var signature = Signature(selection);
            _typeBySelection[signature] = _typeBySelection.TryGetValue(signature, out var known) && known != declared.NamedType
                ? null
                : declared.NamedType;
        }
    }

    /// <summary>Rule O2: the named union with exactly these members, if any.</summary>
    public string? UnionWithMembers(IReadOnlyCollection<string> members)
    {
        foreach (var (unionMembers, name) in _namedUnions)
        {
            if (unionMembers.SetEquals(members))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Rule T4: the type named for exactly this selection set, unless entries disagree.</summary>
    public string? TypeOfSelection(GraphQLSelectionSet selection) => _typeBySelection.GetValueOrDefault(Signature(selection));

    /// <summary>The type conditions of a selection's inline fragments, distinct, in order.</summary>
    public static List<string> InlineMembers(GraphQLSelectionSet? selection) =>
        (selection?.Selections ?? [])
            .OfType<GraphQLInlineFragment>()
            .Select(fragment => fragment.TypeCondition?.Type.Name.StringValue)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A canonical text of a selection set, to compare entries (rule T4).</summary>
    private static string Signature(GraphQLSelectionSet selection) =>
        string.Join(' ', selection.Selections.Select(node => node switch
        {
            GraphQLField field => field.SelectionSet is null
                ? field.Name.StringValue
                : $"{field.Name.StringValue}{{{Signature(field.SelectionSet)}}}",
            GraphQLFragmentSpread spread => $"...{spread.FragmentName.Name.StringValue}",
            GraphQLInlineFragment inline => $"...on {inline.TypeCondition?.Type.Name.StringValue}{{{Signature(inline.SelectionSet)}}}",
            _ => "?",
        }));
}
