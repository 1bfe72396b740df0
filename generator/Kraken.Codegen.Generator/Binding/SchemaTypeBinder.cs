using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>Binds the schema-level types that operations use: enums and input objects.</summary>
internal static class SchemaTypeBinder
{
    private static readonly string[] EnumMembers = { "Value", "RawValue", "IsUnknown", "Parse", "ReadJson", "WriteJson", "GraphQLName", "Equals", "GetHashCode", "ToString", "GetType" };

    private static readonly string[] InputObjectMembers = { "WriteJson", "Json", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct" };

    public static EnumSpec? BindEnum(GroupBinding group, string graphQLName, string hintPrefix)
    {
        if (group.Schema.GetType(graphQLName) is not EnumTypeDefinition type)
        {
            return null;
        }

        var name = group.Types.EnumName(type.Name);
        var members = new NameAllocator(EnumMembers.Concat(new[] { name }).ToArray());
        var kindName = members.Allocate("Kind");
        var values = type.Values
            .Select(value => new EnumValueSpec(value.Name, members.Allocate(Identifiers.Pascal(value.Name)), value.Description, value.Deprecation?.SingleLineReason))
            .ToEquatableArray();
        var unknown = members.Allocate("Unknown");
        return new EnumSpec(hintPrefix + name + ".g.cs", group.Namespace, name, type.Name, type.Description, kindName, unknown, values);
    }

    public static InputObjectSpec? BindInputObject(GroupBinding group, string graphQLName, string hintPrefix)
    {
        if (group.Schema.GetType(graphQLName) is not InputObjectTypeDefinition type)
        {
            return null;
        }

        var name = group.Types.InputObjectName(type.Name);
        var members = new NameAllocator(InputObjectMembers.Concat(new[] { name }).ToArray());
        var fields = type.Fields
            .Select(field => new InputFieldSpec(
                field.Name,
                members.Allocate(Identifiers.Pascal(field.Name)),
                // A @oneOf input takes exactly one non-null field: each is optional, and a given one is never null.
                group.Types.Input(type.IsOneOf ? TypeReference.NonNull(field.Type.Nullable) : field.Type),
                IsRequired: !type.IsOneOf && field.IsRequired,
                field.Description,
                field.Deprecation?.SingleLineReason))
            .ToEquatableArray();
        return new InputObjectSpec(hintPrefix + name + ".g.cs", group.Namespace, name, type.Name, type.Description, type.IsOneOf, fields);
    }
}
