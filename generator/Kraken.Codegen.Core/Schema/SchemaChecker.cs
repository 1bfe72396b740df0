using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Schema;

/// <summary>
/// The type-system checks a client generator needs before it can trust a schema: every referenced type exists
/// and has a kind allowed where it is used, objects implement their interfaces' fields, enums have values,
/// and the query root exists.
/// </summary>
internal sealed class SchemaChecker
{
    private readonly Dictionary<string, NamedTypeDefinition> _types;
    private readonly List<GraphQLDiagnostic> _diagnostics;

    public SchemaChecker(Dictionary<string, NamedTypeDefinition> types, List<GraphQLDiagnostic> diagnostics)
    {
        _types = types;
        _diagnostics = diagnostics;
    }

    public void Check(string? query, string? mutation, string? subscription, IReadOnlyList<(SourceFile Source, GraphQLRootOperationTypeDefinition Node, string Name)> rootSites)
    {
        foreach (var (source, node, name) in rootSites)
        {
            if (!_types.TryGetValue(name, out var rootType) || rootType.Kind != TypeKind.Object)
            {
                Report(DiagnosticDescriptors.UnknownTypeReference, GraphQLSyntax.LocationOf(source, node),
                    $"The {node.Operation.ToString().ToLowerInvariant()} root type '{name}' must be a defined object type.");
            }
        }

        if (query is null && _types.Values.Any(t => !t.IsBuiltIn))
        {
            Report(DiagnosticDescriptors.MissingQueryType, null, "The schema has no query root type: define 'type Query' or name one in a schema definition.");
        }

        foreach (var type in _types.Values.Where(t => !t.IsBuiltIn).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            switch (type)
            {
                case FieldsTypeDefinition withFields:
                    CheckFields(withFields);
                    CheckInterfaces(withFields);
                    break;
                case UnionTypeDefinition union:
                    foreach (var member in union.Members)
                    {
                        if (!_types.TryGetValue(member, out var memberType))
                        {
                            Report(DiagnosticDescriptors.UnknownTypeReference, union.Location, $"Union '{union.Name}' names the unknown member type '{member}'.");
                        }
                        else if (memberType.Kind != TypeKind.Object)
                        {
                            Report(DiagnosticDescriptors.InvalidTypeUsage, union.Location, $"Union '{union.Name}' may contain only object types, but '{member}' is a {memberType.Kind} type.");
                        }
                    }

                    break;
                case EnumTypeDefinition enumType when enumType.Values.Count == 0:
                    Report(DiagnosticDescriptors.EmptyEnum, enumType.Location, $"Enum '{enumType.Name}' must define at least one value.");
                    break;
                case InputObjectTypeDefinition inputType:
                    foreach (var field in inputType.Fields)
                    {
                        CheckInputType(field.Type, field.Location, $"Input field '{field.Coordinate}'");
                    }

                    break;
            }
        }
    }

    private void CheckFields(FieldsTypeDefinition type)
    {
        if (type.Fields.Count == 0)
        {
            Report(DiagnosticDescriptors.TypeWithoutFields, type.Location,
                $"Type '{type.Name}' declares no fields; only '__typename' can be selected on it.");
        }

        foreach (var field in type.Fields)
        {
            if (!_types.TryGetValue(field.Type.NamedType, out var fieldType))
            {
                Report(DiagnosticDescriptors.UnknownTypeReference, field.Location,
                    $"Field '{field.Coordinate}' has the unknown type '{field.Type.NamedType}'.");
            }
            else if (!fieldType.IsOutputType)
            {
                Report(DiagnosticDescriptors.InvalidTypeUsage, field.Location,
                    $"Field '{field.Coordinate}' must have an output type, but '{fieldType.Name}' is an input object type.");
            }

            foreach (var argument in field.Arguments)
            {
                CheckInputType(argument.Type, argument.Location, $"Argument '{argument.Coordinate}'");
            }
        }
    }

