using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>What binding one operation produced: the spec to emit (null when the operation is invalid) and what it uses.</summary>
internal sealed record OperationBinding(
    OperationSpec? Spec,
    ClientMethodSpec? ClientMethod,
    EquatableArray<string> Enums,
    EquatableArray<string> InputObjects,
    EquatableArray<string> Fragments,
    EquatableArray<string> UnmappedScalars,
    bool IsInvalid);

/// <summary>
/// Binds one operation to the schema and turns it into an <see cref="OperationSpec"/>: one record per selection set
/// named after its response path, closed families for type conditions on interfaces and unions, fragment interfaces,
/// variables, the exact document (with the fragments it reaches) and its hash.
/// </summary>
internal sealed class OperationBinder
{
    private static readonly string[] OperationClassMembers =
    {
        "OperationName", "Document", "Sha256Hash", "PossibleErrorCodes", "Descriptor", "VariableValues", "Variables", "Data",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    private static readonly string[] RecordMembers =
    {
        "ReadJson", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize",
    };

    private readonly SchemaModel _schema;
    private readonly ScalarMap _scalars;
    private readonly string _namespace;
    private readonly FragmentLibrary _fragments;
    private readonly FragmentShapes _shapes;
    private readonly ValueCode _values;
    private readonly SelectionCollector _collector;

    // Per-operation state.
    private string _classFullName = string.Empty;
    private NameAllocator _typeNames = new();
    private readonly List<RecordSpec> _records = new();
    private readonly SortedSet<string> _enums = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _unmappedScalars = new(StringComparer.Ordinal);
    private readonly HashSet<(string Path, int Offset)> _typenameInsertions = new();

    public OperationBinder(SchemaModel schema, ScalarMap scalars, string @namespace, FragmentLibrary fragments, IReadOnlyCollection<string>? takenTypeNames = null)
    {
        _schema = schema;
        _scalars = scalars;
        _namespace = @namespace;
        _fragments = fragments;
        _values = new ValueCode(schema, scalars, @namespace, takenTypeNames);
        _shapes = new FragmentShapes(schema, fragments, _values);
        _collector = new SelectionCollector(schema, fragments.Find);
    }

    public FragmentShapes Shapes => _shapes;

    public ValueCode Values => _values;

    public OperationBinding Bind(OperationSource source, string hintPrefix, CancellationToken cancellationToken)
    {
        var document = ExecutableDocument.Parse(new SourceFile(source.Path, source.Text));
        var operation = document.Operations.FirstOrDefault();
        if (operation is null || operation.Name is null)
        {
            return Invalid();
        }

        // The operation with every fragment it reaches, validated on its own: the generator emits only valid operations
        // (the analyzer reports why an operation is invalid, at its place in the file).
        var reachable = ReachableFragments(operation);
        var set = new ExecutableDocumentSet(new[] { document }.Concat(reachable.Select(name => _fragments.Find(name)!.Value.Document)));
        var diagnostics = DocumentValidator.Validate(_schema, set, new ValidationOptions { ReportDeprecations = false }, cancellationToken);
        if (diagnostics.Any(d => d.Severity == GraphQLDiagnosticSeverity.Error) || _schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return Invalid();
        }

        Reset();
        var operationName = operation.Name.StringValue;
        var kind = operation.Operation.ToString();
        var className = ClassName(operationName, kind);
        _classFullName = _values.SchemaTypeName(className);
        // A record named like a member records declare (ReadJson, Equals…) would clash with that member (CS0542).
        _typeNames = new NameAllocator(OperationClassMembers.Concat(RecordMembers).Concat(new[] { className }).ToArray());

        var variables = BindVariables(operation, out var inputObjects);
        var rootSets = new[] { new SelectionSetRef(operation.SelectionSet, document, false) };
        BuildRecord("Data", rootType, rootSets, Array.Empty<InterfaceShape>(), rootType.Description, isRoot: true);

        var text = AssembleDocument(document, operation, reachable);
        var errorCodes = operation.SelectionSet.Selections.OfType<GraphQLField>()
            .Select(field => rootType.Fields[field.Name.StringValue])
            .Where(field => field is not null)
            .SelectMany(field => ErrorCodeCatalog.Read(field!.Description).Select(pair => pair.Code))
            .Distinct()
            .ToEquatableArray();

        var spec = new OperationSpec(
            hintPrefix + className + ".g.cs",
            _namespace,
            className,
            operationName,
            kind,
            text,
            Sha256(text),
            errorCodes,
            variables,
            _records.ToEquatableArray());

        var method = ClientMethod(spec, operation, rootType);
        return new OperationBinding(
            spec,
            method,
            _enums.ToEquatableArray(),
            inputObjects.ToEquatableArray(),
            reachable.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            _unmappedScalars.ToEquatableArray(),
            IsInvalid: false);
    }

    /// <summary><c>Account</c> + query → <c>AccountQuery</c>; a name that already ends with its kind keeps it once.</summary>
    public static string ClassName(string operationName, string kind)
    {
        var name = CSharpNames.Pascal(operationName);
        return name.EndsWith(kind, StringComparison.Ordinal) ? name : name + kind;
    }

    private static OperationBinding Invalid() => new(null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, IsInvalid: true);

    private void Reset()
    {
        _records.Clear();
        _enums.Clear();
        _unmappedScalars.Clear();
        _typenameInsertions.Clear();
    }

    private List<string> ReachableFragments(GraphQLOperationDefinition operation)
    {
        var result = new List<string>();
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in ValidationContext.CollectSpreads(pending.Pop()))
            {
                var name = spread.FragmentName.Name.StringValue;
                if (!result.Contains(name) && _fragments.Find(name) is { } fragment)
                {
                    result.Add(name);
                    pending.Push(fragment.Node.SelectionSet);
                }
            }
        }

