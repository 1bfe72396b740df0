using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>Builds the specs of schema-level types that operations use: enums and input objects.</summary>
internal sealed class SchemaTypeBinder
{
    private readonly SchemaModel _schema;
    private readonly ValueCode _values;
    private readonly string _namespace;

    public SchemaTypeBinder(SchemaModel schema, ValueCode values, string @namespace)
    {
        _schema = schema;
        _values = values;
        _namespace = @namespace;
    }

    public EnumSpec? BindEnum(string graphQLName, string hintPrefix)
    {
        if (_schema.GetType(graphQLName) is not EnumTypeDefinition type)
        {
            return null;
        }

        var name = _values.EnumSimpleName(type.Name);
        var members = new NameAllocator(name, "Value", "RawValue", "IsUnknown", "Parse", "ReadJson", "WriteJson", "Equals", "GetHashCode", "ToString", "GetType");
        var kindName = members.Allocate("Kind");
        var values = type.Values
            .Select(value => new EnumValueSpec(value.Name, members.Allocate(CSharpNames.Pascal(value.Name)), value.Description, value.Deprecation?.SingleLineReason))
            .ToList();
        var unknown = members.Allocate("Unknown");
        values.Insert(0, new EnumValueSpec(string.Empty, unknown, "A value this client does not know (added to the schema after generation); RawValue keeps it.", null));
        return new EnumSpec(hintPrefix + name + ".g.cs", _namespace, name, type.Name, type.Description, kindName, values.ToEquatableArray());
    }

    public InputObjectSpec? BindInputObject(string graphQLName, string hintPrefix)
    {
        if (_schema.GetType(graphQLName) is not InputObjectTypeDefinition type)
        {
            return null;
        }

        var name = _values.InputSimpleName(type.Name);
        var members = new NameAllocator(name, "WriteJson", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct");
        var fields = new List<InputFieldSpec>();
        foreach (var field in type.Fields)
        {
            var property = members.Allocate(CSharpNames.Pascal(field.Name));
            // A @oneOf input takes exactly one non-null field: each is optional, and a given one is never null.
            var fieldType = type.IsOneOf ? TypeReference.NonNull(field.Type.Nullable) : field.Type;
            var required = !type.IsOneOf && field.IsRequired;
            var csharpType = _values.InputType(fieldType);
            var write = required
                ? $"writer.WritePropertyName({CSharpNames.StringLiteral(field.Name)}); {_values.Write(fieldType, property)}"
                : $"if ({property}.HasValue) {{ writer.WritePropertyName({CSharpNames.StringLiteral(field.Name)}); {_values.Write(fieldType, property + ".Value")} }}";
            fields.Add(new InputFieldSpec(
                field.Name,
                property,
                required ? csharpType : "global::Kraken.Codegen.Runtime.Optional<" + csharpType + ">",
                required,
                write,
                required ? "true" : property + ".HasValue",
                field.Description,
                field.Deprecation?.SingleLineReason));
        }

        return new InputObjectSpec(hintPrefix + name + ".g.cs", _namespace, name, type.Name, type.Description, type.IsOneOf, fields.ToEquatableArray());
    }
}
