using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Fuzz.Corpus;

/// <summary>
/// Variables a server accepts for an operation: a value for every required variable, built from its type (scalars
/// by their usual samples, the first enum value, input objects with their required fields, lists of one).
/// </summary>
public static class SampleVariables
{
    public static JsonObject For(string document, SchemaModel schema)
    {
        var variables = new JsonObject();
        var operation = Parser.Parse(document).Definitions.OfType<GraphQLOperationDefinition>().First();
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            if (definition.Type is GraphQLNonNullType && definition.DefaultValue is null)
            {
                variables[definition.Variable.Name.StringValue] = Value(Reference(definition.Type), schema, depth: 0);
            }
        }

        return variables;
    }

    private static TypeReference Reference(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeReference.NonNull(Reference(nonNull.Type)),
        GraphQLListType list => TypeReference.ListOf(Reference(list.Type)),
        _ => TypeReference.Named(((GraphQLNamedType)type).Name.StringValue),
    };

    private static JsonNode? Value(TypeReference type, SchemaModel schema, int depth)
    {
        if (type.Nullable is ListTypeReference list)
        {
            return new JsonArray(Value(list.OfType, schema, depth + 1));
        }

        return schema.GetType(type.NamedType) switch
        {
            EnumTypeDefinition enumType => JsonValue.Create(enumType.Values.First().Name),
            InputObjectTypeDefinition input when depth < 8 => Object(input, schema, depth),
            _ => type.NamedType switch
            {
                "Int" or "BigInt" or "Long" => JsonValue.Create(1),
                "Float" => JsonValue.Create(1.5),
                "Boolean" => JsonValue.Create(true),
                "DateTime" => JsonValue.Create("2020-01-01T00:00:00.000Z"),
                "Date" => JsonValue.Create("2020-01-01"),
                "Time" => JsonValue.Create("10:00:00"),
                "Decimal" or "FloatSafeDecimal" => JsonValue.Create("1.0"),
                "UUID" => JsonValue.Create("6c8f2a52-5f0d-4a49-8d1f-0a2b9f3c1d4e"),
                "JSON" or "GenericScalar" or "JSONString" => JsonValue.Create("{}"),
                _ => JsonValue.Create("abc123"),
            },
        };
    }

    private static JsonObject Object(InputObjectTypeDefinition input, SchemaModel schema, int depth)
    {
        var value = new JsonObject();
        var fields = input.IsOneOf ? input.Fields.Take(1) : input.Fields.Where(f => f.Type.IsNonNull && f.DefaultValue is null);
        foreach (var field in fields)
        {
            value[field.Name] = Value(field.Type, schema, depth + 1);
        }

        return value;
    }
}