        return result;
    }

    // ---- Variables --------------------------------------------------------------------------------------------

    private EquatableArray<VariableSpec> BindVariables(GraphQLOperationDefinition operation, out SortedSet<string> inputObjects)
    {
        inputObjects = new SortedSet<string>(StringComparer.Ordinal);
        var names = new NameAllocator("VariableValues", "WriteJson", "Variables", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct");
        var parameters = new NameAllocator("cancellationToken");
        var result = new List<VariableSpec>();
        foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            var graphQLName = variable.Variable.Name.StringValue;
            var type = variable.Type.ToTypeReference();
            CollectInputTypes(type.NamedType, inputObjects, new HashSet<string>(StringComparer.Ordinal));
            var property = names.Allocate(CSharpNames.Pascal(graphQLName));
            var parameter = parameters.Allocate(CSharpNames.Camel(graphQLName), "Value");
            var required = type.IsNonNull && variable.DefaultValue is null;
            var csharpType = _values.InputType(type);
            var write = required
                ? $"writer.WritePropertyName({CSharpNames.StringLiteral(graphQLName)}); {_values.Write(type, property)}"
                : $"if ({property}.HasValue) {{ writer.WritePropertyName({CSharpNames.StringLiteral(graphQLName)}); {_values.Write(type, property + ".Value")} }}";
            result.Add(new VariableSpec(
                graphQLName,
                type.ToString(),
                property,
                parameter,
                required ? csharpType : "global::Kraken.Codegen.Runtime.Optional<" + csharpType + ">",
                required,
                write,
                variable.DefaultValue is null ? null : GraphQLValuePrinter.Print(variable.DefaultValue)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>Records the enums and input objects an input type reaches (input objects may nest and recurse).</summary>
    private void CollectInputTypes(string typeName, SortedSet<string> inputObjects, HashSet<string> seen)
    {
        if (!seen.Add(typeName))
        {
            return;
        }

        switch (_schema.GetType(typeName))
        {
            case EnumTypeDefinition:
                _enums.Add(typeName);
                break;
            case InputObjectTypeDefinition input:
                inputObjects.Add(typeName);
                foreach (var field in input.Fields)
                {
                    CollectInputTypes(field.Type.NamedType, inputObjects, seen);
                }

                break;
            case ScalarTypeDefinition scalar when !_scalars.IsKnown(scalar.Name):
                _unmappedScalars.Add(scalar.Name);
                break;
        }
    }

    // ---- Records ----------------------------------------------------------------------------------------------

    /// <summary>Builds the record(s) for a selection on <paramref name="type"/> and returns the C# type to refer to.</summary>
    private string BuildRecord(string desiredName, NamedTypeDefinition type, IReadOnlyList<SelectionSetRef> sets, IReadOnlyList<InterfaceShape> requiredInterfaces, string? description, bool isRoot = false)
    {
        var name = isRoot ? desiredName : _typeNames.Allocate(desiredName, "Selection");
        var fullName = _classFullName + "." + name;
        var position = _records.Count; // parents are listed before the records of their fields
        var caseTypes = type.IsAbstractType ? _collector.FindCaseTypes(type, sets) : new List<ObjectTypeDefinition>();
        if (caseTypes.Count == 0)
        {
            var runtimeTypes = _schema.GetPossibleTypes(type);
            var (fields, fragments) = _collector.Collect(type, sets, runtimeTypes);
            var interfaces = requiredInterfaces.Concat(fragments.Select(_shapes.Get).Where(s => s is not null).Select(s => s!)).Distinct().ToList();
            var scope = new NameAllocator(RecordMembers.Concat(new[] { name }).ToArray());
            var listReaders = new List<ListReaderSpec>();
            var properties = BuildProperties(fields, scope, isRoot ? "Data" : name, fullName, listReaders, interfaces, Array.Empty<PropertySpec>());
            _records.Insert(position, new RecordSpec(
                name, fullName, RecordKind.Sealed, null, type.Name, description, false,
                properties.ToEquatableArray(),
                interfaces.Select(i => i.FullName).ToEquatableArray(),
                ExplicitMembers(interfaces, properties).ToEquatableArray(),
                EquatableArray<RecordSpec>.Empty,
                listReaders.ToEquatableArray()));
            return fullName;
        }

        return BuildFamily(name, fullName, position, type, sets, requiredInterfaces, caseTypes, description);
    }

    private string BuildFamily(string name, string fullName, int position, NamedTypeDefinition type, IReadOnlyList<SelectionSetRef> sets, IReadOnlyList<InterfaceShape> requiredInterfaces, List<ObjectTypeDefinition> caseTypes, string? description)
    {
        var (baseFields, baseFragments) = _collector.Collect(type, sets, _schema.GetPossibleTypes(type));
        if (!baseFields.Any(f => f.ResponseName == "__typename" && !f.AllConditional))
        {
            // Every family reads __typename to pick its case; the document gets it where the selection lacks it.
            foreach (var set in sets)
            {
                _typenameInsertions.Add((set.Document.Source.Path, set.Node.Location.Start + 1));
            }

            baseFields.RemoveAll(f => f.ResponseName == "__typename");
            var typename = new FieldGroup("__typename", BuiltIns.TypenameField(type.Name)) { AllConditional = false };
            baseFields.Insert(0, typename);
        }

        var baseScope = new NameAllocator(RecordMembers.Concat(new[] { name }).ToArray());
        var caseNames = new NameAllocator(RecordMembers.Concat(new[] { name }).ToArray());
        foreach (var field in baseFields)
        {
            caseNames.Reserve(CSharpNames.Pascal(field.ResponseName));
        }

        // A field that some case selects more deeply than the common part cannot have one type for all cases:
        // each case declares it with its own record (the unknown case with the common part's).
        var caseCollections = caseTypes.ToDictionary(t => t.Name, t => _collector.Collect(t, sets, new[] { t }), StringComparer.Ordinal);
        var split = new HashSet<string>(
            baseFields
                .Where(b => b.SubSelections.Count > 0 && caseCollections.Values.Any(c =>
                    c.Fields.FirstOrDefault(f => f.ResponseName == b.ResponseName) is { } group && group.SubSelections.Count > b.SubSelections.Count))
                .Select(b => b.ResponseName),
            StringComparer.Ordinal);
        var sharedFields = baseFields.Where(b => !split.Contains(b.ResponseName)).ToList();

        var allBaseInterfaces = requiredInterfaces.Concat(baseFragments.Select(_shapes.Get).Where(s => s is not null).Select(s => s!)).Distinct().ToList();
        var pushedDown = allBaseInterfaces.Where(i => i.Properties.Any(p => split.Contains(p.ResponseName))).ToList();
        var baseInterfaces = allBaseInterfaces.Except(pushedDown).ToList();
        var baseReaders = new List<ListReaderSpec>();
        var baseProperties = BuildProperties(sharedFields, baseScope, name, fullName, baseReaders, baseInterfaces, Array.Empty<PropertySpec>());

        var cases = new List<RecordSpec>();
        foreach (var caseType in caseTypes.Concat(new ObjectTypeDefinition?[] { null }))
        {
            var caseName = caseNames.Allocate(caseType is null ? "Unknown" : CSharpNames.Pascal(caseType.Name), "Case");
            var caseFullName = fullName + "." + caseName;
            var caseScope = new NameAllocator(RecordMembers.Concat(new[] { caseName, name }).ToArray());
            foreach (var property in baseProperties)
            {
                caseScope.Reserve(property.PropertyName);
            }

            var caseReaders = new List<ListReaderSpec>();
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
                caseInterfaces = caseFragments.Select(_shapes.Get).Where(s => s is not null).Select(s => s!).Concat(pushedDown).Distinct().Except(baseInterfaces).ToList();
            }

            var extra = BuildProperties(extraFields, caseScope, name + caseName, caseFullName, caseReaders, caseInterfaces, baseProperties);
            var caseProperties = baseProperties.Select(p => p with { DeclaredInBase = true }).Concat(extra).ToList();

            cases.Add(new RecordSpec(
                caseName, caseFullName, RecordKind.FamilyCase, fullName, caseType?.Name ?? type.Name, caseType?.Description, caseType is null,
                caseProperties.ToEquatableArray(),
                caseInterfaces.Select(i => i.FullName).ToEquatableArray(),
                ExplicitMembers(caseInterfaces, caseProperties).ToEquatableArray(),
                EquatableArray<RecordSpec>.Empty,
                caseReaders.ToEquatableArray()));
        }

        _records.Insert(position, new RecordSpec(
            name, fullName, RecordKind.AbstractBase, null, type.Name, description, false,
            baseProperties.ToEquatableArray(),
            baseInterfaces.Select(i => i.FullName).ToEquatableArray(),
            ExplicitMembers(baseInterfaces, baseProperties).ToEquatableArray(),
            cases.ToEquatableArray(),
            baseReaders.ToEquatableArray()));
        return fullName;
    }

    private List<PropertySpec> BuildProperties(
        List<FieldGroup> fields,
        NameAllocator scope,
        string pathName,
        string ownerFullName,
        List<ListReaderSpec> listReaders,
        IReadOnlyList<InterfaceShape> interfaces,
        IReadOnlyList<PropertySpec> inherited)
    {
        var properties = new List<PropertySpec>();
        var locals = new NameAllocator("reader", "current", "exception", "items", "index", "typename");
        foreach (var local in inherited)
        {
            locals.Reserve(local.LocalName);
        }

        foreach (var group in fields)
        {
            var definition = group.Definition;
            var propertyName = scope.Allocate(CSharpNames.Pascal(group.ResponseName));
            var fieldType = _schema.GetNamedType(definition.Type);
            if (fieldType is null)
            {
                continue;
            }

            (string ClrType, bool IsValueType, string Read) named;
            if (fieldType.IsCompositeType)
            {
                var nestedInterfaces = interfaces
                    .Select(shape => shape.Nested.TryGetValue(group.ResponseName, out var nested) ? nested : null)
                    .Where(nested => nested is not null)
                    .Select(nested => nested!)
                    .ToList();
                var childName = BuildRecord(pathName == "Data" ? CSharpNames.Pascal(group.ResponseName) : pathName + CSharpNames.Pascal(group.ResponseName), fieldType, group.SubSelections, nestedInterfaces, fieldType.Description);
                named = (childName, false, childName + ".ReadJson(ref reader)");
            }
            else
            {
                named = _values.Leaf(fieldType);
                if (fieldType is EnumTypeDefinition)
                {
                    _enums.Add(fieldType.Name);
                }
                else if (!_scalars.IsKnown(fieldType.Name))
                {
                    _unmappedScalars.Add(fieldType.Name);
                }
            }

            // List readers are members of the record too: named in its scope, they never take the name of a property,
            // of ReadJson (a field aliased "json") or of each other.
            var readerBase = definition.Type.IsList ? scope.Allocate("Read" + propertyName, "List") : "Read" + propertyName;
            var readersBefore = listReaders.Count;
            var value = _values.Output(definition.Type, named, ownerFullName, readerBase, listReaders);
            foreach (var reader in listReaders.Skip(readersBefore))
            {
                scope.Reserve(reader.MethodName);
            }

            var nonNull = value.NonNull && !group.AllConditional;
            properties.Add(new PropertySpec(
                group.ResponseName,
                propertyName,
                nonNull ? value.NonNullType : value.NullableType,
                IsRequired: nonNull,
                DeclaredInBase: false,
                definition.Description,
                definition.Deprecation?.SingleLineReason,
                LocalName: locals.Allocate(LocalName(group.ResponseName), "Value"),
                LocalType: value.NullableType,
                ReadExpression: value.ReadExpression,
                WireNonNull: value.NonNull,
                GraphQLTypeText: definition.Type.ToString()));
        }

        return properties;
    }

    // A keyword (decimal, int, float) cannot be a local; such names get a suffix instead of an @ prefix.
    private static string LocalName(string responseName)
    {
        var camel = CSharpNames.Camel(responseName);
        return camel[0] == '@' ? camel.Substring(1) + "Value" : camel;
    }

    /// <summary>Explicit implementations where a record's property differs in name or type from the fragment interface's member.</summary>
    private static IEnumerable<ExplicitMemberSpec> ExplicitMembers(IReadOnlyList<InterfaceShape> interfaces, IReadOnlyList<PropertySpec> properties)
    {
        foreach (var shape in interfaces)
        {
            foreach (var member in shape.Properties)
            {
                var property = properties.FirstOrDefault(p => p.ResponseName == member.ResponseName);
                if (property is null)
                {
                    continue;
                }

                if (property.PropertyName != member.PropertyName || property.CSharpType != member.CSharpType)
                {
                    yield return new ExplicitMemberSpec(shape.FullName, member.PropertyName, member.CSharpType, "this." + property.PropertyName);
                }
            }
        }
    }

    // ---- Document --------------------------------------------------------------------------------------------

    /// <summary>The text sent to the server: the operation, then each fragment it reaches, with <c>__typename</c> added where families need it.</summary>
    private string AssembleDocument(ExecutableDocument document, GraphQLOperationDefinition operation, List<string> reachable)
    {
        var builder = new StringBuilder();
        builder.Append(Cut(document, operation));
        foreach (var name in reachable)
        {
            var fragment = _fragments.Find(name)!.Value;
            builder.Append("\n\n").Append(Cut(fragment.Document, fragment.Node));
        }

        return builder.ToString();
    }

    private string Cut(ExecutableDocument document, ASTNode definition)
    {
        var start = definition.Location.Start;
        var end = definition.Location.End;
        var text = document.Source.Text;
        var insertions = _typenameInsertions
            .Where(i => i.Path == document.Source.Path && i.Offset > start && i.Offset <= end)
            .Select(i => i.Offset)
            .OrderByDescending(offset => offset)
            .ToList();
        var cut = new StringBuilder(text.Substring(start, end - start));
        foreach (var offset in insertions)
        {
            cut.Insert(offset - start, " __typename");
        }

        return cut.ToString().Replace("\r\n", "\n");
    }

    private static string Sha256(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    // ---- Client --------------------------------------------------------------------------------------------

    private ClientMethodSpec ClientMethod(OperationSpec spec, GraphQLOperationDefinition operation, ObjectTypeDefinition rootType)
    {
        var parameters = spec.Variables
            .OrderBy(v => v.IsRequired ? 0 : 1)
            .Select(v => new ClientParameterSpec(v.ParameterName, v.CSharpType, v.IsRequired ? null : "default"))
            .ToEquatableArray();
        var construct = spec.HasVariables
            ? $"new {_classFullName}(new {_classFullName}.Variables {{ {string.Join(", ", spec.Variables.Select(v => v.PropertyName + " = " + v.ParameterName))} }})"
            : $"new {_classFullName}()";
        var deprecated = operation.SelectionSet.Selections.OfType<GraphQLField>().Any(field => rootType.Fields[field.Name.StringValue]?.Deprecation is not null);
        return new ClientMethodSpec(
            CSharpNames.Pascal(spec.OperationName) + "Async",
            _classFullName,
            _classFullName + ".Data",
            spec.OperationName,
            spec.OperationKind,
            parameters,
            construct,
            deprecated,
            Pagination(spec));
    }

    /// <summary>
    /// A page-by-page method for a query over one Relay connection: variables <c>first: Int</c> and <c>after: String</c>,
    /// a single root field whose selection has <c>pageInfo { hasNextPage endCursor }</c> and <c>edges { node }</c> or <c>nodes</c>.
    /// </summary>
    private PaginationSpec? Pagination(OperationSpec spec)
    {
        var first = spec.Variables.FirstOrDefault(v => v.GraphQLName == "first" && v.GraphQLType == "Int");
        var after = spec.Variables.FirstOrDefault(v => v.GraphQLName == "after" && v.GraphQLType == "String");
        var data = spec.Records.FirstOrDefault(r => r.Name == "Data");
        if (spec.OperationKind != "Query" || first is null || after is null || data is null || data.Properties.Count != 1)
        {
            return null;
        }

        var root = data.Properties[0];
        var connection = RecordOf(spec, root.CSharpType);
        var pageInfo = connection?.Properties.FirstOrDefault(p => p.ResponseName == "pageInfo");
        var pageInfoRecord = pageInfo is null ? null : RecordOf(spec, pageInfo.CSharpType);
        var hasNextPage = pageInfoRecord?.Properties.FirstOrDefault(p => p.ResponseName == "hasNextPage" && p.CSharpType.StartsWith("bool", StringComparison.Ordinal));
        var endCursor = pageInfoRecord?.Properties.FirstOrDefault(p => p.ResponseName == "endCursor" && p.CSharpType.StartsWith("string", StringComparison.Ordinal));
        if (connection is null || pageInfo is null || hasNextPage is null || endCursor is null)
        {
            return null;
        }

        string nodeType;
        string collect;
        var edges = connection.Properties.FirstOrDefault(p => p.ResponseName == "edges");
        var nodes = connection.Properties.FirstOrDefault(p => p.ResponseName == "nodes");
        if (edges is not null && ListElement(edges.CSharpType) is { } edgeType
            && RecordOf(spec, edgeType)?.Properties.FirstOrDefault(p => p.ResponseName == "node") is { } node
            && RecordOf(spec, node.CSharpType) is { } nodeRecord)
        {
            nodeType = nodeRecord.FullName;
            collect = $"global::Kraken.Codegen.Runtime.GraphQLPagination.CollectNodes<{edgeType}, {nodeType}>(connection.{edges.PropertyName}, edge => edge?.{node.PropertyName})";
        }
        else if (nodes is not null && ListElement(nodes.CSharpType) is { } nodesElement && RecordOf(spec, nodesElement) is { } nodesRecord)
        {
            nodeType = nodesRecord.FullName;
            collect = $"global::Kraken.Codegen.Runtime.GraphQLPagination.CollectNodes<{nodeType}>(connection.{nodes.PropertyName})";
            // CollectNodes takes IEnumerable<TNode?>; a list of non-null nodes converts to it as well.
        }
        else
        {
            return null;
        }

        var others = spec.Variables.Where(v => v != first && v != after).ToList();
        var assignments = others.Select(v => v.PropertyName + " = " + v.ParameterName)
            .Concat(new[] { first.PropertyName + " = first", after.PropertyName + " = after" });
        var create = $"(first, after) => new {_classFullName}(new {_classFullName}.Variables {{ {string.Join(", ", assignments)} }})";
        var select = $"data => data.{root.PropertyName} is {{ }} connection ? new global::Kraken.Codegen.Runtime.ConnectionPage<{nodeType}>({collect}, connection.{pageInfo.PropertyName}?.{hasNextPage.PropertyName} == true, connection.{pageInfo.PropertyName}?.{endCursor.PropertyName}) : null";
        var parameters = others.OrderBy(v => v.IsRequired ? 0 : 1)
            .Select(v => new ClientParameterSpec(v.ParameterName, v.CSharpType, v.IsRequired ? null : "default"))
            .ToEquatableArray();
        return new PaginationSpec(CSharpNames.Pascal(spec.OperationName) + "NodesAsync", nodeType, parameters, create, select);
    }

    private static RecordSpec? RecordOf(OperationSpec spec, string csharpType)
    {
        var name = csharpType.TrimEnd('?');
        return spec.Records.FirstOrDefault(r => r.FullName == name);
    }

    private static string? ListElement(string csharpType)
    {
        const string prefix = "global::System.Collections.Generic.IReadOnlyList<";
        var type = csharpType.TrimEnd('?');
        return type.StartsWith(prefix, StringComparison.Ordinal) && type.EndsWith(">", StringComparison.Ordinal)
            ? type.Substring(prefix.Length, type.Length - prefix.Length - 1)
            : null;
    }
}