    private void CheckInputType(TypeReference type, SourceLocation? location, string what)
    {
        if (!_types.TryGetValue(type.NamedType, out var named))
        {
            Report(DiagnosticDescriptors.UnknownTypeReference, location, $"{what} has the unknown type '{type.NamedType}'.");
        }
        else if (!named.IsInputType)
        {
            Report(DiagnosticDescriptors.InvalidTypeUsage, location, $"{what} must have an input type, but '{named.Name}' is an {named.Kind} type.");
        }
    }

    private void CheckInterfaces(FieldsTypeDefinition type)
    {
        foreach (var interfaceName in type.Interfaces)
        {
            if (!_types.TryGetValue(interfaceName, out var candidate))
            {
                Report(DiagnosticDescriptors.UnknownTypeReference, type.Location, $"Type '{type.Name}' implements the unknown interface '{interfaceName}'.");
                continue;
            }

            if (candidate is not InterfaceTypeDefinition iface)
            {
                Report(DiagnosticDescriptors.InvalidTypeUsage, type.Location, $"Type '{type.Name}' can implement only interfaces, but '{interfaceName}' is a {candidate.Kind} type.");
                continue;
            }

            foreach (var interfaceField in iface.Fields)
            {
                var field = type.Fields[interfaceField.Name];
                if (field is null)
                {
                    Report(DiagnosticDescriptors.InterfaceNotImplemented, type.Location,
                        $"Type '{type.Name}' must define field '{interfaceField.Name}' required by interface '{iface.Name}'.");
                    continue;
                }

                if (!IsValidImplementationType(field.Type, interfaceField.Type))
                {
                    Report(DiagnosticDescriptors.InterfaceNotImplemented, field.Location,
                        $"Field '{field.Coordinate}' has type '{field.Type}', which does not fit '{interfaceField.Coordinate}: {interfaceField.Type}'.");
                }

                foreach (var interfaceArgument in interfaceField.Arguments)
                {
                    var argument = field.Arguments[interfaceArgument.Name];
                    if (argument is null || !argument.Type.Equals(interfaceArgument.Type))
                    {
                        Report(DiagnosticDescriptors.InterfaceNotImplemented, field.Location,
                            $"Field '{field.Coordinate}' must accept argument '{interfaceArgument.Name}: {interfaceArgument.Type}' as interface '{iface.Name}' does.");
                    }
                }

                foreach (var argument in field.Arguments.Where(a => a.IsRequired && interfaceField.Arguments[a.Name] is null))
                {
                    Report(DiagnosticDescriptors.InterfaceNotImplemented, argument.Location,
                        $"Argument '{argument.Coordinate}' is required, but interface field '{interfaceField.Coordinate}' does not declare it.");
                }
            }
        }
    }

    // Covariance rules of the specification (3.6.1 IsValidImplementationFieldType).
    private bool IsValidImplementationType(TypeReference fieldType, TypeReference interfaceType)
    {
        if (fieldType is NonNullTypeReference nonNullField)
        {
            return IsValidImplementationType(nonNullField.OfType, interfaceType is NonNullTypeReference nonNullInterface ? nonNullInterface.OfType : interfaceType);
        }

        if (interfaceType is NonNullTypeReference)
        {
            return false;
        }

        if (fieldType is ListTypeReference listField)
        {
            return interfaceType is ListTypeReference listInterface && IsValidImplementationType(listField.OfType, listInterface.OfType);
        }

        if (interfaceType is ListTypeReference)
        {
            return false;
        }

        if (fieldType.NamedType == interfaceType.NamedType)
        {
            return true;
        }

        return _types.TryGetValue(fieldType.NamedType, out var sub) && _types.TryGetValue(interfaceType.NamedType, out var super) && super switch
        {
            UnionTypeDefinition union => union.Members.Contains(sub.Name),
            InterfaceTypeDefinition => sub is FieldsTypeDefinition withFields && withFields.Interfaces.Contains(super.Name),
            _ => false,
        };
    }

    private void Report(GraphQLDiagnosticDescriptor descriptor, SourceLocation? location, string message) =>
        _diagnostics.Add(descriptor.Create(location, message));
}
