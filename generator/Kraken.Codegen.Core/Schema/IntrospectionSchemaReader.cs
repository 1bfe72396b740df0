using System.Globalization;
using GraphQLParser.AST;
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

    /// <summary>A required member missing this often (or everywhere) marks a partial export rather than a few slips.</summary>
    private const int PartialResultThreshold = 10;

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
        if (_source.Text.Length > ParseLimits.Schema.MaxCharacters)
        {
            // The same limit as SDL schema files: the JSON tree of a larger file would cost gigabytes.
            _diagnostics.Add(DiagnosticDescriptors.DocumentTooLarge.Create(
                _source.GetLocation(0, 0),
                $"The introspection result has {_source.Text.Length:N0} characters; the limit is {ParseLimits.Schema.MaxCharacters:N0}."));
            return Unreadable();
        }

        if (!JsonReader.TryRead(_source.Text, out var root, out var error))
        {
            Report(error!.Offset, "$", "the file is not valid JSON: " + error.Message);
            return Unreadable();
        }

        var (schema, path) = FindSchema(root!);
        if (schema is null || ReportPartialResult(schema, path))
        {
            return Unreadable();
        }

        var description = String(schema, "description");
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

        var query = RootName(schema, "queryType", path);
        var mutation = RootName(schema, "mutationType", path);
        var subscription = RootName(schema, "subscriptionType", path);
        new SchemaChecker(_types, _diagnostics).Check(query, mutation, subscription, System.Array.Empty<(SourceFile, GraphQLRootOperationTypeDefinition, string)>());
        return new SchemaModel(_types, _directives, query, mutation, subscription, description, _diagnostics.ToArray(), SchemaBuilder.Fingerprint(new[] { _source }));
    }

    /// <summary>
    /// A file that holds no readable schema: the built-in definitions and the one reason, without the follow-up errors
    /// (no query type, unknown types) that would bury it.
    /// </summary>
    private SchemaModel Unreadable() =>
        new(_types, _directives, null, null, null, null, _diagnostics.ToArray(), SchemaBuilder.Fingerprint(new[] { _source }));

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
                : $"unknown type kind {Quote(kind)} for '{name}'; expected SCALAR, OBJECT, INTERFACE, UNION, ENUM or INPUT_OBJECT.");
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
                    if (ReadTypeReference(iface, ifacePath, iface.Offset) is { } reference)
                    {
                        withFields.Interfaces.Add(reference.NamedType);
                    }
                }

                break;
            case UnionTypeDefinition union:
                foreach (var (member, memberPath) in Items(type, "possibleTypes", path))
                {
                    if (ReadTypeReference(member, memberPath, member.Offset) is { } reference && !union.Members.Contains(reference.NamedType))
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

            if (ReadTypeReference(fieldObject["type"], itemPath + ".type", fieldObject.Offset) is not { } fieldType)
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
        if (value is not JsonObject input || Name(input, path) is not { } name || ReadTypeReference(input["type"], path + ".type", input.Offset) is not { } type)
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
            if (GraphQLSyntax.ParseValue(defaultText, out var error) is { } literal)
            {
                definition.DefaultValue = literal;
                definition.DefaultValueText = GraphQLValuePrinter.Print(literal);
            }
            else
            {
                Report(input["defaultValue"]!.Offset, path + ".defaultValue", $"the default value {Quote(defaultText)} is not a GraphQL literal: {error}");
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
                Report(location.Offset, locationPath, $"unknown directive location {(location is JsonString s ? Quote(s.Value) : "value")} for '@{name}'.");
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

    /// <summary>
    /// Reads <c>{"kind": "NON_NULL", "ofType": {"kind": "LIST", …}}</c> chains without recursion; a missing reference is
    /// reported at <paramref name="ownerOffset"/>, the object that lacks it.
    /// </summary>
    private TypeReference? ReadTypeReference(JsonValue? value, string path, int ownerOffset)
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
            Report(current?.Offset ?? value?.Offset ?? ownerOffset, path, "expected a type reference with a 'kind' and a 'name'.");
            return null;
        }

        if (!IsGraphQLName(name))
        {
            Report(current["name"]!.Offset, path + ".name", $"{Quote(name)} is not a GraphQL name (letters, digits and '_', not starting with a digit).");
            return null;
        }

        var reference = TypeReference.Named(name);
        for (var i = wrappers.Count - 1; i >= 0; i--)
        {
            reference = wrappers[i] == "LIST" ? TypeReference.ListOf(reference) : TypeReference.NonNull(reference);
        }

        return reference;
    }

    /// <summary>
    /// Some tools save a partial result: type and field names and descriptions, but no <c>kind</c> on types or no
    /// <c>type</c> on fields and arguments. Such a file cannot describe a schema, and an error per member would bury
    /// the point, so it gets one summary naming what is missing and how to fetch a complete result.
    /// </summary>
    private bool ReportPartialResult(JsonObject schema, string path)
    {
        var tallies = new[]
        {
            new MemberTally("types", "'kind'"),
            new MemberTally("fields", "'type'"),
            new MemberTally("arguments", "'type'"),
            new MemberTally("input fields", "'type'"),
        };
        var (types, fields, arguments, inputFields) = (tallies[0], tallies[1], tallies[2], tallies[3]);
        foreach (var (typeValue, typePath) in Items(schema, "types", path))
        {
            if (typeValue is not JsonObject type)
            {
                continue;
            }

            types.Count(type, typePath, type["kind"] is JsonString);
            foreach (var (fieldValue, fieldPath) in Items(type, "fields", typePath))
            {
                if (fieldValue is JsonObject field)
                {
                    fields.Count(field, fieldPath, field["type"] is JsonObject);
                    foreach (var (argumentValue, argumentPath) in Items(field, "args", fieldPath))
                    {
                        if (argumentValue is JsonObject argument)
                        {
                            arguments.Count(argument, argumentPath, argument["type"] is JsonObject);
                        }
                    }
                }
            }

            foreach (var (inputValue, inputPath) in Items(type, "inputFields", typePath))
            {
                if (inputValue is JsonObject input)
                {
                    inputFields.Count(input, inputPath, input["type"] is JsonObject);
                }
            }
        }

        var partial = tallies.Where(t => t.Missing > 0 && (t.Missing == t.Total || t.Missing >= PartialResultThreshold)).ToList();
        if (partial.Count == 0)
        {
            return false;
        }

        var first = partial.OrderBy(t => t.FirstOffset).First();
        var what = string.Join(", ", partial.Select(t => string.Format(CultureInfo.InvariantCulture, "{0} missing on {1:N0} of {2:N0} {3}", t.Member, t.Missing, t.Total, t.Plural)));
        Report(first.FirstOffset, first.FirstPath!, $"the result is incomplete ({what}). It holds names and descriptions only and cannot describe a schema; fetch a complete result with 'kraken-codegen introspect <url> --format json --output schema.schema.json'.");
        return true;
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
        switch (String(element, "name"))
        {
            case { Length: > 0 } name when IsGraphQLName(name):
                return name;
            case { Length: > 0 } name:
                Report(element["name"]!.Offset, path + ".name", $"{Quote(name)} is not a GraphQL name (letters, digits and '_', not starting with a digit).");
                return null;
            default:
                Report(element.Offset, path + ".name", "expected a non-empty 'name'.");
                return null;
        }
    }

    /// <summary>The specification's Name (§2.1.9): /[_A-Za-z][_0-9A-Za-z]*/. Everything generated from the result relies on it.</summary>
    private static bool IsGraphQLName(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(c is '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') || (i > 0 && c is >= '0' and <= '9')))
            {
                return false;
            }
        }

        return name.Length > 0;
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

    /// <summary>Text from the file, quoted on one line: control characters escaped, long text cut.</summary>
    private static string Quote(string text)
    {
        const int MaxLength = 80;
        return text.Length > MaxLength ? "'" + OneLine.Escape(text.Substring(0, MaxLength)) + "…'" : "'" + OneLine.Escape(text) + "'";
    }

    /// <summary>How often a required member is missing among the objects that need it, and where first.</summary>
    private sealed class MemberTally
    {
        public MemberTally(string plural, string member)
        {
            Plural = plural;
            Member = member;
        }

        public string Plural { get; }

        public string Member { get; }

        public int Total { get; private set; }

        public int Missing { get; private set; }

        public int FirstOffset { get; private set; }

        public string? FirstPath { get; private set; }

        public void Count(JsonObject owner, string path, bool present)
        {
            Total++;
            if (present)
            {
                return;
            }

            if (Missing++ == 0)
            {
                (FirstOffset, FirstPath) = (owner.Offset, path);
            }
        }
    }

    private void Report(int offset, string path, string message)
    {
        var location = _source.GetLocation(offset, Math.Min(offset + 1, _source.Text.Length));
        _diagnostics.Add(DiagnosticDescriptors.InvalidIntrospection.Create(
            location,
            string.Format(CultureInfo.InvariantCulture, "Introspection result at {0} (line {1}, column {2}): {3}", path, location.StartLine + 1, location.StartColumn + 1, message)));
    }
}
