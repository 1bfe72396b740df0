using GraphQLParser;
using GraphQLParser.AST;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>The imported SDL reduced to what the comparison needs: each object field's named type, unions and scalars.</summary>
internal sealed class SchemaIndex
{
    private readonly Dictionary<string, Dictionary<string, string>> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scalars = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };
    private readonly HashSet<string> _unions = new(StringComparer.Ordinal);

    private SchemaIndex(string sdl)
    {
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition type:
                    _fields[type.Name.StringValue] = (type.Fields?.Items ?? [])
                        .ToDictionary(field => field.Name.StringValue, field => NamedType(field.Type), StringComparer.Ordinal);
                    break;
                case GraphQLScalarTypeDefinition scalar:
                    _scalars.Add(scalar.Name.StringValue);
                    break;
                case GraphQLUnionTypeDefinition union:
                    _unions.Add(union.Name.StringValue);
                    break;
            }
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SchemaIndex> Loaded = new(StringComparer.Ordinal);

    public static SchemaIndex Load(string folder) => Loaded.GetOrAdd(folder, name => new SchemaIndex(File.ReadAllText(TestFiles.SchemaPath(name))));

    public string? FieldType(string typeName, string fieldName) =>
        _fields.TryGetValue(typeName, out var fields) && fields.TryGetValue(fieldName, out var type) ? type : null;

    public bool IsScalar(string typeName) => _scalars.Contains(typeName);

    public bool IsUnion(string typeName) => _unions.Contains(typeName);

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNamedType named => named.Name.StringValue,
        GraphQLListType list => NamedType(list.Type),
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        _ => throw new InvalidOperationException("unknown type node"),
    };
}
