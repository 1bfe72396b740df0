using GraphQLParser.AST;

namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>The type inferred for one field, the rule that gave it, and a note for provenance.md.</summary>
internal sealed record FieldResolution(InferredTypeRef Type, InferenceRule Rule, string? Note);

/// <summary>
/// Phase 4, below the documented field: infers the type of each selected field from the <c>Type:</c> line, the
/// selection and the example response, declares the types it needs, and adds the fields and arguments selected on
/// them. A field is a leaf (sample rules), a union of inline fragments (O2), a type selected through fragments only
/// (O1), or an object type (T1, T4, O3, N1).
/// </summary>
internal sealed class SelectionImporter
{
    private readonly TypeDeclarations _types;
    private readonly SelectionCatalog _catalog;
    private readonly FragmentCatalog _fragments;
    private readonly IReadOnlyDictionary<string, string> _scalarBySample;
    private readonly InferenceLog _log;
    private readonly List<LeafExample> _leafExamples = [];

    /// <summary>The field being resolved: its parent type and name, its entry, and the line its warnings point at.</summary>
    private readonly record struct FieldSite(string ParentType, string FieldName, ParsedEntry Entry, int Line);

    public SelectionImporter(TypeDeclarations types, SelectionCatalog catalog, FragmentCatalog fragments, IReadOnlyDictionary<string, string> scalarBySample, InferenceLog log)
    {
        _types = types;
        _catalog = catalog;
        _fragments = fragments;
        _scalarBySample = scalarBySample;
        _log = log;
    }

    /// <summary>Every leaf field's example value, in the order met.</summary>
    public IReadOnlyList<LeafExample> LeafExamples => _leafExamples;

    public FieldResolution ResolveField(string parentType, GraphQLField field, InferredTypeRef? declared, ExampleValue? example, ParsedEntry entry, bool isRoot)
    {
        var site = new FieldSite(parentType, field.Name.StringValue, entry, example?.Line ?? entry.Entry.StartLine);
        if (field.SelectionSet is not { } selection)
        {
            return ResolveLeaf(site, declared, example, isRoot);
        }

        var exampleItem = ExampleValue.Unwrap(example);
        var (typeName, rule, note) = SelectionCatalog.InlineMembers(selection) is { Count: > 0 } members
            ? ResolveUnion(site, selection, members, declared, exampleItem)
            : IsFragmentsOnly(selection, out var spreads)
                ? ResolveFragmentType(site, selection, spreads, declared, exampleItem)
                : ResolveObject(site, selection, declared, exampleItem, isRoot);
        return WithListShape(typeName, rule, note, declared, example);
    }

    /// <summary>The arguments of a selected field, each typed by the variable that feeds it (rule A1).</summary>
    public List<InferredArgument> Arguments(string typeName, GraphQLField field, ParsedEntry entry, bool isRoot)
    {
        var items = field.Arguments?.Items ?? [];
        var descriptions = entry.Entry.ArgumentDescriptions;
        if (isRoot)
        {
            CheckArgumentTable(field, entry, items.Count);
        }

        var useDescriptions = isRoot && descriptions.Count == items.Count;
        var arguments = new List<InferredArgument>();
        for (var index = 0; index < items.Count; index++)
        {
            if (Argument(typeName, field, items[index], entry) is { } type)
            {
                arguments.Add(new InferredArgument(items[index].Name.StringValue, type, useDescriptions ? descriptions[index] : null));
            }
        }

        return arguments;
    }

    private FieldResolution ResolveLeaf(FieldSite site, InferredTypeRef? declared, ExampleValue? example, bool isRoot)
    {
        var entry = site.Entry;
        _leafExamples.Add(new LeafExample(site.ParentType, site.FieldName, example, entry.Entry.DisplayName, site.Line));
        if (declared is not null)
        {
            _types.EnsureLeaf(declared.NamedType, entry, entry.Entry.TypeLine, InferenceRules.TypeLine);
            return new FieldResolution(declared, InferenceRules.TypeLine, null);
        }

        var sample = SampleValueRules.Infer(example, _scalarBySample);
        if (sample.IsWarning)
        {
            _log.Warn(site.Line, entry.Entry, $"{site.ParentType}.{site.FieldName}: {sample.Note}; typed {sample.Type}");
        }

        _types.EnsureLeaf(sample.Type.NamedType, entry, site.Line, sample.Rule);
        return isRoot
            ? new FieldResolution(sample.Type, InferenceRules.MissingTypeLeaf, $"rule {sample.Rule.Id}" + (sample.Note is null ? "" : $"; {sample.Note}"))
            : new FieldResolution(sample.Type, sample.Rule, sample.Note);
    }

