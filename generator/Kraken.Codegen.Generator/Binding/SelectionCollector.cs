using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>A selection set as it appears in a document, and whether reaching it depends on @skip/@include.</summary>
internal readonly record struct SelectionSetRef(GraphQLSelectionSet Node, ExecutableDocument Document, bool Conditional);

/// <summary>All occurrences of one response name in a merged selection (validation guarantees they can merge).</summary>
internal sealed class FieldGroup
{
    public FieldGroup(string responseName, FieldDefinition definition)
    {
        ResponseName = responseName;
        Definition = definition;
    }

    public string ResponseName { get; }

    public FieldDefinition Definition { get; }

    public List<SelectionSetRef> SubSelections { get; } = new();

    /// <summary>True while every occurrence so far is conditional.</summary>
    public bool AllConditional { get; set; } = true;
}

/// <summary>
/// The specification's CollectFields, at generation time: which fields a selection yields for a given set of
/// runtime object types, following inline fragments and named fragments whose type condition covers all of them.
/// </summary>
internal sealed class SelectionCollector
{
    private const int MaxFragmentDepth = 64;
    private readonly SchemaModel _schema;
    private readonly Func<string, (GraphQLFragmentDefinition Node, ExecutableDocument Document)?> _findFragment;

    public SelectionCollector(SchemaModel schema, Func<string, (GraphQLFragmentDefinition Node, ExecutableDocument Document)?> findFragment)
    {
        _schema = schema;
        _findFragment = findFragment;
    }

    /// <summary>
    /// Collects the fields that apply to every type in <paramref name="runtimeTypes"/>, in first-seen order, and the
    /// named fragments spread unconditionally that apply to all of them.
    /// </summary>
    public (List<FieldGroup> Fields, List<string> Fragments) Collect(NamedTypeDefinition parentType, IReadOnlyList<SelectionSetRef> sets, IReadOnlyList<ObjectTypeDefinition> runtimeTypes)
    {
        var groups = new List<FieldGroup>();
        var byName = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        var fragments = new List<string>();
        foreach (var set in sets)
        {
            Visit(set.Node, set.Document, set.Conditional, 0);
        }

        return (groups, fragments);

        void Visit(GraphQLSelectionSet selectionSet, ExecutableDocument document, bool conditional, int depth)
        {
            if (depth > MaxFragmentDepth)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var responseName = field.ResponseName();
                        var definition = _schema.GetField(parentType, field.Name.StringValue);
                        if (definition is null)
                        {
                            continue;
                        }

                        if (!byName.TryGetValue(responseName, out var group))
                        {
                            group = new FieldGroup(responseName, definition);
                            byName.Add(responseName, group);
                            groups.Add(group);
                        }

                        var fieldConditional = conditional || IsConditional(field);
                        group.AllConditional &= fieldConditional;
                        if (field.SelectionSet is { } subSelection)
                        {
                            // Whether the field itself is present is decided here; inside it, its own fields are unconditional.
                            group.SubSelections.Add(new SelectionSetRef(subSelection, document, false));
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        if (inline.TypeCondition?.Type.Name.StringValue == parentType.Name || Covers(inline.TypeCondition?.Type.Name.StringValue, runtimeTypes))
                        {
                            Visit(inline.SelectionSet, document, conditional || IsConditional(inline), depth);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        if (_findFragment(name) is { } fragment
                            && (fragment.Node.TypeCondition.Type.Name.StringValue == parentType.Name || Covers(fragment.Node.TypeCondition.Type.Name.StringValue, runtimeTypes)))
                        {
                            var spreadConditional = conditional || IsConditional(spread);
                            if (!spreadConditional && !fragments.Contains(name))
                            {
                                fragments.Add(name);
                            }

                            Visit(fragment.Node.SelectionSet, fragment.Document, spreadConditional, depth + 1);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>
    /// The object types that type conditions inside the selection single out, beyond those covering every possible
    /// type of <paramref name="abstractType"/>: each becomes a case of a closed family.
    /// </summary>
    public List<ObjectTypeDefinition> FindCaseTypes(NamedTypeDefinition abstractType, IReadOnlyList<SelectionSetRef> sets)
    {
        var possible = _schema.GetPossibleTypes(abstractType);
        var singled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Visit(set.Node, 0);
        }

        return possible.Where(type => singled.Contains(type.Name)).ToList();

        void Visit(GraphQLSelectionSet selectionSet, int depth)
        {
            if (depth > MaxFragmentDepth)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                string? condition = null;
                GraphQLSelectionSet? inner = null;
                switch (selection)
                {
                    case GraphQLInlineFragment inline:
                        condition = inline.TypeCondition?.Type.Name.StringValue;
                        inner = inline.SelectionSet;
                        break;
                    case GraphQLFragmentSpread spread when _findFragment(spread.FragmentName.Name.StringValue) is { } fragment:
                        condition = fragment.Node.TypeCondition.Type.Name.StringValue;
                        inner = fragment.Node.SelectionSet;
                        break;
                }

                if (inner is null)
                {
                    continue;
                }

                if (condition is not null && !Covers(condition, possible) && _schema.GetType(condition) is { } conditionType)
                {
                    foreach (var type in _schema.GetPossibleTypes(conditionType))
                    {
                        singled.Add(type.Name);
                    }
                }

                Visit(inner, depth + 1);
            }
        }
    }

    /// <summary>True when a fragment with this type condition applies to every one of the runtime types.</summary>
    public bool Covers(string? typeCondition, IReadOnlyList<ObjectTypeDefinition> runtimeTypes)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var condition = _schema.GetType(typeCondition);
        return condition is not null && runtimeTypes.Count > 0 && runtimeTypes.All(type => _schema.IsPossibleType(condition, type));
    }

    private static bool IsConditional(IHasDirectivesNode node) =>
        node.DirectiveList().Any(d => d.Name.StringValue is "skip" or "include");
}
