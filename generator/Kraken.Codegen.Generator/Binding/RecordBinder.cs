using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// Turns an operation's selection sets into records: one per selection set, named after its response path, and a
/// closed family (an abstract base with one case per type condition and an unknown case) where a selection on an
/// interface or union singles out object types. Records are listed parents first.
/// </summary>
internal sealed class RecordBinder
{
    /// <summary>Names the generated operation class declares besides its records (the emitter declares them).</summary>
    public static readonly string[] OperationClassMembers =
    {
        "OperationName", "Document", "Sha256Hash", "PossibleErrorCodes", "Descriptor", "VariableValues", "Variables", "Data", "ReadData", "Json",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary>Members every C# record has.</summary>
    private static readonly string[] RecordMembers =
    {
        "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize",
    };

    private readonly SchemaModel _schema;
    private readonly TypeBinder _types;
    private readonly TypeUsage _usage;
    private readonly FragmentInterfaces _interfaces;
    private readonly SelectionCollector _collector;
    private readonly NameAllocator _recordNames;
    private readonly List<RecordSpec> _records = new();

    public RecordBinder(SchemaModel schema, TypeBinder types, TypeUsage usage, FragmentInterfaces interfaces, SelectionCollector collector, string className)
    {
        _schema = schema;
        _types = types;
        _usage = usage;
        _interfaces = interfaces;
        _collector = collector;
        // A record may not be named like a member it declares itself (PrintMembers, Deconstruct…: CS0542).
        _recordNames = new NameAllocator(OperationClassMembers.Concat(RecordMembers).Concat(new[] { className }).ToArray());
    }

    /// <summary>The records bound so far, parents before the records of their fields.</summary>
    public IReadOnlyList<RecordSpec> Records => _records;

    /// <summary>
    /// Where the document needs <c>__typename</c> added: after the opening brace of these selection sets (file path and
    /// offset), under the response name the family reads it from (<c>__typename</c>, or an alias when a field takes that name).
    /// </summary>
    public HashSet<(string Path, int Offset, string ResponseName)> TypenameInsertions { get; } = new();

    /// <summary>Binds the operation's root selection set as the record <c>Data</c>.</summary>
    public void BindRoot(ObjectTypeDefinition rootType, SelectionSetRef selectionSet) =>
        BindRecord("Data", rootType, new[] { selectionSet }, Array.Empty<InterfaceShape>(), rootType.Description, fieldCoordinate: null, isRoot: true);

    private RecordTypeSpec BindRecord(string desiredName, NamedTypeDefinition type, IReadOnlyList<SelectionSetRef> sets, IReadOnlyList<InterfaceShape> requiredInterfaces, string? description, string? fieldCoordinate, bool isRoot = false)
    {
        var name = isRoot ? desiredName : _recordNames.Allocate(desiredName, "Selection");
        var position = _records.Count; // parents are listed before the records of their fields
        var caseTypes = type.IsAbstractType ? _collector.FindCaseTypes(type, sets) : new List<ObjectTypeDefinition>();
        if (caseTypes.Count == 0)
        {
            var (fields, fragments) = _collector.Collect(type, sets, _schema.GetPossibleTypes(type));
            var interfaces = requiredInterfaces.Concat(fragments.Select(_interfaces.Get).Where(s => s is not null).Select(s => s!)).Distinct().ToList();
            var scope = new NameAllocator(RecordMembers.Concat(new[] { name }).ToArray());
            var properties = BindProperties(fields, type, scope, isRoot ? "Data" : name, interfaces);
            _records.Insert(position, new RecordSpec(
                name, type.Name, description, properties.ToEquatableArray(), Implementations(interfaces, properties), EquatableArray<CaseSpec>.Empty, Family: null));
        }
        else
        {
            BindFamily(name, position, type, sets, requiredInterfaces, caseTypes, description, fieldCoordinate ?? type.Name);
        }

        return new RecordTypeSpec(type.Name, name);
    }

    /// <summary>
    /// The response name a family reads its type name from: <c>__typename</c>, unless one of its fields is another field
    /// aliased <c>__typename</c>; then <c>__kraken_typename</c> (with a number if that is taken too).
    /// </summary>
    private static string TypenameResponseName(IReadOnlyList<FieldGroup> fields)
    {
        if (!fields.Any(f => f.ResponseName == "__typename" && f.Definition.Name != "__typename"))
        {
            return "__typename";
        }

        var taken = new HashSet<string>(fields.Select(f => f.ResponseName), StringComparer.Ordinal);
        var name = "__kraken_typename";
        for (var n = 2; taken.Contains(name); n++)
        {
            name = "__kraken_typename" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private void BindFamily(string name, int position, NamedTypeDefinition type, IReadOnlyList<SelectionSetRef> sets, IReadOnlyList<InterfaceShape> requiredInterfaces, List<ObjectTypeDefinition> caseTypes, string? description, string fieldCoordinate)
    {
        var (baseFields, baseFragments) = _collector.Collect(type, sets, _schema.GetPossibleTypes(type));
        var caseCollections = caseTypes.ToDictionary(t => t.Name, t => _collector.Collect(t, sets, new[] { t }), StringComparer.Ordinal);

        // Every family reads __typename to pick its case; the document gets it where the selection lacks it. A field
        // aliased __typename (valid GraphQL) takes that response name, so the family then reads the type name from an
        // alias of its own, added to the document beside the user's fields.
        var discriminator = TypenameResponseName(baseFields.Concat(caseCollections.Values.SelectMany(c => c.Fields)).ToList());
        if (!baseFields.Any(f => f.ResponseName == discriminator && f.Definition.Name == "__typename" && !f.AllConditional))
        {
            foreach (var set in sets)
            {
                TypenameInsertions.Add((set.Document.Source.Path, set.Node.Location.Start + 1, discriminator));
            }

            baseFields.RemoveAll(f => f.ResponseName == discriminator);
            baseFields.Insert(0, new FieldGroup(discriminator, BuiltIns.TypenameField(type.Name)) { AllConditional = false });
        }

        var caseNames = new NameAllocator(RecordMembers.Concat(new[] { name }).ToArray());
        foreach (var field in baseFields)
        {
            caseNames.Reserve(Identifiers.Pascal(field.ResponseName));
        }

        // A field that some case selects more deeply than the common part cannot have one type for all cases:
        // each case declares it with its own record (the unknown case with the common part's).
        var split = new HashSet<string>(
            baseFields
                .Where(b => b.SubSelections.Count > 0 && caseCollections.Values.Any(c =>
                    c.Fields.FirstOrDefault(f => f.ResponseName == b.ResponseName) is { } group && group.SubSelections.Count > b.SubSelections.Count))
                .Select(b => b.ResponseName),
            StringComparer.Ordinal);
        var sharedFields = baseFields.Where(b => !split.Contains(b.ResponseName)).ToList();

        var allBaseInterfaces = requiredInterfaces.Concat(baseFragments.Select(_interfaces.Get).Where(s => s is not null).Select(s => s!)).Distinct().ToList();
        var pushedDown = allBaseInterfaces.Where(i => i.Properties.Any(p => split.Contains(p.ResponseName))).ToList();
        var baseInterfaces = allBaseInterfaces.Except(pushedDown).ToList();
        var baseProperties = BindProperties(sharedFields, type, new NameAllocator(RecordMembers.Concat(new[] { name }).ToArray()), name, baseInterfaces);

        var cases = new List<CaseSpec>();
        foreach (var caseType in caseTypes.Concat(new ObjectTypeDefinition?[] { null }))
        {
            var caseName = caseNames.Allocate(caseType is null ? "Unknown" : Identifiers.Pascal(caseType.Name), "Case");
            var caseScope = new NameAllocator(RecordMembers.Concat(new[] { caseName, name }).ToArray());
            foreach (var property in baseProperties)
            {
                caseScope.Reserve(property.PropertyName);
            }

            List<FieldGroup> extraFields;
            List<InterfaceShape> caseInterfaces;
            if (caseType is null)
            {
                extraFields = baseFields.Where(b => split.Contains(b.ResponseName)).ToList();
                caseInterfaces = pushedDown;
            }
            else
            {
                var (caseFields, caseFragments) = caseCollections[caseType.Name];
                extraFields = caseFields.Where(f => !sharedFields.Any(b => b.ResponseName == f.ResponseName)).ToList();
                caseInterfaces = caseFragments.Select(_interfaces.Get).Where(s => s is not null).Select(s => s!).Concat(pushedDown).Distinct().Except(baseInterfaces).ToList();
            }

            var extra = BindProperties(extraFields, caseType ?? type, caseScope, name + caseName, caseInterfaces);
            cases.Add(new CaseSpec(
                caseName,
                caseType?.Name,
                caseType?.Description,
                extra.ToEquatableArray(),
                Implementations(caseInterfaces, baseProperties.Concat(extra).ToList())));
        }

        var caseTypeNames = new HashSet<string>(caseTypes.Select(t => t.Name), StringComparer.Ordinal);
        var others = _schema.GetPossibleTypes(type).Select(t => t.Name).Where(n => !caseTypeNames.Contains(n)).OrderBy(n => n, StringComparer.Ordinal);
        _records.Insert(position, new RecordSpec(
            name, type.Name, description,
            baseProperties.ToEquatableArray(),
            Implementations(baseInterfaces, baseProperties),
            cases.ToEquatableArray(),
            new FamilySpec(fieldCoordinate, others.ToEquatableArray(), discriminator)));
    }

    private List<PropertySpec> BindProperties(List<FieldGroup> fields, NamedTypeDefinition parentType, NameAllocator scope, string pathName, IReadOnlyList<InterfaceShape> interfaces)
    {
        var properties = new List<PropertySpec>();
        foreach (var group in fields)
        {
            var definition = group.Definition;
            var propertyName = scope.Allocate(Identifiers.Pascal(group.ResponseName));
            var fieldType = _schema.GetNamedType(definition.Type);
            if (fieldType is null)
            {
                continue;
            }

            NamedTypeSpec named;
            if (fieldType.IsCompositeType)
            {
                var nestedInterfaces = interfaces
                    .Select(shape => shape.Nested.TryGetValue(group.ResponseName, out var nested) ? nested : null)
                    .Where(nested => nested is not null)
                    .Select(nested => nested!)
                    .ToList();
                var childName = pathName == "Data" ? Identifiers.Pascal(group.ResponseName) : pathName + Identifiers.Pascal(group.ResponseName);
                named = BindRecord(childName, fieldType, group.SubSelections, nestedInterfaces, fieldType.Description, parentType.Name + "." + definition.Name);
            }
            else
            {
                named = _types.Leaf(fieldType);
                _usage.UseLeaf(fieldType);
            }

            properties.Add(new PropertySpec(
                group.ResponseName,
                propertyName,
                TypeBinder.Wrap(definition.Type, named),
                group.AllConditional,
                definition.Description,
                definition.Deprecation?.SingleLineReason));
        }

        return properties;
    }

    /// <summary>The interfaces a record implements, with explicit members where its property differs in name or type from the interface's.</summary>
    private static EquatableArray<InterfaceImplementationSpec> Implementations(IReadOnlyList<InterfaceShape> interfaces, IReadOnlyList<PropertySpec> properties) =>
        interfaces.Select(shape => new InterfaceImplementationSpec(
            shape.Type,
            shape.Properties
                .Select(member => (Member: member, Property: properties.FirstOrDefault(p => p.ResponseName == member.ResponseName)))
                .Where(pair => pair.Property is not null
                    && (pair.Property.PropertyName != pair.Member.PropertyName || !pair.Property.DeclaredType.Equals(pair.Member.DeclaredType)))
                .Select(pair => new ExplicitMemberSpec(pair.Member.PropertyName, pair.Member.DeclaredType, pair.Property!.PropertyName))
                .ToEquatableArray()))
        .ToEquatableArray();
}
