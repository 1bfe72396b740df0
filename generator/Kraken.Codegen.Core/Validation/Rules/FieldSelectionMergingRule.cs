using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.3.2, Field Selection Merging (graphql-js: OverlappingFieldsCanBeMerged): fields that share a
/// response name, through inline and named fragments, must select the same field with the same arguments unless
/// their parents are different object types, and must always have the same response shape.
/// <para>
/// The comparison follows the specification's algorithm as graphql-js implements it: every selection set is
/// compared with itself, with the fragments it spreads, and those fragments with each other; field maps are
/// cached per selection set and compared fragment pairs are remembered, so that real documents stay fast.
/// Fragment chains are followed with work lists rather than recursion, and the descent into sub-selections is
/// bounded (<see cref="MaxDepth"/>), so no document can exhaust the call stack.
/// </para>
/// </summary>
public sealed class FieldSelectionMergingRule : ValidationRule
{
    /// <summary>How deep the comparison descends into sub-selections; deeper only through fragment chains.</summary>
    public const int MaxDepth = 128;

    private readonly Dictionary<GraphQLSelectionSet, FieldsAndFragments> _fieldsCache = new();
    private readonly ComparedSet<(string, string)> _comparedFragmentPairs = new();
    private readonly ComparedSet<(FieldMap, string)> _comparedFieldMapAndFragment = new();
    private ValidationContext _context = null!;

    public override void EnterDocumentSet(ValidationContext context) => _context = context;

    public override void EnterSelectionSet(ValidationContext context, GraphQLSelectionSet selectionSet, NamedTypeDefinition? parentType)
    {
        var conflicts = new List<Conflict>();
        FindConflictsWithinSelectionSet(conflicts, parentType, selectionSet, context.Document!);
        foreach (var conflict in conflicts)
        {
            var node = conflict.Second.Node.Alias?.Name ?? conflict.Second.Node.Name;
            context.Report(
                DiagnosticDescriptors.FieldSelectionMerging,
                conflict.Second.Document,
                node,
                $"Fields '{conflict.ResponseName}' conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.");
        }
    }

