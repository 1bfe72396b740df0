using System.Globalization;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Json;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Schema;

/// <summary>
/// Builds a <see cref="SchemaModel"/> from the standard introspection result (<c>{"__schema": …}</c>, with or
/// without the <c>{"data": …}</c> wrapper): types, fields, arguments, input fields, enum values, descriptions,
/// default values (GraphQL literals), deprecations, <c>specifiedByURL</c>, <c>isOneOf</c>, and directives with their
/// locations and <c>isRepeatable</c>. Problems become KGQL0107 diagnostics naming the JSON path, never exceptions.
/// </summary>
public sealed class IntrospectionSchemaReader
{
    /// <summary>Type references deeper than this (list of list of …) are refused: real schemas stay below ten.</summary>
    private const int MaxTypeReferenceDepth = 32;

    private readonly SourceFile _source;
    private readonly List<GraphQLDiagnostic> _diagnostics = new();
    private readonly Dictionary<string, NamedTypeDefinition> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;

    private IntrospectionSchemaReader(SourceFile source)
    {
        _source = source;
        (_types, _directives) = SchemaBuilder.CreateBuiltInTables();
    }

    public static SchemaModel Read(SourceFile json, CancellationToken cancellationToken = default) =>
        new IntrospectionSchemaReader(json).ReadSchema(cancellationToken);

    private SchemaModel ReadSchema(CancellationToken cancellationToken)
    {
        string? query = null, mutation = null, subscription = null, description = null;
        if (!JsonReader.TryRead(_source.Text, out var root, out var error))
        {
            Report(error!.Offset, "$", "the file is not valid JSON: " + error.Message);
        }
        else if (FindSchema(root!) is var (schema, path) && schema is not null)
        {
            description = String(schema, "description");
            var types = Array(schema, "types", path);
            for (var i = 0; i < (types?.Items.Count ?? 0); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddType(types!.Items[i], $"{path}.types[{i}]");
            }

            var directives = schema["directives"] as JsonArray;
            for (var i = 0; i < (directives?.Items.Count ?? 0); i++)
            {
                AddDirective(directives!.Items[i], $"{path}.directives[{i}]");
            }

            query = RootName(schema, "queryType", path);
            mutation = RootName(schema, "mutationType", path);
            subscription = RootName(schema, "subscriptionType", path);
        }

        new SchemaChecker(_types, _diagnostics).Check(query, mutation, subscription, System.Array.Empty<(SourceFile, GraphQLRootOperationTypeDefinition, string)>());
        return new SchemaModel(_types, _directives, query, mutation, subscription, description, _diagnostics.ToArray(), SchemaBuilder.Fingerprint(new[] { _source }));
    }

    private (JsonObject? Schema, string Path) FindSchema(JsonValue root)
    {
        var path = "$";
        var container = root as JsonObject;
        if (container?["data"] is JsonObject data)
        {
            container = data;
            path = "$.data";
        }

        if (container?["__schema"] is JsonObject schema)
        {
            return (schema, path + ".__schema");
        }

        var errors = (root as JsonObject)?["errors"] is JsonArray { Items.Count: > 0 } list && list.Items[0] is JsonObject first && first["message"] is JsonString message
            ? $" The result carries an error instead: {message.Value}"
            : string.Empty;
        Report(container?.Offset ?? root.Offset, path, "no '__schema' object: expected an introspection result such as {\"data\": {\"__schema\": …}}." + errors);
        return (null, path);
    }

