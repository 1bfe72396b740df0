using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using NJsonSchema;

namespace Kraken.Codegen.Testing;

/// <summary>
/// Builds the JSON Schema of an operation's response <c>{"data": …}</c> from the schema and the selection sets:
/// aliases become property names, fragments are inlined where their type condition applies, <c>__typename</c> is an
/// enum of the possible object types, non-null fields are required and non-nullable, lists are arrays, enums are
/// string enums, and an abstract type is a <c>oneOf</c> of one closed shape per possible object type (an
/// <c>anyOf</c> when the shapes carry no <c>__typename</c> to tell them apart).
/// </summary>
internal sealed class ResponseSchemaBuilder
{
    private readonly SchemaModel _schema;
    private readonly ExecutableDocumentSet _documents;

    public ResponseSchemaBuilder(SchemaModel schema, ExecutableDocumentSet documents)
    {
        _schema = schema;
        _documents = documents;
    }

    public JsonSchema Build(GraphQLOperationDefinition operation, string title)
    {
        var root = new JsonSchema
        {
            Title = title,
            Type = JsonObjectType.Object,
            Description = "The response of the operation: data shaped by its selection set, and the GraphQL errors if any.",
        };
        var data = new JsonSchemaProperty();
        if (_schema.GetRootType(operation.Operation) is { } rootType)
        {
            FillComposite(data, rootType, new[] { new Selection(operation.SelectionSet, Conditional: false) }, nullable: true);
        }

        JsonSchemas.AddProperty(root, "data", data, required: false);
        JsonSchemas.AddProperty(root, "errors", ErrorsProperty(), required: false);
        JsonSchemas.AddProperty(root, "extensions", new JsonSchemaProperty { Type = JsonObjectType.Object }, required: false);

        // A response carries data, errors, or both.
        var hasData = new JsonSchema();
        hasData.RequiredProperties.Add("data");
        var hasErrors = new JsonSchema();
        hasErrors.RequiredProperties.Add("errors");
        root.AnyOf.Add(hasData);
        root.AnyOf.Add(hasErrors);
        return root;
    }

    private static JsonSchemaProperty ErrorsProperty()
    {
        var error = new JsonSchema { Type = JsonObjectType.Object };
        JsonSchemas.AddProperty(error, "message", new JsonSchemaProperty { Type = JsonObjectType.String }, required: true);
        return new JsonSchemaProperty { Type = JsonObjectType.Array, Item = error };
    }

    private void FillValue(JsonSchema target, TypeReference type, IReadOnlyList<Selection> selections)
    {
        var nullable = !type.IsNonNull;
        var inner = type.Nullable;
        if (inner is ListTypeReference list)
        {
            target.Type = JsonObjectType.Array | (nullable ? JsonObjectType.Null : JsonObjectType.None);
            var item = new JsonSchema();
            FillValue(item, list.OfType, selections);
            target.Item = item;
            return;
        }

        switch (_schema.GetType(inner.NamedType))
        {
            case ScalarTypeDefinition scalar:
                var scalarSchema = ScalarContracts.Create(scalar.Name);
                target.Type = scalarSchema.Type;
                target.Format = scalarSchema.Format;
                target.Description = scalarSchema.Description;
                break;
            case EnumTypeDefinition enumType:
                JsonSchemas.StringEnum(target, enumType.Values.Select(v => v.Name));
                break;
            case { IsCompositeType: true } composite:
                FillComposite(target, composite, selections, nullable);
                return;
            default:
                return; // Unknown type: the validator reports it; the contract stays permissive.
        }

        if (nullable)
        {
            JsonSchemas.AllowNull(target);
        }
    }

    private void FillComposite(JsonSchema target, NamedTypeDefinition type, IReadOnlyList<Selection> selections, bool nullable)
    {
        var possible = _schema.GetPossibleTypes(type);
        if (type is ObjectTypeDefinition || possible.Count == 0)
        {
            // An object type, or an abstract type the schema gives no implementation: one shape.
            FillShape(target, type, selections);
            if (nullable)
            {
                target.Type |= JsonObjectType.Null;
            }

            return;
        }

        var shapes = possible.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
        {
            var shape = new JsonSchema { Title = p.Name };
            FillShape(shape, p, selections);
            return shape;
        }).ToList();
        var discriminated = shapes.All(s => s.RequiredProperties.Contains("__typename"));
        var branches = discriminated ? target.OneOf : target.AnyOf;
        if (nullable)
        {
            branches.Add(JsonSchemas.Null());
        }

