using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>
/// Builds the schema of one endpoint from its entries: every name comes from the reference, every
/// inferred type follows a rule of <see cref="InferenceRules"/> and is recorded for provenance.md.
/// </summary>
internal sealed class SchemaInferrer
{
    private const string FragmentSuffix = "Fragment";

    private readonly ReferenceEndpoint _endpoint;
    private readonly IReadOnlyList<ReferenceEntry> _entries;
    private readonly InferredSchema _schema;
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<ProvenanceRecord> _provenance = [];
    private readonly List<OperationModel> _operations = [];
    private readonly SortedDictionary<string, string> _fragmentTypeConditions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _fragmentUsers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _scalarByVariableSample = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousSamples = new(StringComparer.Ordinal);
    private readonly List<(IReadOnlySet<string> Members, string Name)> _namedUnions = [];
    private readonly Dictionary<string, string?> _typeBySelection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ParsedEntry Entry, int Line)> _firstNeed = new(StringComparer.Ordinal);
    private readonly List<LeafExample> _leafExamples = [];

    private SchemaInferrer(ReferenceEndpoint endpoint, IReadOnlyList<ReferenceEntry> entries, string? queryDescription)
    {
        _endpoint = endpoint;
        _entries = entries;
        _schema = new InferredSchema(queryDescription);
    }

    public static ImportedSchema Infer(ReferenceEndpoint endpoint, IReadOnlyList<ReferenceEntry> entries, string? queryDescription)
    {
        var inferrer = new SchemaInferrer(endpoint, entries, queryDescription);
        return inferrer.Run();
    }

    private ImportedSchema Run()
    {
        var parsed = _entries.Select(Parse).OfType<ParsedEntry>().ToList();
        foreach (var entry in parsed)
        {
            RegisterVariableTypes(entry);
        }

        foreach (var entry in parsed)
        {
            CollectNamedUnion(entry);
            CollectSelectionSignature(entry);
        }

        foreach (var entry in parsed)
        {
            ImportEntry(entry);
        }

        RecordFieldlessTypes();
        var fragments = _fragmentTypeConditions
            .Select(pair => new FragmentModel(pair.Key, pair.Value, _fragmentUsers[pair.Key].ToList()))
            .ToList();
        return new ImportedSchema(_endpoint, _schema, _operations, fragments, _provenance, _warnings) { LeafExamples = _leafExamples };
    }

    private sealed record ParsedEntry(
        ReferenceEntry Entry,
        string OperationName,
        GraphQLField RootField,
        IReadOnlyDictionary<string, InferredTypeRef> VariableTypes,
        ExampleObject? VariableExamples,
        ExampleValue? ResultExample);

    private sealed record FieldResolution(InferredTypeRef Type, InferenceRule Rule, string? Note);

    private ParsedEntry? Parse(ReferenceEntry entry)
    {
        var operationBlock = entry.Operation!;
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(operationBlock.Text);
        }
        catch (GraphQLParserException exception)
        {
            Warn(operationBlock.FirstLine, entry, $"the operation text does not parse ({exception.Message}); the entry is skipped");
            return null;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        var rootFields = operation?.SelectionSet.Selections.OfType<GraphQLField>().ToList() ?? [];
        if (operation is null || rootFields.Count == 0)
        {
            Warn(operationBlock.FirstLine, entry, "the operation text has no query selecting a field; the entry is skipped");
            return null;
        }

        if (rootFields.Count > 1)
        {
            Warn(operationBlock.FirstLine, entry, "the operation selects several root fields; only the first is documented");
        }

        var rootField = rootFields[0];
        var operationName = operation.Name?.StringValue;
        if (operationName is null)
        {
            operationName = char.ToUpperInvariant(rootField.Name.StringValue[0]) + rootField.Name.StringValue[1..];
            Warn(operationBlock.FirstLine, entry, $"the operation has no name; it is written as '{operationName}'");
        }

        var variableTypes = new Dictionary<string, InferredTypeRef>(StringComparer.Ordinal);
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            variableTypes[definition.Variable.Name.StringValue] = InferredTypeRef.FromAst(definition.Type);
        }

        var variableExamples = ParseExample(entry, entry.Variables, "example variables") as ExampleObject;
        if (variableTypes.Count > 0 && variableExamples is null)
        {
            Warn(entry.Variables?.FirstLine ?? operationBlock.FirstLine, entry, "the operation declares variables but has no example variables; their kinds cannot be read from examples");
        }

        ExampleValue? resultExample = null;
        if (ParseExample(entry, entry.Response, "example response") is { } response)
        {
            var data = (response as ExampleObject)?.Get("data") as ExampleObject;
            var responseKey = rootField.Alias?.Name.StringValue ?? rootField.Name.StringValue;
            resultExample = data?.Get(responseKey);
            if (resultExample is null)
            {
                Warn(entry.Response!.FirstLine, entry, $"the example response has no data.{responseKey}");
            }
        }

        return new ParsedEntry(entry, operationName, rootField, variableTypes, variableExamples, resultExample);
    }

    private ExampleValue? ParseExample(ReferenceEntry entry, ReferenceBlock? block, string what)
    {
        if (block is null)
        {
            return null;
        }

        var result = ExampleValueParser.Parse(block.Text, block.FirstLine);
        if (result.Problem is not null && !block.Truncated)
        {
            Warn(result.ProblemLine, entry, $"{what} does not read fully ({result.Problem}); the part before is used");
        }

        return result.Value;
    }

    /// <summary>Rule V1: the kind of each non-built-in variable type, read from its example value.</summary>
    private void RegisterVariableTypes(ParsedEntry entry)
    {
        foreach (var (variable, type) in entry.VariableTypes)
        {
            var name = type.NamedType;
            if (InferredSchema.BuiltInScalars.Contains(name))
            {
                continue;
            }

            var example = Unwrap(entry.VariableExamples?.Get(variable));
            var line = example?.Line ?? entry.Entry.Operation!.FirstLine;
            var element = $"${variable}: {type}";
            switch (example)
            {
                case ExampleTypeName:
                    EnsureType(name, InferredTypeKind.InputObject, entry, line, InferenceRules.VariableTypeKind,
                        $"variable {element}: example is a bare type name");
                    break;
                case ExampleString text when SampleValueRules.IsEnumLike(text.Value):
                    var enumType = EnsureType(name, InferredTypeKind.Enum, entry, line, InferenceRules.VariableTypeKind,
                        $"variable {element}: example \"{text.Value}\"");
                    if (enumType?.Kind == InferredTypeKind.Enum && !enumType.Members.Contains(text.Value))
                    {
                        enumType.Members.Add(text.Value);
                    }

                    break;
                default:
                    if (example is null)
                    {
                        Warn(line, entry.Entry, $"variable ${variable} has no example value; its type {name} is declared as a custom scalar");
                    }

                    EnsureType(name, InferredTypeKind.Scalar, entry, line, InferenceRules.VariableTypeKind,
                        $"variable {element}: example {Describe(example)}");
                    if (example is ExampleString sample && !SampleValueRules.IsFixedSample(sample.Value))
                    {
                        RememberScalarSample(sample.Value, name);
                    }

                    break;
            }
        }
    }

    private void RememberScalarSample(string sample, string scalar)
    {
        if (_ambiguousSamples.Contains(sample))
        {
            return;
        }

        if (_scalarByVariableSample.TryGetValue(sample, out var known) && known != scalar)
        {
            _scalarByVariableSample.Remove(sample);
            _ambiguousSamples.Add(sample);
            return;
        }

        _scalarByVariableSample[sample] = scalar;
    }

    private void CollectNamedUnion(ParsedEntry entry)
    {
        var declared = DeclaredType(entry, warn: false);
        var members = InlineMembers(entry.RootField.SelectionSet);
        if (declared is not null && members.Count > 0)
        {
            _namedUnions.Add((members.ToHashSet(StringComparer.Ordinal), declared.NamedType));
        }
    }

    /// <summary>Rule T4 needs the selection sets of the entries whose Type: line names their type.</summary>
    private void CollectSelectionSignature(ParsedEntry entry)
    {
        var declared = DeclaredType(entry, warn: false);
        if (declared is null || entry.RootField.SelectionSet is not { } selection || InlineMembers(selection).Count > 0)
        {
            return;
        }

        var signature = Signature(selection);
        _typeBySelection[signature] = _typeBySelection.TryGetValue(signature, out var known) && known != declared.NamedType
            ? null
            : declared.NamedType;
    }

    private void ImportEntry(ParsedEntry entry)
    {
        var reference = entry.Entry;
        var fieldName = entry.RootField.Name.StringValue;
        if (_schema.Query.FindField(fieldName) is not null)
        {
            Warn(reference.StartLine, reference, $"Query.{fieldName} is documented twice; the later entry is skipped");
            return;
        }

        var declared = DeclaredType(entry, warn: true);
        if (declared is not null)
        {
            CheckListShape(entry, declared);
        }

        var resolution = ResolveField("Query", entry.RootField, declared, entry.ResultExample, entry, isRoot: true);
        var field = new InferredField(fieldName, resolution.Type)
        {
            Description = reference.DescriptionLines.Count > 0 ? string.Join('\n', reference.DescriptionLines) : null,
            DeprecationReason = reference.Deprecation is { } deprecation ? DeprecationReason(deprecation) : null,
        };
        field.Arguments.AddRange(Arguments("Query", entry.RootField, entry, isRoot: true));
        _schema.Query.Fields.Add(field);
        Record($"Query.{fieldName}", resolution.Type, resolution.Rule, entry,
            declared is null ? entry.ResultExample?.Line ?? reference.StartLine : reference.TypeLine, resolution.Note);
        if (reference.Deprecation is not null)
        {
            Record($"Query.{fieldName} @deprecated", resolution.Type, InferenceRules.Deprecation, entry, reference.Deprecation.Line,
                $"marked {reference.Deprecation.MarkedOn ?? "?"}, removal on or after {reference.Deprecation.ScheduledRemoval ?? "?"}");
        }

        if (reference.Url is null)
        {
            Record($"Query.{fieldName} endpoint", resolution.Type, InferenceRules.Endpoint, entry, reference.StartLine,
                $"no URL: line; section endpoint {ReferenceEndpoints.Url(reference.SectionEndpoint)}");
        }

        var fragments = new SortedSet<string>(StringComparer.Ordinal);
        CollectSpreads(entry.RootField.SelectionSet, fragments);
        _operations.Add(new OperationModel(
            entry.OperationName,
            fieldName,
            OperationTextFormatter.Format(reference.Operation!.Text),
            reference.Operation.FirstLine,
            fragments.ToList(),
            reference.Errors));
    }

    /// <summary>Rule K1: lists the types declared without fields, with the entry that first needed each.</summary>
    private void RecordFieldlessTypes()
    {
        foreach (var type in _schema.Types.Values)
        {
            var fieldless = type.Kind == InferredTypeKind.Object && type.Fields.Count == 0 || type.Kind == InferredTypeKind.InputObject;
            if (fieldless && _firstNeed.TryGetValue(type.Name, out var need))
            {
                Record($"{Describe(type.Kind)} {type.Name}", InferredTypeRef.Named(type.Name), InferenceRules.FieldlessType, need.Entry, need.Line, "declared without fields");
            }
        }
    }

    private void CheckListShape(ParsedEntry entry, InferredTypeRef declared)
    {
        var declaredList = (declared.IsNonNull ? declared.Inner! : declared).IsList;
        if (entry.ResultExample is { } example && declaredList != example is ExampleArray)
        {
            Warn(example.Line, entry.Entry, declaredList
                ? $"the Type: line says {declared} but the example response is not a list; the Type: line is kept"
                : $"the Type: line says {declared} but the example response is a list; the Type: line is kept");
        }
    }

    private InferredTypeRef? DeclaredType(ParsedEntry entry, bool warn)
    {
        if (entry.Entry.TypeText is not { } text)
        {
            return null;
        }

        var type = InferredTypeRef.Parse(text);
        if (type is null && warn)
        {
            Warn(entry.Entry.TypeLine, entry.Entry, $"the Type: line '{text}' is not a type; the return type is inferred instead");
        }

        return type;
    }

    private FieldResolution ResolveField(string parentType, GraphQLField field, InferredTypeRef? declared, ExampleValue? example, ParsedEntry entry, bool isRoot)
    {
        var fieldName = field.Name.StringValue;
        var line = example?.Line ?? entry.Entry.StartLine;
        if (field.SelectionSet is not { } selection)
        {
            _leafExamples.Add(new LeafExample(parentType, fieldName, example, entry.Entry.DisplayName, line));
            if (declared is not null)
            {
                EnsureLeafType(declared.NamedType, entry, entry.Entry.TypeLine, InferenceRules.TypeLine);
                return new FieldResolution(declared, InferenceRules.TypeLine, null);
            }

            var sample = SampleValueRules.Infer(example, _scalarByVariableSample);
            if (sample.IsWarning)
            {
                Warn(line, entry.Entry, $"{parentType}.{fieldName}: {sample.Note}; typed {sample.Type}");
            }

            EnsureLeafType(sample.Type.NamedType, entry, line, sample.Rule);
            return isRoot
                ? new FieldResolution(sample.Type, InferenceRules.MissingTypeLeaf, $"rule {sample.Rule.Id}" + (sample.Note is null ? "" : $"; {sample.Note}"))
                : new FieldResolution(sample.Type, sample.Rule, sample.Note);
        }

        var exampleItem = Unwrap(example);
        var members = InlineMembers(selection);
        var spreads = selection.Selections.OfType<GraphQLFragmentSpread>().ToList();
        var hasDirectFields = selection.Selections.OfType<GraphQLField>().Any(child => child.Name.StringValue != "__typename");
        string typeName;
        InferenceRule rule;
        string? note = null;
        if (members.Count > 0)
        {
            rule = InferenceRules.InlineFragmentUnion;
            if (declared is not null)
            {
                typeName = declared.NamedType;
                note = "union named by the Type: line";
            }
            else if (NamedUnionWithMembers(members) is { } union)
            {
                typeName = union;
                note = $"same members as union {union}";
            }
            else
            {
                typeName = SyntheticName(parentType, fieldName);
                note = "the reference names no type; synthetic name (rule N1)";
            }

            EnsureUnion(typeName, members, entry, line, note);
            foreach (var fragment in selection.Selections.OfType<GraphQLInlineFragment>())
            {
                var member = fragment.TypeCondition?.Type.Name.StringValue ?? typeName;
                EnsureType(member, InferredTypeKind.Object, entry, line, InferenceRules.InlineFragmentUnion, $"member of union {typeName}");
                var memberExample = exampleItem as ExampleObject;
                WalkSelections(member, fragment.SelectionSet, memberExample, entry);
            }

            WalkSelections(typeName, selection, null, entry, skipInlineFragments: true);
        }
        else if (!hasDirectFields && spreads.Count > 0)
        {
            var conditions = spreads.Select(spread => FragmentTypeCondition(spread.FragmentName.Name.StringValue)).OfType<string>().Distinct().ToList();
            typeName = declared?.NamedType ?? conditions.FirstOrDefault() ?? SyntheticName(parentType, fieldName);
            rule = declared is not null ? InferenceRules.TypeLine : InferenceRules.FragmentSpreadType;
            if (exampleItem is ExampleTypeName named && named.Name != typeName)
            {
                Warn(named.Line, entry.Entry, $"{parentType}.{fieldName}: the example names {named.Name} but the fragment is on {typeName}; {typeName} is used");
            }

            if (conditions.Count > 1)
            {
                Warn(line, entry.Entry, $"{parentType}.{fieldName}: fragments on several types ({string.Join(", ", conditions)}) are spread directly; {typeName} is used");
            }

            EnsureType(typeName, InferredTypeKind.Object, entry, line, rule, $"selected through ...{spreads[0].FragmentName.Name.StringValue}");
            WalkSelections(typeName, selection, null, entry);
        }
        else
        {
            if (declared is not null)
            {
                typeName = declared.NamedType;
                rule = InferenceRules.TypeLine;
            }
            else if (isRoot && _typeBySelection.GetValueOrDefault(Signature(selection)) is { } sameSelection)
            {
                typeName = sameSelection;
                rule = InferenceRules.SameSelection;
                note = $"same selection set as the entry whose Type: line names {sameSelection}";
            }
            else if (!isRoot && exampleItem is ExampleTypeName named)
            {
                typeName = named.Name;
                rule = InferenceRules.NestedObject;
            }
            else
            {
                typeName = SyntheticName(parentType, fieldName);
                rule = isRoot ? InferenceRules.MissingTypeObject : InferenceRules.NestedObject;
                note = "the reference names no type; synthetic name (rule N1)";
            }

            EnsureType(typeName, InferredTypeKind.Object, entry, line, rule, note);
            WalkSelections(typeName, selection, exampleItem as ExampleObject, entry);
        }

        var type = declared ?? (example is ExampleArray ? InferredTypeRef.ListOf(InferredTypeRef.Named(typeName)) : InferredTypeRef.Named(typeName));
        if (declared is null && example is ExampleArray)
        {
            note = note is null ? $"list (rule {InferenceRules.SampleList.Id})" : $"{note}; list (rule {InferenceRules.SampleList.Id})";
        }

        return new FieldResolution(type, rule, note);
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
                    RecordSpread(spread.FragmentName.Name.StringValue, typeName, entry);
                    break;
                case GraphQLInlineFragment inline when !skipInlineFragments:
                    var condition = inline.TypeCondition?.Type.Name.StringValue ?? typeName;
                    if (condition != typeName)
                    {
                        Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"inline fragment on {condition} inside {typeName}, which is not a union; it may not validate");
                    }

                    WalkSelections(condition, inline.SelectionSet, example, entry);
                    break;
            }
        }
    }

    private void AddField(string typeName, GraphQLField field, ExampleObject? example, ParsedEntry entry)
    {
        var type = _schema.Find(typeName);
        var fieldName = field.Name.StringValue;
        if (type is null || type.Kind != InferredTypeKind.Object)
        {
            Warn(entry.Entry.StartLine, entry.Entry, $"{typeName}.{fieldName} is selected but {typeName} is not an object type; the field is left out");
            return;
        }

        var responseKey = field.Alias?.Name.StringValue ?? fieldName;
        var childExample = example?.Get(responseKey);
        if (example is not null && childExample is null && field.SelectionSet is null)
        {
            Warn(example.Line, entry.Entry, $"{typeName}.{fieldName} has no value in the example response");
        }

        var resolution = ResolveField(typeName, field, null, childExample, entry, isRoot: false);
        var line = childExample?.Line ?? entry.Entry.StartLine;
        var existing = type.FindField(fieldName);
        if (existing is not null)
        {
            if (existing.Type != resolution.Type)
            {
                Warn(line, entry.Entry, $"{typeName}.{fieldName} is {resolution.Type} here but {existing.Type} where first shown; the first is kept (rule {InferenceRules.FirstAppearance.Id})");
            }

            return;
        }

        var model = new InferredField(fieldName, resolution.Type);
        model.Arguments.AddRange(Arguments(typeName, field, entry, isRoot: false));
        type.Fields.Add(model);
        Record($"{typeName}.{fieldName}", resolution.Type, resolution.Rule, entry, line, resolution.Note);
    }

    private List<InferredArgument> Arguments(string typeName, GraphQLField field, ParsedEntry entry, bool isRoot)
    {
        var arguments = new List<InferredArgument>();
        var items = field.Arguments?.Items ?? [];
        var descriptions = entry.Entry.ArgumentDescriptions;
        var useDescriptions = isRoot && descriptions.Count == items.Count;
        if (isRoot && items.Count > 0 && !entry.Entry.HasArgumentTable)
        {
            Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"no argument table; the {items.Count} argument(s) of {field.Name.StringValue} have no descriptions");
        }
        else if (isRoot && entry.Entry.HasArgumentTable && descriptions.Count != items.Count)
        {
            Warn(entry.Entry.ArgumentTableLine, entry.Entry, $"the argument table has {descriptions.Count} row(s) for {items.Count} argument(s); descriptions are left out");
        }

        for (var index = 0; index < items.Count; index++)
        {
            var argument = items[index];
            var argumentName = argument.Name.StringValue;
            if (argument.Value is not GraphQLVariable variable
                || !entry.VariableTypes.TryGetValue(variable.Name.StringValue, out var type))
            {
                Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"argument {argumentName} of {field.Name.StringValue} is not fed by a declared variable; its type is unknown and it is left out");
                continue;
            }

            arguments.Add(new InferredArgument(argumentName, type, useDescriptions ? descriptions[index] : null));
            Record($"{typeName}.{field.Name.StringValue}({argumentName}:)", type, InferenceRules.ArgumentFromVariable, entry,
                entry.Entry.Operation!.FirstLine, $"variable ${variable.Name.StringValue}");
        }

        return arguments;
    }

    /// <summary>Rule F1: a fragment's type is its name minus the "Fragment" suffix.</summary>
    private void RecordSpread(string fragmentName, string contextType, ParsedEntry entry)
    {
        if (FragmentTypeCondition(fragmentName) is not { } condition)
        {
            Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"fragment {fragmentName} does not end in '{FragmentSuffix}'; its type cannot be told and it is not defined");
            return;
        }

        if (!_fragmentUsers.TryGetValue(fragmentName, out var users))
        {
            users = new SortedSet<string>(StringComparer.Ordinal);
            _fragmentUsers[fragmentName] = users;
            _fragmentTypeConditions[fragmentName] = condition;
            Record($"fragment {fragmentName}", InferredTypeRef.Named(condition), InferenceRules.FragmentDefinition, entry, entry.Entry.Operation!.FirstLine, null);
        }

        users.Add(entry.OperationName);
        var context = _schema.Find(contextType);
        var fits = condition == contextType
            || context?.Kind == InferredTypeKind.Union && context.Members.Contains(condition);
        if (!fits)
        {
            Warn(entry.Entry.Operation!.FirstLine, entry.Entry, $"fragment {fragmentName} (on {condition}) is spread inside {contextType}; the name does not follow the field's type");
        }

        if (_schema.Find(condition) is null)
        {
            EnsureType(condition, InferredTypeKind.Object, entry, entry.Entry.Operation!.FirstLine, InferenceRules.FragmentDefinition, $"type condition of {fragmentName}");
        }
    }

    private static string? FragmentTypeCondition(string fragmentName) =>
        fragmentName.Length > FragmentSuffix.Length && fragmentName.EndsWith(FragmentSuffix, StringComparison.Ordinal)
            ? fragmentName[..^FragmentSuffix.Length]
            : null;

    private static void CollectSpreads(GraphQLSelectionSet? selection, SortedSet<string> names)
    {
        foreach (var node in selection?.Selections ?? [])
        {
            switch (node)
            {
                case GraphQLFragmentSpread spread:
                    names.Add(spread.FragmentName.Name.StringValue);
                    break;
                case GraphQLField field:
                    CollectSpreads(field.SelectionSet, names);
                    break;
                case GraphQLInlineFragment inline:
                    CollectSpreads(inline.SelectionSet, names);
                    break;
            }
        }
    }

    private static List<string> InlineMembers(GraphQLSelectionSet? selection) =>
        (selection?.Selections ?? [])
            .OfType<GraphQLInlineFragment>()
            .Select(fragment => fragment.TypeCondition?.Type.Name.StringValue)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private string? NamedUnionWithMembers(IReadOnlyCollection<string> members)
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

    private string SyntheticName(string parentType, string fieldName) => $"{parentType}_{fieldName}";

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

    private void EnsureLeafType(string name, ParsedEntry entry, int line, InferenceRule rule)
    {
        if (InferredSchema.BuiltInScalars.Contains(name))
        {
            return;
        }

        var existing = _schema.Find(name);
        if (existing is { Kind: InferredTypeKind.Scalar or InferredTypeKind.Enum })
        {
            return;
        }

        EnsureType(name, InferredTypeKind.Scalar, entry, line, rule, "custom scalar");
    }

    private InferredType? EnsureType(string name, InferredTypeKind kind, ParsedEntry entry, int line, InferenceRule rule, string? note)
    {
        if (InferredSchema.BuiltInScalars.Contains(name) || name == _schema.Query.Name)
        {
            Warn(line, entry.Entry, $"{name} is needed as a {Describe(kind)} but is a built-in type");
            return null;
        }

        var existing = _schema.Find(name);
        if (existing is not null)
        {
            if (existing.Kind != kind)
            {
                Warn(line, entry.Entry, $"{name} is needed as a {Describe(kind)} but was first declared as a {Describe(existing.Kind)}; the first is kept");
            }

            return existing;
        }

        var created = new InferredType(name, kind);
        if (name.Contains('_', StringComparison.Ordinal))
        {
            var dot = name.LastIndexOf('_');
            created.Description = $"The reference names no type for {name[..dot]}.{name[(dot + 1)..]}; this name is made by the importer (rule {InferenceRules.SyntheticName.Id}), so operations must not spell it.";
        }

        _schema.Types[name] = created;
        _firstNeed[name] = (entry, line);
        Record($"{Describe(kind)} {name}", InferredTypeRef.Named(name), created.Description is null ? rule : InferenceRules.SyntheticName, entry, line,
            created.Description is null ? note : $"rule {rule.Id}" + (note is null ? "" : $"; {note}"));
        return created;
    }

    private void EnsureUnion(string name, IReadOnlyList<string> members, ParsedEntry entry, int line, string? note)
    {
        if (EnsureType(name, InferredTypeKind.Union, entry, line, InferenceRules.InlineFragmentUnion, note) is not { Kind: InferredTypeKind.Union } union)
        {
            return;
        }

        foreach (var member in members.Where(member => !union.Members.Contains(member)))
        {
            union.Members.Add(member);
        }
    }

    private static string DeprecationReason(ReferenceDeprecation deprecation)
    {
        var heading = new List<string>();
        var explanation = new List<string>();
        var dates = new List<string>();
        foreach (var line in deprecation.Lines)
        {
            if (heading.Count == 0 && explanation.Count == 0 && line.StartsWith("The '", StringComparison.Ordinal) && line.EndsWith("is deprecated.", StringComparison.Ordinal))
            {
                heading.Add(line);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                dates.Add(line);
            }
            else
            {
                explanation.Add(line);
            }
        }

        return string.Join("\n\n", new[] { heading, explanation, dates }
            .Where(part => part.Count > 0)
            .Select(part => string.Join('\n', part)));
    }

    private static ExampleValue? Unwrap(ExampleValue? value)
    {
        while (value is ExampleArray { Items.Count: > 0 } array)
        {
            value = array.Items[0];
        }

        return value is ExampleArray ? null : value;
    }

    private static string Describe(ExampleValue? value) => value switch
    {
        null => "missing",
        ExampleString text => $"\"{text.Value}\"",
        ExampleNumber number => number.Text,
        ExampleBoolean boolean => boolean.Value ? "true" : "false",
        ExampleTypeName typeName => typeName.Name,
        ExampleObject => "a JSON object",
        ExampleArray => "a list",
        _ => "null",
    };

    private static string Describe(InferredTypeKind kind) => kind switch
    {
        InferredTypeKind.Object => "type",
        InferredTypeKind.Union => "union",
        InferredTypeKind.Enum => "enum",
        InferredTypeKind.InputObject => "input",
        _ => "scalar",
    };

    private void Record(string element, InferredTypeRef type, InferenceRule rule, ParsedEntry entry, int line, string? note) =>
        _provenance.Add(new ProvenanceRecord(element, type.ToString(), rule, entry.Entry.DisplayName, line, note));

    private void Warn(int line, ReferenceEntry entry, string message) =>
        _warnings.Add(new ImportWarning(line, entry.DisplayName, message) { Endpoint = _endpoint });
}