    private void AddType(JsonValue value, string path)
    {
        if (value is not JsonObject type || Name(type, path) is not { } name)
        {
            if (value is not JsonObject)
            {
                Report(value.Offset, path, "expected a type object.");
            }

            return;
        }

        var kind = String(type, "kind");
        if (_types.TryGetValue(name, out var existing))
        {
            // Results repeat the specified scalars and the introspection types; the built-in definitions stay.
            if (!existing.IsBuiltIn)
            {
                Report(type.Offset, path, $"the type '{name}' appears more than once.");
            }

            return;
        }

        NamedTypeDefinition? definition = kind switch
        {
            "SCALAR" => new ScalarTypeDefinition(name) { SpecifiedByUrl = String(type, "specifiedByURL") ?? String(type, "specifiedByUrl") },
            "OBJECT" => new ObjectTypeDefinition(name),
            "INTERFACE" => new InterfaceTypeDefinition(name),
            "UNION" => new UnionTypeDefinition(name),
            "ENUM" => new EnumTypeDefinition(name),
            "INPUT_OBJECT" => new InputObjectTypeDefinition(name) { IsOneOf = type["isOneOf"] is JsonBoolean { Value: true } },
            _ => null,
        };
        if (definition is null)
        {
            Report(type["kind"]?.Offset ?? type.Offset, path + ".kind", kind is null
                ? $"the type '{name}' has no kind."
                : $"unknown type kind '{kind}' for '{name}'; expected SCALAR, OBJECT, INTERFACE, UNION, ENUM or INPUT_OBJECT.");
            return;
        }

        definition.Description = String(type, "description");
        definition.IsBuiltIn = BuiltIns.IsIntrospectionName(name);
        _types.Add(name, definition);
        switch (definition)
        {
            case FieldsTypeDefinition withFields:
                ReadFields(type, withFields, path);
                foreach (var (iface, ifacePath) in Items(type, "interfaces", path))
                {
                    if (ReadTypeReference(iface, ifacePath) is { } reference)
                    {
                        withFields.Interfaces.Add(reference.NamedType);
                    }
                }

                break;
            case UnionTypeDefinition union:
                foreach (var (member, memberPath) in Items(type, "possibleTypes", path))
                {
                    if (ReadTypeReference(member, memberPath) is { } reference && !union.Members.Contains(reference.NamedType))
                    {
                        union.Members.Add(reference.NamedType);
                    }
                }

                break;
            case EnumTypeDefinition enumType:
                foreach (var (item, itemPath) in Items(type, "enumValues", path))
                {
                    if (item is JsonObject enumValue && Name(enumValue, itemPath) is { } valueName)
                    {
                        enumType.Values.TryAdd(new EnumValueDefinition(valueName, name)
                        {
                            Description = String(enumValue, "description"),
                            Deprecation = ReadDeprecation(enumValue),
                        });
                    }
                }

                break;
            case InputObjectTypeDefinition inputType:
                foreach (var (item, itemPath) in Items(type, "inputFields", path))
                {
                    if (ReadInputValue(item, itemPath, n => $"{name}.{n}") is { } field)
                    {
                        inputType.Fields.TryAdd(field);
                    }
                }

                break;
        }
    }

    private void ReadFields(JsonObject type, FieldsTypeDefinition owner, string path)
    {
        foreach (var (item, itemPath) in Items(type, "fields", path))
        {
            if (item is not JsonObject fieldObject || Name(fieldObject, itemPath) is not { } fieldName)
            {
                continue;
            }

            if (ReadTypeReference(fieldObject["type"], itemPath + ".type") is not { } fieldType)
            {
                continue;
            }

            var field = new FieldDefinition(fieldName, fieldType, owner.Name)
            {
                Description = String(fieldObject, "description"),
                Deprecation = ReadDeprecation(fieldObject),
            };
            foreach (var (argument, argumentPath) in Items(fieldObject, "args", itemPath))
            {
                if (ReadInputValue(argument, argumentPath, n => $"{owner.Name}.{fieldName}({n}:)") is { } definition)
                {
                    field.Arguments.TryAdd(definition);
                }
            }

            owner.Fields.TryAdd(field);
        }
    }

    private InputValueDefinition? ReadInputValue(JsonValue value, string path, Func<string, string> coordinate)
    {
        if (value is not JsonObject input || Name(input, path) is not { } name || ReadTypeReference(input["type"], path + ".type") is not { } type)
        {
            return null;
        }

        var definition = new InputValueDefinition(name, type, coordinate(name))
        {
            Description = String(input, "description"),
            Deprecation = ReadDeprecation(input),
        };
        if (String(input, "defaultValue") is { } defaultText)
        {
            try
            {
                var literal = Parser.Parse<GraphQLValue>(defaultText, new ParserOptions { Ignore = IgnoreOptions.All, MaxDepth = 64 });
                definition.DefaultValue = literal;
                definition.DefaultValueText = GraphQLValuePrinter.Print(literal);
            }
            catch (GraphQLParserException exception)
            {
                Report(input["defaultValue"]!.Offset, path + ".defaultValue", $"the default value '{defaultText}' is not a GraphQL literal: {exception.Description}");
            }
        }

        return definition;
    }