    /// <summary>Rule O2: inline fragments make a union; each member's selections are walked with the example item.</summary>
    private (string TypeName, InferenceRule Rule, string? Note) ResolveUnion(FieldSite site, GraphQLSelectionSet selection, List<string> members, InferredTypeRef? declared, ExampleValue? exampleItem)
    {
        var (typeName, note) = NameUnion(site, members, declared);
        _types.EnsureUnion(typeName, members, site.Entry, site.Line, note);
        foreach (var fragment in selection.Selections.OfType<GraphQLInlineFragment>())
        {
            var member = fragment.TypeCondition?.Type.Name.StringValue ?? typeName;
            _types.Ensure(member, InferredTypeKind.Object, site.Entry, site.Line, InferenceRules.InlineFragmentUnion, $"member of union {typeName}");
            WalkSelections(member, fragment.SelectionSet, exampleItem as ExampleObject, site.Entry);
        }

        WalkSelections(typeName, selection, null, site.Entry, skipInlineFragments: true);
        return (typeName, InferenceRules.InlineFragmentUnion, note);
    }

    private (string TypeName, string Note) NameUnion(FieldSite site, List<string> members, InferredTypeRef? declared)
    {
        if (declared is not null)
        {
            return (declared.NamedType, "union named by the Type: line");
        }

        return _catalog.UnionWithMembers(members) is { } union
            ? (union, $"same members as union {union}")
            : (TypeDeclarations.SyntheticName(site.ParentType, site.FieldName), "the reference names no type; synthetic name (rule N1)");
    }

    /// <summary>A selection of fragment spreads and nothing else but <c>__typename</c>.</summary>
    private static bool IsFragmentsOnly(GraphQLSelectionSet selection, out List<GraphQLFragmentSpread> spreads)
    {
        spreads = selection.Selections.OfType<GraphQLFragmentSpread>().ToList();
        var hasDirectFields = selection.Selections.OfType<GraphQLField>().Any(child => child.Name.StringValue != "__typename");
        return !hasDirectFields && spreads.Count > 0;
    }

    /// <summary>Rule O1: a field selected only through fragments has the fragments' type, unless its Type: line says otherwise.</summary>
    private (string TypeName, InferenceRule Rule, string? Note) ResolveFragmentType(FieldSite site, GraphQLSelectionSet selection, List<GraphQLFragmentSpread> spreads, InferredTypeRef? declared, ExampleValue? exampleItem)
    {
        var conditions = spreads.Select(spread => FragmentCatalog.TypeCondition(spread.FragmentName.Name.StringValue)).OfType<string>().Distinct().ToList();
        var typeName = declared?.NamedType ?? conditions.FirstOrDefault() ?? TypeDeclarations.SyntheticName(site.ParentType, site.FieldName);
        var rule = declared is not null ? InferenceRules.TypeLine : InferenceRules.FragmentSpreadType;
        if (exampleItem is ExampleTypeName named && named.Name != typeName)
        {
            _log.Warn(named.Line, site.Entry.Entry, $"{site.ParentType}.{site.FieldName}: the example names {named.Name} but the fragment is on {typeName}; {typeName} is used");
        }

        if (conditions.Count > 1)
        {
            _log.Warn(site.Line, site.Entry.Entry, $"{site.ParentType}.{site.FieldName}: fragments on several types ({string.Join(", ", conditions)}) are spread directly; {typeName} is used");
        }

        _types.Ensure(typeName, InferredTypeKind.Object, site.Entry, site.Line, rule, $"selected through ...{spreads[0].FragmentName.Name.StringValue}");
        WalkSelections(typeName, selection, null, site.Entry);
        return (typeName, rule, null);
    }

    private (string TypeName, InferenceRule Rule, string? Note) ResolveObject(FieldSite site, GraphQLSelectionSet selection, InferredTypeRef? declared, ExampleValue? exampleItem, bool isRoot)
    {
        var (typeName, rule, note) = NameObject(site, selection, declared, exampleItem, isRoot);
        _types.Ensure(typeName, InferredTypeKind.Object, site.Entry, site.Line, rule, note);
        WalkSelections(typeName, selection, exampleItem as ExampleObject, site.Entry);
        return (typeName, rule, note);
    }

    /// <summary>Rules T1, T4, O3 and N1, in that order of preference.</summary>
    private (string TypeName, InferenceRule Rule, string? Note) NameObject(FieldSite site, GraphQLSelectionSet selection, InferredTypeRef? declared, ExampleValue? exampleItem, bool isRoot)
    {
        if (declared is not null)
        {
            return (declared.NamedType, InferenceRules.TypeLine, null);
        }

        if (isRoot && _catalog.TypeOfSelection(selection) is { } sameSelection)
        {
            return (sameSelection, InferenceRules.SameSelection, $"same selection set as the entry whose Type: line names {sameSelection}");
        }

        if (!isRoot && exampleItem is ExampleTypeName named)
        {
            return (named.Name, InferenceRules.NestedObject, null);
        }

        return (TypeDeclarations.SyntheticName(site.ParentType, site.FieldName), isRoot ? InferenceRules.MissingTypeObject : InferenceRules.NestedObject, "the reference names no type; synthetic name (rule N1)");
    }