        foreach (var shape in shapes)
        {
            branches.Add(shape);
        }
    }

    /// <summary>The closed object a value of <paramref name="type"/> has for these selections.</summary>
    private void FillShape(JsonSchema target, NamedTypeDefinition type, IReadOnlyList<Selection> selections)
    {
        JsonSchemas.ClosedObject(target);
        var fields = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var selection in selections)
        {
            CollectFields(type, selection.Set, selection.Conditional, fields, order, new HashSet<string>(StringComparer.Ordinal));
        }

        foreach (var responseName in order)
        {
            var group = fields[responseName];
            var property = new JsonSchemaProperty();
            bool required;
            if (group.FieldName == "__typename")
            {
                if (type is ObjectTypeDefinition)
                {
                    JsonSchemas.StringEnum(property, new[] { type.Name });
                }
                else
                {
                    property.Type = JsonObjectType.String;
                }

                required = !group.Conditional;
            }
            else if (_schema.GetField(type, group.FieldName) is { } definition)
            {
                FillValue(property, definition.Type, group.SubSelections);
                required = definition.Type.IsNonNull && !group.Conditional;
            }
            else
            {
                continue; // Not a field of this type: the validator reports it.
            }

            JsonSchemas.AddProperty(target, responseName, property, required);
        }
    }

    private void CollectFields(
        NamedTypeDefinition type,
        GraphQLSelectionSet? selectionSet,
        bool conditional,
        Dictionary<string, FieldGroup> fields,
        List<string> order,
        HashSet<string> fragmentsInPath)
    {
        foreach (var selection in selectionSet.SelectionList())
        {
            switch (selection)
            {
                case GraphQLField field:
                    var responseName = field.ResponseName();
                    var isConditional = conditional || IsConditional(field);
                    if (!fields.TryGetValue(responseName, out var group))
                    {
                        fields[responseName] = group = new FieldGroup(field.Name.StringValue);
                        order.Add(responseName);
                        group.Conditional = isConditional;
                    }
                    else
                    {
                        group.Conditional &= isConditional;
                    }

                    if (field.SelectionSet is not null)
                    {
                        group.SubSelections.Add(new Selection(field.SelectionSet, Conditional: false));
                    }

                    break;
                case GraphQLInlineFragment inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition.Type.Name.StringValue, type))
                    {
                        CollectFields(type, inline.SelectionSet, conditional || IsConditional(inline), fields, order, fragmentsInPath);
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (_documents.GetFragment(name) is { } fragment
                        && Applies(fragment.Node.TypeCondition.Type.Name.StringValue, type)
                        && fragmentsInPath.Add(name))
                    {
                        CollectFields(type, fragment.Node.SelectionSet, conditional || IsConditional(spread), fields, order, fragmentsInPath);
                        fragmentsInPath.Remove(name);
                    }

                    break;
            }
        }
    }

    /// <summary>True when a fragment conditioned on <paramref name="typeCondition"/> applies to values of <paramref name="type"/>.</summary>
    private bool Applies(string typeCondition, NamedTypeDefinition type)
    {
        if (typeCondition == type.Name)
        {
            return true;
        }

        return _schema.GetType(typeCondition) is { IsAbstractType: true } condition && _schema.IsPossibleType(condition, type);
    }

    private static bool IsConditional(IHasDirectivesNode node) =>
        node.DirectiveList().Any(d => d.Name.StringValue is "skip" or "include");

    private readonly record struct Selection(GraphQLSelectionSet Set, bool Conditional);

    private sealed class FieldGroup
    {
        public FieldGroup(string fieldName) => FieldName = fieldName;

        public string FieldName { get; }

        public bool Conditional { get; set; }

        public List<Selection> SubSelections { get; } = new();
    }
}
