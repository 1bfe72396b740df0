using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Kraken.Codegen.Testing;

/// <summary>
/// The one resolver behind every object field: a configured override wins, then a value configured on the parent
/// object, then the field's example (<see cref="MockGraphQLServerOptions.FieldExamples"/>), then the sample value for
/// the field's type.
/// </summary>
internal sealed class MockFieldResolver(MockGraphQLServer server, MockGraphQLServerOptions options) : IFieldResolver
{
    private static readonly HashSet<string> SpecifiedScalars = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var state = (MockRequestState)context.UserContext;
        var fieldName = context.FieldDefinition.Name;
        var coordinate = context.ParentType.Name + "." + fieldName;

        var value = MockValues.NotProvided;
        if (server.TryGetField(coordinate, out var field))
        {
            var arguments = context.Arguments?.ToDictionary(argument => argument.Key, argument => argument.Value.Value)
                ?? new Dictionary<string, object?>();
            var fieldContext = new MockFieldContext(coordinate, arguments, state.Request, context.CancellationToken);
            value = await field.ResolveAsync(fieldContext, state).ConfigureAwait(false);
        }
        else if (context.Source is MockObject { Value: JsonElement { ValueKind: JsonValueKind.Object } parent }
            && parent.TryGetProperty(fieldName, out var configured))
        {
            value = configured;
        }
        else if (options.FieldExamples.TryGetValue(coordinate, out var example))
        {
            value = example;
        }

        return Shape(context.FieldDefinition.ResolvedType!, value, context.Schema);
    }

    private object? Shape(IGraphType type, object value, ISchema schema)
    {
        if (type is NonNullGraphType nonNull)
        {
            return Shape(nonNull.ResolvedType!, value, schema);
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        switch (type)
        {
            case ListGraphType list:
                var itemType = list.ResolvedType!;
                return value switch
                {
                    JsonElement { ValueKind: JsonValueKind.Array } items => items.EnumerateArray().Select(item => Shape(itemType, item, schema)).ToList(),
                    JsonElement single => new List<object?> { Shape(itemType, single, schema) },
                    _ => Enumerable.Range(0, options.ListLength).Select(_ => Shape(itemType, MockValues.NotProvided, schema)).ToList(),
                };
            // Enumeration types derive from ScalarGraphType in GraphQL.NET, so they come first.
            case EnumerationGraphType enumeration:
                return value is JsonElement { ValueKind: JsonValueKind.String } name ? name.GetString() : enumeration.Values.First().Name;
            case ScalarGraphType scalar:
                return ScalarValue(scalar, value);
            case IObjectGraphType objectType:
                return new MockObject(objectType, value);
            case IAbstractGraphType abstractType:
                return new MockObject(ChooseConcreteType(abstractType, value, schema), value);
            default:
                throw new InvalidOperationException($"The mock cannot answer values of type {type}.");
        }
    }

    /// <summary>A configured <c>__typename</c> picks the type; otherwise the first possible type, as the reference examples do.</summary>
    private static IObjectGraphType ChooseConcreteType(IAbstractGraphType abstractType, object value, ISchema schema)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Object } configured
            && configured.TryGetProperty("__typename", out var typeName)
            && typeName.ValueKind == JsonValueKind.String
            && schema.AllTypes[typeName.GetString()!] is IObjectGraphType named)
        {
            return named;
        }

        return abstractType.PossibleTypes.FirstOrDefault()
            ?? throw new InvalidOperationException($"The abstract type {abstractType.Name} has no possible types.");
    }

    private object? ScalarValue(ScalarGraphType scalar, object value)
    {
        var element = value is JsonElement configured ? configured : options.GetScalarSample(scalar.Name);
        if (!SpecifiedScalars.Contains(scalar.Name))
        {
            // Custom scalars are written exactly as configured.
            return element;
        }

        return scalar.Name switch
        {
            "Int" => element.ValueKind == JsonValueKind.Number ? element.GetInt32() : int.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            "Float" => element.ValueKind == JsonValueKind.Number ? element.GetDecimal() : decimal.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            "Boolean" => element.ValueKind == JsonValueKind.True || (element.ValueKind == JsonValueKind.String && bool.Parse(element.GetString()!)),
            _ => element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText(),
        };
    }
}
