using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Schema;

/// <summary>
/// Builds a <see cref="SchemaModel"/> from SDL in one or more files: type definitions, extensions, directive
/// definitions, the schema definition, descriptions and deprecations. Problems become located diagnostics;
/// the builder never throws for bad input.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly Dictionary<string, NamedTypeDefinition> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<GraphQLDiagnostic> _diagnostics = new();
    private readonly List<(SourceFile Source, GraphQLTypeExtension Extension)> _extensions = new();
    private readonly List<(SourceFile Source, GraphQLRootOperationTypeDefinition Node, string Name)> _rootSites = new();
    private string? _queryType;
    private string? _mutationType;
    private string? _subscriptionType;
    private bool _hasSchemaDefinition;
    private string? _description;

    private SchemaBuilder()
    {
    }

    /// <summary>Builds a schema from SDL sources (order does not matter; extensions may precede their types).</summary>
    public static SchemaModel Build(IEnumerable<SourceFile> sources, CancellationToken cancellationToken = default)
    {
        var builder = new SchemaBuilder();
        var sourceList = sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        builder.AddSource(new SourceFile("<built-in>", BuiltIns.Sdl), isBuiltIn: true, cancellationToken);
        foreach (var source in sourceList)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddSource(source, isBuiltIn: false, cancellationToken);
        }

        return builder.Complete(Fingerprint(sourceList));
    }

    public static SchemaModel Build(params SourceFile[] sources) => Build((IEnumerable<SourceFile>)sources);

    /// <summary>Fresh tables holding only the built-in definitions, for readers that build a schema from another format.</summary>
    internal static (Dictionary<string, NamedTypeDefinition> Types, Dictionary<string, DirectiveDefinition> Directives) CreateBuiltInTables()
    {
        var builder = new SchemaBuilder();
        builder.AddSource(new SourceFile("<built-in>", BuiltIns.Sdl), isBuiltIn: true, CancellationToken.None);
        return (builder._types, builder._directives);
    }

    /// <summary>A stable hash of the given sources' paths and texts.</summary>
    public static string Fingerprint(IEnumerable<SourceFile> sources)
    {
        // Hashed in chunks: schema files are large, and one big string plus its UTF-8 copy would land on the
        // large object heap on every load.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(ChunkLength)];
        var chars = new char[ChunkLength];
        foreach (var source in sources)
        {
            Append(source.Path + "\0");
            Append(source.Text);
            Append("\0");
        }

        return string.Concat(hash.GetHashAndReset().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

        void Append(string text)
        {
            for (var offset = 0; offset < text.Length; offset += ChunkLength)
            {
                var length = Math.Min(ChunkLength, text.Length - offset);
                text.CopyTo(offset, chars, 0, length);
                var count = encoder.GetBytes(chars, 0, length, bytes, 0, flush: false);
                hash.AppendData(bytes, 0, count);
            }
        }
    }

    private const int ChunkLength = 8192;

    private void AddSource(SourceFile source, bool isBuiltIn, CancellationToken cancellationToken)
    {
        var document = GraphQLSyntax.Parse(source, ParseLimits.Schema, _diagnostics, cancellationToken);
        if (document is null)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schemaDefinition:
                    AddSchemaDefinition(source, schemaDefinition);
                    break;
                case GraphQLSchemaExtension schemaExtension:
                    AddRootTypes(source, schemaExtension.OperationTypes);
                    break;
                case GraphQLTypeExtension extension:
                    _extensions.Add((source, extension));
                    break;
                case GraphQLDirectiveDefinition directiveDefinition:
                    AddDirective(source, directiveDefinition, isBuiltIn);
                    break;
                case GraphQLTypeDefinition typeDefinition:
                    AddType(source, typeDefinition, isBuiltIn);
                    break;
                case GraphQLOperationDefinition or GraphQLFragmentDefinition:
                    _diagnostics.Add(DiagnosticDescriptors.ExecutableDefinitionInSchema.Create(
                        GraphQLSyntax.LocationOf(source, definition),
                        "A schema file may contain only type system definitions; move operations and fragments to a .graphql operation file."));
                    break;
            }
        }
    }

    private void AddSchemaDefinition(SourceFile source, GraphQLSchemaDefinition definition)
    {
        if (_hasSchemaDefinition)
        {
            _diagnostics.Add(DiagnosticDescriptors.DuplicateSchemaDefinition.Create(
                GraphQLSyntax.LocationOf(source, definition), "The schema definition appears more than once; use 'extend schema' to add root types."));
            return;
        }

        _hasSchemaDefinition = true;
        _description = definition.Description?.Value.ToString();
        AddRootTypes(source, definition.OperationTypes);
    }

    private void AddRootTypes(SourceFile source, IEnumerable<GraphQLRootOperationTypeDefinition>? roots)
    {
        foreach (var root in roots ?? Enumerable.Empty<GraphQLRootOperationTypeDefinition>())
        {
            var name = root.Type!.Name.StringValue;
            var existing = root.Operation switch
            {
                OperationType.Query => _queryType,
                OperationType.Mutation => _mutationType,
                _ => _subscriptionType,
            };
            if (existing is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.DuplicateSchemaDefinition.Create(
                    GraphQLSyntax.LocationOf(source, root), $"The {root.Operation.ToString().ToLowerInvariant()} root type is defined twice."));
                continue;
            }

            switch (root.Operation)
            {
                case OperationType.Query: _queryType = name; break;
                case OperationType.Mutation: _mutationType = name; break;
                default: _subscriptionType = name; break;
            }

            _rootSites.Add((source, root, name));
        }
    }

    private void AddType(SourceFile source, GraphQLTypeDefinition definition, bool isBuiltIn)
    {
        var name = definition.Name.StringValue;
        if (_types.TryGetValue(name, out var existing))
        {
            // Some schema dumps redeclare the built-in scalars; that is harmless.
            if (existing.IsBuiltIn && definition is GraphQLScalarTypeDefinition)
            {
                return;
            }

            _diagnostics.Add(DiagnosticDescriptors.DuplicateSchemaDefinition.Create(
                GraphQLSyntax.LocationOf(source, definition.Name), $"The type '{name}' is defined more than once; use 'extend type' to add to it."));
            return;
        }

        NamedTypeDefinition type = definition switch
        {
            GraphQLScalarTypeDefinition => new ScalarTypeDefinition(name),
            GraphQLObjectTypeDefinition => new ObjectTypeDefinition(name),
            GraphQLInterfaceTypeDefinition => new InterfaceTypeDefinition(name),
            GraphQLUnionTypeDefinition => new UnionTypeDefinition(name),
            GraphQLEnumTypeDefinition => new EnumTypeDefinition(name),
            GraphQLInputObjectTypeDefinition => new InputObjectTypeDefinition(name),
            _ => throw new InvalidOperationException("Unknown type definition " + definition.Kind),
        };
        type.IsBuiltIn = isBuiltIn || BuiltIns.IsIntrospectionName(name);
        type.Description = definition.Description?.Value.ToString();
        type.Location = GraphQLSyntax.LocationOf(source, definition.Name);
        _types.Add(name, type);
        ApplyMembers(source, type, definition);
    }

    /// <summary>Adds the fields, values, members, interfaces and directives of a definition or an extension.</summary>
    private void ApplyMembers(SourceFile source, NamedTypeDefinition type, ASTNode node)
    {
        if (node is IHasDirectivesNode withDirectives)
        {
            foreach (var directive in withDirectives.DirectiveList())
            {
                var applied = new AppliedDirective(
                    directive.Name.StringValue,
                    directive.ArgumentList().Select(a => (a.Name.StringValue, a.Value)).ToList());
                type.Directives.Add(applied);
                if (type is ScalarTypeDefinition scalar && applied.Name == "specifiedBy" && directive.FindArgument("url")?.Value is GraphQLStringValue url)
                {
                    scalar.SpecifiedByUrl = url.Value.ToString();
                }

                if (type is InputObjectTypeDefinition input && applied.Name == "oneOf")
                {
                    input.IsOneOf = true;
                }
            }
        }

        switch (type)
        {
            case FieldsTypeDefinition withFields:
                if (node is IHasInterfacesNode withInterfaces && withInterfaces.Interfaces is { } interfaces)
                {
                    foreach (var iface in interfaces.Items)
                    {
                        AddUnique(source, withFields.Interfaces, iface.Name.StringValue, iface, $"'{type.Name}' implements '{iface.Name.StringValue}' twice.");
                    }
                }

                if (node is IHasFieldsDefinitionNode withFieldDefinitions && withFieldDefinitions.Fields is { } fields)
                {
                    foreach (var field in fields.Items)
                    {
                        AddField(source, withFields, field);
                    }
                }

                break;
            case UnionTypeDefinition union:
                var members = node switch
                {
                    GraphQLUnionTypeDefinition definition => definition.Types,
                    GraphQLUnionTypeExtension extension => extension.Types,
                    _ => null,
                };
                foreach (var member in members?.Items ?? new List<GraphQLNamedType>())
                {
                    AddUnique(source, union.Members, member.Name.StringValue, member, $"'{member.Name.StringValue}' is a member of union '{union.Name}' twice.");
                }

                break;
            case EnumTypeDefinition enumType:
                var values = node switch
                {
                    GraphQLEnumTypeDefinition definition => definition.Values,
                    GraphQLEnumTypeExtension extension => extension.Values,
                    _ => null,
                };
                foreach (var value in values?.Items ?? new List<GraphQLEnumValueDefinition>())
                {
                    var enumValue = new EnumValueDefinition(value.Name.StringValue, enumType.Name)
                    {
                        Description = value.Description?.Value.ToString(),
                        Location = GraphQLSyntax.LocationOf(source, value.Name),
                        Deprecation = ReadDeprecation(value),
                    };
                    if (!enumType.Values.TryAdd(enumValue))
                    {
                        Duplicate(source, value.Name, $"The enum value '{enumType.Name}.{enumValue.Name}' is defined more than once.");
                    }
                }

                break;
            case InputObjectTypeDefinition inputType:
                var inputFields = node switch
                {
                    GraphQLInputObjectTypeDefinition definition => definition.Fields,
                    GraphQLInputObjectTypeExtension extension => extension.Fields,
                    _ => null,
                };
                foreach (var field in inputFields?.Items ?? new List<GraphQLInputValueDefinition>())
                {
                    var inputField = CreateInputValue(source, field, inputType.Name + "." + field.Name.StringValue);
                    if (!inputType.Fields.TryAdd(inputField))
                    {
                        Duplicate(source, field.Name, $"The input field '{inputType.Name}.{inputField.Name}' is defined more than once.");
                    }
                }

                break;
        }
    }

    private void AddField(SourceFile source, FieldsTypeDefinition type, GraphQLFieldDefinition node)
    {
        var field = new FieldDefinition(node.Name.StringValue, node.Type.ToTypeReference(), type.Name)
        {
            Description = node.Description?.Value.ToString(),
            Location = GraphQLSyntax.LocationOf(source, node.Name),
            Deprecation = ReadDeprecation(node),
        };
        foreach (var argument in node.Arguments?.Items ?? new List<GraphQLInputValueDefinition>())
        {
            var definition = CreateInputValue(source, argument, $"{type.Name}.{field.Name}({argument.Name.StringValue}:)");
            if (!field.Arguments.TryAdd(definition))
            {
                Duplicate(source, argument.Name, $"The argument '{definition.Coordinate}' is defined more than once.");
            }
        }

        if (!type.Fields.TryAdd(field))
        {
            // Published schemas occasionally repeat a field verbatim (GitHub's does); that is tolerated with a warning.
            var first = type.Fields[field.Name]!;
            if (first.Type.Equals(field.Type) && SameArguments(first, field))
            {
                _diagnostics.Add(DiagnosticDescriptors.IdenticalDuplicateField.Create(
                    GraphQLSyntax.LocationOf(source, node.Name), $"The field '{type.Name}.{field.Name}' is defined twice with the same type and arguments; the first definition is used."));
            }
            else
            {
                Duplicate(source, node.Name, $"The field '{type.Name}.{field.Name}' is defined more than once.");
            }
        }
    }

    private static bool SameArguments(FieldDefinition a, FieldDefinition b) =>
        a.Arguments.Count == b.Arguments.Count
        && a.Arguments.All(argument => b.Arguments[argument.Name] is { } other && other.Type.Equals(argument.Type) && other.DefaultValueText == argument.DefaultValueText);

    private static InputValueDefinition CreateInputValue(SourceFile source, GraphQLInputValueDefinition node, string coordinate) =>
        new(node.Name.StringValue, node.Type.ToTypeReference(), coordinate)
        {
            Description = node.Description?.Value.ToString(),
            Location = GraphQLSyntax.LocationOf(source, node.Name),
            DefaultValue = node.DefaultValue,
            DefaultValueText = node.DefaultValue is null ? null : GraphQLValuePrinter.Print(node.DefaultValue),
            Deprecation = ReadDeprecation(node),
        };

    private static Deprecation? ReadDeprecation(IHasDirectivesNode node)
    {
        var directive = node.DirectiveList().FirstOrDefault(d => d.Name.StringValue == "deprecated");
        if (directive is null)
        {
            return null;
        }

        return new Deprecation(directive.FindArgument("reason")?.Value is GraphQLStringValue reason ? reason.Value.ToString() : null);
    }

    private void AddDirective(SourceFile source, GraphQLDirectiveDefinition node, bool isBuiltIn)
    {
        var name = node.Name.StringValue;
        if (_directives.TryGetValue(name, out var existing))
        {
            if (!existing.IsBuiltIn)
            {
                Duplicate(source, node.Name, $"The directive '@{name}' is defined more than once.");
            }

            // Schema dumps often redeclare @deprecated and friends; the built-in definition stays.
            return;
        }

        var directive = new DirectiveDefinition(name)
        {
            Description = node.Description?.Value.ToString(),
            Location = GraphQLSyntax.LocationOf(source, node.Name),
            IsRepeatable = node.Repeatable,
            IsBuiltIn = isBuiltIn,
        };
        directive.Locations.AddRange(node.Locations.Items);
        foreach (var argument in node.Arguments?.Items ?? new List<GraphQLInputValueDefinition>())
        {
            var definition = CreateInputValue(source, argument, $"@{name}({argument.Name.StringValue}:)");
            if (!directive.Arguments.TryAdd(definition))
            {
                Duplicate(source, argument.Name, $"The argument '{definition.Coordinate}' is defined more than once.");
            }
        }

        _directives.Add(name, directive);
    }

    private SchemaModel Complete(string fingerprint)
    {
        foreach (var (source, extension) in _extensions)
        {
            var name = extension.Name.StringValue;
            if (!_types.TryGetValue(name, out var type) || !ExtensionMatches(extension, type))
            {
                _diagnostics.Add(DiagnosticDescriptors.ExtensionOfUnknownType.Create(
                    GraphQLSyntax.LocationOf(source, extension.Name),
                    type is null
                        ? $"Cannot extend '{name}': no type of that name is defined."
                        : $"Cannot extend '{name}' with a {KindName(extension)} extension: it is a {type.Kind} type."));
                continue;
            }

            ApplyMembers(source, type, extension);
        }

        if (!_hasSchemaDefinition && _queryType is null)
        {
            // Without a schema definition the root types are the types named Query, Mutation and Subscription.
            _queryType = _types.ContainsKey("Query") ? "Query" : null;
            _mutationType ??= _types.ContainsKey("Mutation") ? "Mutation" : null;
            _subscriptionType ??= _types.ContainsKey("Subscription") ? "Subscription" : null;
        }

        new SchemaChecker(_types, _diagnostics).Check(_queryType, _mutationType, _subscriptionType, _rootSites);
        return new SchemaModel(_types, _directives, _queryType, _mutationType, _subscriptionType, _description, _diagnostics.ToArray(), fingerprint);
    }

    private static bool ExtensionMatches(GraphQLTypeExtension extension, NamedTypeDefinition type) => extension switch
    {
        GraphQLScalarTypeExtension => type.Kind == TypeKind.Scalar,
        GraphQLObjectTypeExtension => type.Kind == TypeKind.Object,
        GraphQLInterfaceTypeExtension => type.Kind == TypeKind.Interface,
        GraphQLUnionTypeExtension => type.Kind == TypeKind.Union,
        GraphQLEnumTypeExtension => type.Kind == TypeKind.Enum,
        GraphQLInputObjectTypeExtension => type.Kind == TypeKind.InputObject,
        _ => false,
    };

    private static string KindName(GraphQLTypeExtension extension) => extension.Kind.ToString().Replace("TypeExtension", string.Empty).ToLowerInvariant();

    private void AddUnique(SourceFile source, List<string> list, string name, ASTNode node, string duplicateMessage)
    {
        if (list.Contains(name))
        {
            _diagnostics.Add(DiagnosticDescriptors.DuplicateSchemaDefinition.Create(GraphQLSyntax.LocationOf(source, node), duplicateMessage));
            return;
        }

        list.Add(name);
    }

    private void Duplicate(SourceFile source, GraphQLName name, string message) =>
        _diagnostics.Add(DiagnosticDescriptors.DuplicateSchemaDefinition.Create(GraphQLSyntax.LocationOf(source, name), message));
}