    private void FindConflictsWithinSelectionSet(List<Conflict> conflicts, NamedTypeDefinition? parentType, GraphQLSelectionSet selectionSet, ExecutableDocument document)
    {
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet, document);
        CollectConflictsWithin(conflicts, fieldMap, depth: 0);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, fieldMap, fragmentNames[i], mutuallyExclusive: false, depth: 0);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, fragmentNames[i], fragmentNames[j], mutuallyExclusive: false, depth: 0);
            }
        }
    }

    /// <summary>Compares a field map with a fragment and every fragment that one reaches (a work list, not recursion).</summary>
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, FieldMap fieldMap, string fragmentName, bool mutuallyExclusive, int depth)
    {
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!_comparedFieldMapAndFragment.Add((fieldMap, name), mutuallyExclusive) || GetFragmentFields(name) is not { } fragment)
            {
                continue;
            }

            if (ReferenceEquals(fieldMap, fragment.Fields))
            {
                continue;
            }

            CollectConflictsBetween(conflicts, fieldMap, fragment.Fields, mutuallyExclusive, depth);
            foreach (var referenced in fragment.FragmentNames)
            {
                pending.Push(referenced);
            }
        }
    }

    /// <summary>Compares two fragments and the fragments each reaches, each pair once (a work list, not recursion).</summary>
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, string first, string second, bool mutuallyExclusive, int depth)
    {
        var pending = new Stack<(string, string)>();
        pending.Push((first, second));
        while (pending.Count > 0)
        {
            var (name1, name2) = pending.Pop();
            if (name1 == name2 || !_comparedFragmentPairs.Add(Ordered(name1, name2), mutuallyExclusive))
            {
                continue;
            }

            if (GetFragmentFields(name1) is not { } fragment1 || GetFragmentFields(name2) is not { } fragment2)
            {
                continue;
            }

            CollectConflictsBetween(conflicts, fragment1.Fields, fragment2.Fields, mutuallyExclusive, depth);
            foreach (var referenced in fragment2.FragmentNames)
            {
                pending.Push((name1, referenced));
            }

            foreach (var referenced in fragment1.FragmentNames)
            {
                pending.Push((referenced, name2));
            }
        }
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedTypeDefinition? parentType1,
        FieldInfo field1,
        NamedTypeDefinition? parentType2,
        FieldInfo field2,
        int depth)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, field1.Node.SelectionSet!, field1.Document);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, field2.Node.SelectionSet!, field2.Document);
        CollectConflictsBetween(conflicts, fieldMap1, fieldMap2, mutuallyExclusive, depth);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, fieldMap1, name, mutuallyExclusive, depth);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, fieldMap2, name, mutuallyExclusive, depth);
        }

        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, name1, name2, mutuallyExclusive, depth);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap, int depth)
    {
        foreach (var responseName in fieldMap.ResponseNames)
        {
            var fields = fieldMap[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(responseName, fields[i], fields[j], parentFieldsAreMutuallyExclusive: false, depth) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, FieldMap fieldMap1, FieldMap fieldMap2, bool mutuallyExclusive, int depth)
    {
        foreach (var responseName in fieldMap1.ResponseNames)
        {
            if (!fieldMap2.TryGet(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fieldMap1[responseName])
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(responseName, field1, field2, mutuallyExclusive, depth) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(string responseName, FieldInfo field1, FieldInfo field2, bool parentFieldsAreMutuallyExclusive, int depth)
    {
        if (ReferenceEquals(field1.Node, field2.Node))
        {
            return null;
        }

        // Fields on two different object types can never both apply, so only their response shapes must agree.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (field1.ParentType is ObjectTypeDefinition && field2.ParentType is ObjectTypeDefinition && field1.ParentType.Name != field2.ParentType.Name);
        if (!mutuallyExclusive)
        {
            var name1 = field1.Node.Name.StringValue;
            var name2 = field2.Node.Name.StringValue;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"'{name1}' and '{name2}' are different fields", field2);
            }

            if (!SameArguments(field1.Node, field2.Node))
            {
                return new Conflict(responseName, "they have differing arguments", field2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types '{type1}' and '{type2}'", field2);
        }

        if (field1.Node.SelectionSet is null || field2.Node.SelectionSet is null || depth >= MaxDepth)
        {
            return null;
        }

        var subConflicts = FindConflictsBetweenSubSelectionSets(
            mutuallyExclusive,
            type1 is null ? null : _context.Schema.GetNamedType(type1),
            field1,
            type2 is null ? null : _context.Schema.GetNamedType(type2),
            field2,
            depth + 1);
        if (subConflicts.Count == 0)
        {
            return null;
        }

        var reasons = string.Join(" and ", subConflicts.Select(c => $"subfields '{c.ResponseName}' conflict because {c.Reason}"));
        return new Conflict(responseName, reasons, field2);
    }

    private static bool SameArguments(GraphQLField field1, GraphQLField field2)
    {
        var arguments1 = field1.Arguments?.Items ?? new List<GraphQLArgument>();
        var arguments2 = field2.Arguments?.Items ?? new List<GraphQLArgument>();
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.StringValue == argument1.Name.StringValue);
            if (argument2 is null || GraphQLValuePrinter.Print(argument1.Value) != GraphQLValuePrinter.Print(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two output types conflict when their list and non-null wrappers differ or their leaf types differ.</summary>
    private bool DoTypesConflict(TypeReference type1, TypeReference type2)
    {
        while (true)
        {
            if (type1 is ListTypeReference list1)
            {
                if (type2 is not ListTypeReference list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
            }
            else if (type2 is ListTypeReference)
            {
                return true;
            }
            else if (type1 is NonNullTypeReference nonNull1)
            {
                if (type2 is not NonNullTypeReference nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
            }
            else if (type2 is NonNullTypeReference)
            {
                return true;
            }
            else
            {
                var leaf1 = _context.Schema.GetType(type1.NamedType) is { IsLeafType: true };
                var leaf2 = _context.Schema.GetType(type2.NamedType) is { IsLeafType: true };
                return (leaf1 || leaf2) && type1.NamedType != type2.NamedType;
            }
        }
    }

    private FieldsAndFragments? GetFragmentFields(string name)
    {
        if (_context.GetFragment(name) is not { } fragment)
        {
            return null;
        }

        var type = _context.Schema.GetType(fragment.Node.TypeCondition.Type.Name.StringValue);
        return GetFieldsAndFragmentNames(type, fragment.Node.SelectionSet, fragment.Document);
    }

    /// <summary>The fields of a selection set by response name (inline fragments included) and the fragments it spreads; cached.</summary>
    private FieldsAndFragments GetFieldsAndFragmentNames(NamedTypeDefinition? parentType, GraphQLSelectionSet selectionSet, ExecutableDocument document)
    {
        if (_fieldsCache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        // Depth-first in document order, so that "first" and "second" of a conflict follow the text.
        var pending = new Stack<(List<ASTNode> Selections, int Index, NamedTypeDefinition? Type)>();
        pending.Push((selectionSet.Selections, 0, parentType));
        while (pending.Count > 0)
        {
            var (selections, index, type) = pending.Pop();
            if (index >= selections.Count)
            {
                continue;
            }

            pending.Push((selections, index + 1, type));
            switch (selections[index])
            {
                case GraphQLField field:
                    var definition = type is null ? null : _context.Schema.GetField(type, field.Name.StringValue);
                    fieldMap.Add(field.ResponseName(), new FieldInfo(type, field, definition, document));
                    break;
                case GraphQLFragmentSpread spread:
                    if (seenFragments.Add(spread.FragmentName.Name.StringValue))
                    {
                        fragmentNames.Add(spread.FragmentName.Name.StringValue);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    var inlineType = inline.TypeCondition is null ? type : _context.Schema.GetType(inline.TypeCondition.Type.Name.StringValue);
                    pending.Push((inline.SelectionSet.Selections, 0, inlineType is { IsCompositeType: true } ? inlineType : null));
                    break;
            }
        }

        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _fieldsCache[selectionSet] = result;
        return result;
    }

    private sealed record FieldInfo(NamedTypeDefinition? ParentType, GraphQLField Node, FieldDefinition? Definition, ExecutableDocument Document);

    private sealed record Conflict(string ResponseName, string Reason, FieldInfo Second);

    private sealed record FieldsAndFragments(FieldMap Fields, List<string> FragmentNames);

    /// <summary>Fields by response name, keeping the order names first appear.</summary>
    private sealed class FieldMap
    {
        private readonly Dictionary<string, List<FieldInfo>> _byName = new(StringComparer.Ordinal);

        public List<string> ResponseNames { get; } = new();

        public List<FieldInfo> this[string responseName] => _byName[responseName];

        public bool TryGet(string responseName, out List<FieldInfo> fields) => _byName.TryGetValue(responseName, out fields!);

        public void Add(string responseName, FieldInfo field)
        {
            if (!_byName.TryGetValue(responseName, out var fields))
            {
                _byName[responseName] = fields = new List<FieldInfo>();
                ResponseNames.Add(responseName);
            }

            fields.Add(field);
        }
    }

    /// <summary>
    /// Pairs already compared, remembering whether under mutual exclusion: a comparison made without it covers
    /// both cases; one made with it covers only that case.
    /// </summary>
    private sealed class ComparedSet<T>
        where T : notnull
    {
        private readonly Dictionary<T, bool> _mutuallyExclusiveByKey = new();

        /// <summary>Records the comparison; false when an earlier one already covers it.</summary>
        public bool Add(T key, bool mutuallyExclusive)
        {
            if (_mutuallyExclusiveByKey.TryGetValue(key, out var earlier) && (mutuallyExclusive || !earlier))
            {
                return false;
            }

            _mutuallyExclusiveByKey[key] = mutuallyExclusive;
            return true;
        }
    }
}
