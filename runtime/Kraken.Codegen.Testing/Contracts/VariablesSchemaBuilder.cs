using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using NJsonSchema;

namespace Kraken.Codegen.Testing;

/// <summary>
/// Builds the JSON Schema of an operation's variables: one property per variable, required when non-null without a
/// default; input objects as closed objects in <c>definitions</c> (so recursive inputs stay finite), required fields
/// for non-null fields without default, <c>@oneOf</c> inputs with exactly one property; a list also accepts a single
/// item, as GraphQL input coercion does.
/// </summary>
internal sealed class VariablesSchemaBuilder
{
    private readonly SchemaModel _schema;
    private JsonSchema _root = new();

    public VariablesSchemaBuilder(SchemaModel schema) => _schema = schema;

    public JsonSchema Build(GraphQLOperationDefinition operation, string title)
    {
        _root = new JsonSchema { Title = title, Description = "The variables of the operation." };
        JsonSchemas.ClosedObject(_root);
        foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            var type = variable.Type.ToTypeReference();
            var property = new JsonSchemaProperty();
            FillInput(property, type);
            JsonSchemas.AddProperty(_root, variable.Variable.Name.StringValue, property, required: type.IsNonNull && variable.DefaultValue is null);
        }

        return _root;
    }

    private void FillInput(JsonSchema target, TypeReference type)
    {
        var nullable = !type.IsNonNull;
        var inner = type.Nullable;
        if (inner is ListTypeReference list)
        {
            var item = new JsonSchema();
            FillInput(item, list.OfType);
            if (nullable)
            {
                target.AnyOf.Add(JsonSchemas.Null());
            }

            target.AnyOf.Add(new JsonSchema { Type = JsonObjectType.Array, Item = item });
            target.AnyOf.Add(item);
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
            case InputObjectTypeDefinition input:
                var definition = Definition(input);
                if (nullable)
                {
                    target.AnyOf.Add(JsonSchemas.Null());
                    target.AnyOf.Add(new JsonSchema { Reference = definition });
                }
                else
                {
                    target.Reference = definition;
                }

                return;
            default:
                return;
        }

        if (nullable)
        {
            JsonSchemas.AllowNull(target);
        }
    }

    private JsonSchema Definition(InputObjectTypeDefinition input)
    {
        if (_root.Definitions.TryGetValue(input.Name, out var existing))
        {
            return existing;
        }

        var definition = new JsonSchema { Title = input.Name };
        JsonSchemas.ClosedObject(definition);
        _root.Definitions[input.Name] = definition;
        foreach (var field in input.Fields)
        {
            var property = new JsonSchemaProperty();
            // A @oneOf input takes exactly one field, never null.
            FillInput(property, input.IsOneOf ? TypeReference.NonNull(field.Type) : field.Type);
            JsonSchemas.AddProperty(definition, field.Name, property, required: !input.IsOneOf && field.IsRequired);
        }

        if (input.IsOneOf)
        {
            definition.MinProperties = 1;
            definition.MaxProperties = 1;
        }

        return definition;
    }
}
