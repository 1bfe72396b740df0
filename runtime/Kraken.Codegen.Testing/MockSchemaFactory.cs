using System.Text;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Kraken.Codegen.Testing;

/// <summary>
/// Builds the mock's GraphQL.NET schema from SDL: every object field gets the mock resolver, abstract types resolve to
/// the type the resolver chose, custom scalars pass values through, and deprecated arguments and input fields are
/// introspectable.
/// </summary>
/// <remarks>
/// Kraken's schema declares object types without a field list (<c>type AccountUserType</c>). GraphQL.NET refuses
/// those ("must define one or more fields"), so the mock's copy gets one placeholder field per such type, hidden from
/// introspection. Selecting <c>__typename</c> on them works as on the real API.
/// </remarks>
internal static class MockSchemaFactory
{
    public const string PlaceholderFieldName = "_mockPlaceholder";

    private static readonly HashSet<string> SpecifiedScalars = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public static Schema Create(string sdl, IFieldResolver resolver)
    {
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        var patchedSdl = AddPlaceholderFields(sdl, document);

        var objectFields = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var abstractTypes = new List<string>();
        var scalars = new List<(string Name, string? Description)>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition type:
                    AddFields(objectFields, type.Name.StringValue, type.Fields);
                    break;
                case GraphQLObjectTypeExtension extension:
                    AddFields(objectFields, extension.Name.StringValue, extension.Fields);
                    break;
                case GraphQLInterfaceTypeDefinition type:
                    abstractTypes.Add(type.Name.StringValue);
                    break;
                case GraphQLUnionTypeDefinition type:
                    abstractTypes.Add(type.Name.StringValue);
                    break;
                case GraphQLScalarTypeDefinition scalar when !SpecifiedScalars.Contains(scalar.Name.StringValue):
                    scalars.Add((scalar.Name.StringValue, scalar.Description?.Value.ToString()));
                    break;
            }
        }

        var schema = Schema.For(patchedSdl, builder =>
        {
            // Kraken's published SDL carries its documentation in # comments.
            builder.IgnoreComments = false;
            foreach (var (typeName, fields) in objectFields)
            {
                var typeConfig = builder.Types.For(typeName);
                foreach (var field in fields)
                {
                    typeConfig.FieldFor(field).Resolver = resolver;
                }

                if (fields.Count == 0)
                {
                    typeConfig.FieldFor(PlaceholderFieldName).Resolver = resolver;
                }
            }

            foreach (var abstractType in abstractTypes)
            {
                builder.Types.For(abstractType).ResolveType = value => value is MockObject mock
                    ? mock.Type
                    : throw new InvalidOperationException($"The mock produced a {value?.GetType().Name} for the abstract type {abstractType}.");
            }
        });

        // Names stay exactly as written in SDL (GraphQL.NET camel-cases by default, turning APIKey into aPIKey).
        schema.NameConverter = GraphQL.Conversion.DefaultNameConverter.Instance;
        schema.Features.DeprecationOfInputValues = true;
        schema.Filter = new PlaceholderHidingFilter();
        foreach (var (name, description) in scalars)
        {
            schema.RegisterType(new PassThroughScalarGraphType(name, description));
        }

        schema.Initialize();
        return schema;
    }

    private static void AddFields(Dictionary<string, HashSet<string>> objectFields, string typeName, GraphQLFieldsDefinition? fields)
    {
        if (!objectFields.TryGetValue(typeName, out var names))
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            objectFields.Add(typeName, names);
        }

        foreach (var field in fields?.Items ?? [])
        {
            names.Add(field.Name.StringValue);
        }
    }

    /// <summary>Appends <c>{ _mockPlaceholder: Boolean }</c> to every object, interface or input type that has no fields.</summary>
    private static string AddPlaceholderFields(string sdl, GraphQLDocument document)
    {
        var insertions = new List<int>();
        foreach (var definition in document.Definitions)
        {
            var isFieldless = definition switch
            {
                GraphQLObjectTypeDefinition type => type.Fields is null || type.Fields.Items.Count == 0,
                GraphQLInterfaceTypeDefinition type => type.Fields is null || type.Fields.Items.Count == 0,
                GraphQLInputObjectTypeDefinition type => type.Fields is null || type.Fields.Items.Count == 0,
                _ => false,
            };
            if (isFieldless)
            {
                insertions.Add(definition.Location.End);
            }
        }

        if (insertions.Count == 0)
        {
            return sdl;
        }

        var patched = new StringBuilder(sdl);
        foreach (var position in insertions.OrderByDescending(position => position))
        {
            // An empty "{ }" left in the text (legal in some printers) is replaced rather than followed.
            var end = position;
            var text = sdl.AsSpan(0, end).TrimEnd();
            if (text.EndsWith("{ }") || text.EndsWith("{}"))
            {
                var open = text.LastIndexOf('{');
                patched.Remove(open, end - open);
                end = open;
            }

            patched.Insert(end, $" {{ {PlaceholderFieldName}: Boolean }}");
        }

        return patched.ToString();
    }
}