    /// <summary>The Type: line as written; else the named type, a list when the example is one (rule S11).</summary>
    private static FieldResolution WithListShape(string typeName, InferenceRule rule, string? note, InferredTypeRef? declared, ExampleValue? example)
    {
        if (declared is not null)
        {
            return new FieldResolution(declared, rule, note);
        }

        if (example is not ExampleArray)
        {
            return new FieldResolution(InferredTypeRef.Named(typeName), rule, note);
        }

        var list = $"list (rule {InferenceRules.SampleList.Id})";
        return new FieldResolution(InferredTypeRef.ListOf(InferredTypeRef.Named(typeName)), rule, note is null ? list : $"{note}; {list}");
    }

    private void WalkSelections(string typeName, GraphQLSelectionSet selection, ExampleObject? example, ParsedEntry entry, bool skipInlineFragments = false)
    {
        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField field when field.Name.StringValue == "__typename":
                    break;
                case GraphQLField field:
                    AddField(typeName, field, example, entry);
                    break;
                case GraphQLFragmentSpread spread:
                    _fragments.RecordSpread(spread.FragmentName.Name.StringValue, typeName, entry);
                    break;
                case GraphQLInlineFragment inline when !skipInlineFragments:
                    WalkInlineFragment(typeName, inline, example, entry);
                    break;
            }
        }
    }

    private void WalkInlineFragment(string typeName, GraphQLInlineFragment inline, ExampleObject? example, ParsedEntry entry)
    {
        var condition = inline.TypeCondition?.Type.Name.StringValue ?? typeName;
        if (condition != typeName)
        {
            _log.Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"inline fragment on {condition} inside {typeName}, which is not a union; it may not validate");
        }

        WalkSelections(condition, inline.SelectionSet, example, entry);
    }

    /// <summary>A field selected on an object type; the first appearance wins (rule M1).</summary>
    private void AddField(string typeName, GraphQLField field, ExampleObject? example, ParsedEntry entry)
    {
        var fieldName = field.Name.StringValue;
        if (_types.Schema.Find(typeName) is not { Kind: InferredTypeKind.Object } type)
        {
            _log.Warn(entry.Entry.StartLine, entry.Entry, $"{typeName}.{fieldName} is selected but {typeName} is not an object type; the field is left out");
            return;
        }

        var childExample = example?.Get(field.Alias?.Name.StringValue ?? fieldName);
        if (example is not null && childExample is null && field.SelectionSet is null)
        {
            _log.Warn(example.Line, entry.Entry, $"{typeName}.{fieldName} has no value in the example response");
        }

        var resolution = ResolveField(typeName, field, null, childExample, entry, isRoot: false);
        var line = childExample?.Line ?? entry.Entry.StartLine;
        if (type.FindField(fieldName) is { } existing)
        {
            if (existing.Type != resolution.Type)
            {
                _log.Warn(line, entry.Entry, $"{typeName}.{fieldName} is {resolution.Type} here but {existing.Type} where first shown; the first is kept (rule {InferenceRules.FirstAppearance.Id})");
            }

            return;
        }

        var model = new InferredField(fieldName, resolution.Type);
        model.Arguments.AddRange(Arguments(typeName, field, entry, isRoot: false));
        type.Fields.Add(model);
        _log.Record($"{typeName}.{fieldName}", resolution.Type, resolution.Rule, entry, line, resolution.Note);
    }

    private void CheckArgumentTable(GraphQLField field, ParsedEntry entry, int argumentCount)
    {
        var descriptions = entry.Entry.ArgumentDescriptions;
        if (argumentCount > 0 && !entry.Entry.HasArgumentTable)
        {
            _log.Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"no argument table; the {argumentCount} argument(s) of {field.Name.StringValue} have no descriptions");
        }
        else if (entry.Entry.HasArgumentTable && descriptions.Count != argumentCount)
        {
            _log.Warn(entry.Entry.ArgumentTableLine, entry.Entry, $"the argument table has {descriptions.Count} row(s) for {argumentCount} argument(s); descriptions are left out");
        }
    }

    /// <summary>The type of one argument, from the variable that feeds it; null (with a warning) when no declared variable does.</summary>
    private InferredTypeRef? Argument(string typeName, GraphQLField field, GraphQLArgument argument, ParsedEntry entry)
    {
        var argumentName = argument.Name.StringValue;
        if (argument.Value is not GraphQLVariable variable || !entry.VariableTypes.TryGetValue(variable.Name.StringValue, out var type))
        {
            _log.Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"argument {argumentName} of {field.Name.StringValue} is not fed by a declared variable; its type is unknown and it is left out");
            return null;
        }

        _log.Record($"{typeName}.{field.Name.StringValue}({argumentName}:)", type, InferenceRules.ArgumentFromVariable, entry,
            entry.Entry.Operation!.FirstLine, $"variable ${variable.Name.StringValue}");
        return type;
    }
}