    private void AddDirective(JsonValue value, string path)
    {
        if (value is not JsonObject directiveObject || Name(directiveObject, path) is not { } name || _directives.ContainsKey(name))
        {
            return; // Built-in directives keep their built-in definitions.
        }

        var directive = new DirectiveDefinition(name)
        {
            Description = String(directiveObject, "description"),
            IsRepeatable = directiveObject["isRepeatable"] is JsonBoolean { Value: true },
        };
        foreach (var (location, locationPath) in Items(directiveObject, "locations", path))
        {
            if (location is JsonString text && TryParseLocation(text.Value, out var parsed))
            {
                directive.Locations.Add(parsed);
            }
            else
            {
                Report(location.Offset, locationPath, $"unknown directive location {(location is JsonString s ? "'" + s.Value + "'" : "value")} for '@{name}'.");
            }
        }

        foreach (var (argument, argumentPath) in Items(directiveObject, "args", path))
        {
            if (ReadInputValue(argument, argumentPath, n => $"@{name}({n}:)") is { } definition)
            {
                directive.Arguments.TryAdd(definition);
            }
        }

        _directives.Add(name, directive);
    }

    /// <summary>Reads <c>{"kind": "NON_NULL", "ofType": {"kind": "LIST", …}}</c> chains without recursion.</summary>
    private TypeReference? ReadTypeReference(JsonValue? value, string path)
    {
        var wrappers = new List<string>();
        var current = value as JsonObject;
        while (current is not null && String(current, "kind") is "NON_NULL" or "LIST")
        {
            if (wrappers.Count >= MaxTypeReferenceDepth)
            {
                Report(current.Offset, path, $"the type reference is wrapped more than {MaxTypeReferenceDepth} times.");
                return null;
            }

            wrappers.Add(String(current, "kind")!);
            path += ".ofType";
            current = current["ofType"] as JsonObject;
        }

        if (current is null || String(current, "name") is not { } name)
        {
            Report(current?.Offset ?? value?.Offset ?? 0, path, "expected a type reference with a 'kind' and a 'name'.");
            return null;
        }

        var reference = TypeReference.Named(name);
        for (var i = wrappers.Count - 1; i >= 0; i--)
        {
            reference = wrappers[i] == "LIST" ? TypeReference.ListOf(reference) : TypeReference.NonNull(reference);
        }

        return reference;
    }

    private string? RootName(JsonObject schema, string member, string path)
    {
        if (schema[member] is not JsonObject root)
        {
            return null;
        }

        var name = String(root, "name");
        if (name is null)
        {
            Report(root.Offset, $"{path}.{member}", "expected the root type's 'name'.");
        }

        return name;
    }

    private string? Name(JsonObject element, string path)
    {
        if (String(element, "name") is { Length: > 0 } name)
        {
            return name;
        }

        Report(element.Offset, path + ".name", "expected a non-empty 'name'.");
        return null;
    }

    private JsonArray? Array(JsonObject parent, string member, string path)
    {
        if (parent[member] is JsonArray array)
        {
            return array;
        }

        Report(parent[member]?.Offset ?? parent.Offset, $"{path}.{member}", $"expected an array '{member}'.");
        return null;
    }

    /// <summary>The items of an optional array member with their paths (absent or null means none).</summary>
    private static IEnumerable<(JsonValue Item, string Path)> Items(JsonObject parent, string member, string path) =>
        parent[member] is JsonArray array
            ? array.Items.Select((item, index) => (item, $"{path}.{member}[{index}]"))
            : Enumerable.Empty<(JsonValue, string)>();

    private static string? String(JsonObject parent, string member) => parent[member] is JsonString text ? text.Value : null;

    private static Deprecation? ReadDeprecation(JsonObject element) =>
        element["isDeprecated"] is JsonBoolean { Value: true } ? new Deprecation(String(element, "deprecationReason")) : null;

    private static bool TryParseLocation(string text, out DirectiveLocation location)
    {
        // QUERY → Query, FRAGMENT_SPREAD → FragmentSpread.
        var pascal = string.Concat(text.Split('_').Select(part => part.Length == 0 ? part : part.Substring(0, 1) + part.Substring(1).ToLowerInvariant()));
        return Enum.TryParse(pascal, ignoreCase: false, out location) && Enum.IsDefined(typeof(DirectiveLocation), location);
    }

    private void Report(int offset, string path, string message)
    {
        var location = _source.GetLocation(offset, Math.Min(offset + 1, _source.Text.Length));
        _diagnostics.Add(DiagnosticDescriptors.InvalidIntrospection.Create(
            location,
            string.Format(CultureInfo.InvariantCulture, "Introspection result at {0} (line {1}, column {2}): {3}", path, location.StartLine + 1, location.StartColumn + 1, message)));
    }
}
