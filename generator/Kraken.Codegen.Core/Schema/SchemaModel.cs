using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Schema;

/// <summary>
/// A loaded GraphQL schema: every named type and directive, the root operation types, and the diagnostics
/// found while loading. Read-only once built by <see cref="SchemaBuilder"/> or <see cref="IntrospectionSchemaReader"/>.
/// </summary>
public sealed class SchemaModel
{
    private readonly Dictionary<string, NamedTypeDefinition> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, IReadOnlyList<ObjectTypeDefinition>> _possibleTypes = new(StringComparer.Ordinal);

    internal SchemaModel(
        Dictionary<string, NamedTypeDefinition> types,
        Dictionary<string, DirectiveDefinition> directives,
        string? queryType,
        string? mutationType,
        string? subscriptionType,
        string? description,
        IReadOnlyList<GraphQLDiagnostic> diagnostics,
        string fingerprint)
    {
        _types = types;
        _directives = directives;
        QueryTypeName = queryType;
        MutationTypeName = mutationType;
        SubscriptionTypeName = subscriptionType;
        Description = description;
        Diagnostics = diagnostics;
        Fingerprint = fingerprint;
        BuildPossibleTypes();
    }

    public string? QueryTypeName { get; }

    public string? MutationTypeName { get; }

    public string? SubscriptionTypeName { get; }

    public string? Description { get; }

    public ObjectTypeDefinition? QueryType => QueryTypeName is null ? null : GetType(QueryTypeName) as ObjectTypeDefinition;

    public ObjectTypeDefinition? MutationType => MutationTypeName is null ? null : GetType(MutationTypeName) as ObjectTypeDefinition;

    public ObjectTypeDefinition? SubscriptionType => SubscriptionTypeName is null ? null : GetType(SubscriptionTypeName) as ObjectTypeDefinition;

    /// <summary>Problems found while loading. Errors make the schema unfit for validation of operations.</summary>
    public IReadOnlyList<GraphQLDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>A hash of the sources the schema was built from: equal fingerprints mean equal schemas.</summary>
    public string Fingerprint { get; }

    /// <summary>Every named type, built-ins included, in a stable order (by name).</summary>
    public IEnumerable<NamedTypeDefinition> Types => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    public IEnumerable<DirectiveDefinition> Directives => _directives.Values.OrderBy(d => d.Name, StringComparer.Ordinal);

    public NamedTypeDefinition? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var directive) ? directive : null;

    public ObjectTypeDefinition? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>
    /// The field <paramref name="fieldName"/> as selectable on <paramref name="parentType"/>, including the
    /// introspection meta-fields (<c>__typename</c> everywhere, <c>__schema</c> and <c>__type</c> on the query root).
    /// </summary>
    public FieldDefinition? GetField(NamedTypeDefinition parentType, string fieldName)
    {
        if (fieldName == "__typename" && parentType.IsCompositeType)
        {
            return BuiltIns.TypenameField(parentType.Name);
        }

        if (parentType.Name == QueryTypeName)
        {
            if (fieldName == "__schema")
            {
                return BuiltIns.SchemaField;
            }

            if (fieldName == "__type")
            {
                return BuiltIns.TypeField;
            }
        }

        return parentType is FieldsTypeDefinition withFields ? withFields.Fields[fieldName] : null;
    }

    /// <summary>The object types a value of <paramref name="type"/> can be at run time.</summary>
    public IReadOnlyList<ObjectTypeDefinition> GetPossibleTypes(NamedTypeDefinition type)
    {
        if (type is ObjectTypeDefinition obj)
        {
            return new[] { obj };
        }

        return _possibleTypes.TryGetValue(type.Name, out var possible) ? possible : Array.Empty<ObjectTypeDefinition>();
    }

    /// <summary>True when <paramref name="maybeSubType"/> is, implements or is a member of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedTypeDefinition abstractType, NamedTypeDefinition maybeSubType)
    {
        if (abstractType.Name == maybeSubType.Name)
        {
            return true;
        }

        return abstractType switch
        {
            UnionTypeDefinition union => union.Members.Contains(maybeSubType.Name),
            InterfaceTypeDefinition => maybeSubType is FieldsTypeDefinition withFields && withFields.Interfaces.Contains(abstractType.Name),
            _ => false,
        };
    }

    /// <summary>True when the two composite types share at least one possible object type.</summary>
    public bool DoTypesOverlap(NamedTypeDefinition a, NamedTypeDefinition b)
    {
        if (a.Name == b.Name)
        {
            return true;
        }

        var possibleA = GetPossibleTypes(a);
        var possibleB = new HashSet<string>(GetPossibleTypes(b).Select(t => t.Name), StringComparer.Ordinal);
        return possibleA.Any(t => possibleB.Contains(t.Name));
    }

    /// <summary>Resolves a type reference's named type, or null when the schema lacks it.</summary>
    public NamedTypeDefinition? GetNamedType(TypeReference reference) => GetType(reference.NamedType);

    private void BuildPossibleTypes()
    {
        var byAbstract = new Dictionary<string, List<ObjectTypeDefinition>>(StringComparer.Ordinal);
        foreach (var type in _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            switch (type)
            {
                case ObjectTypeDefinition obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        Add(iface, obj);
                    }

                    break;
                case UnionTypeDefinition union:
                    foreach (var member in union.Members)
                    {
                        if (GetType(member) is ObjectTypeDefinition memberType)
                        {
                            Add(union.Name, memberType);
                        }
                    }

                    break;
            }
        }

        foreach (var pair in byAbstract)
        {
            _possibleTypes[pair.Key] = pair.Value;
        }

        void Add(string abstractName, ObjectTypeDefinition obj)
        {
            if (!byAbstract.TryGetValue(abstractName, out var list))
            {
                byAbstract[abstractName] = list = new List<ObjectTypeDefinition>();
            }

            if (!list.Contains(obj))
            {
                list.Add(obj);
            }
        }
    }
}
