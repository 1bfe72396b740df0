using System.Text;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Usage;

namespace Kraken.Codegen.Testing;

/// <summary>
/// The part of a schema that a set of operations depends on, as stable, sorted, human-readable text: each type they
/// touch (with its kind), the fields they select (full type, nullability, every argument with type and default),
/// every field of the input types they send, every value of the enums they read or send, union members and interface
/// implementations, the directives they apply, and the deprecation state of each. Snapshot it: a schema change that
/// matters to the operations shows up as a readable diff, and one that does not leaves it unchanged.
/// </summary>
public static class SchemaSurface
{
    public static string Create(SchemaModel schema, ExecutableDocumentSet operations)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operations);
        var usages = SchemaUsageCollector.Collect(schema, operations);
        var typeNames = new SortedSet<string>(StringComparer.Ordinal);
        var fieldsByType = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var directives = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages.Usages)
        {
            switch (usage.Kind)
            {
                case SchemaUsageKind.Type:
                    typeNames.Add(usage.Coordinate);
                    break;
                case SchemaUsageKind.Field:
                    var dot = usage.Coordinate.IndexOf('.');
                    var typeName = usage.Coordinate.Substring(0, dot);
                    typeNames.Add(typeName);
                    if (!fieldsByType.TryGetValue(typeName, out var fields))
                    {
                        fieldsByType[typeName] = fields = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    fields.Add(usage.Coordinate.Substring(dot + 1));
                    break;
                case SchemaUsageKind.Directive:
                    directives.Add(usage.Coordinate.Substring(1));
                    break;
            }
        }

        var text = new StringBuilder();
        var names = usages.OperationNames.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        text.Append("# Schema surface of ").Append(names.Count).Append(names.Count == 1 ? " operation: " : " operations: ")
            .Append(string.Join(", ", names)).Append('\n');
        AppendRoots(text, schema, usages);
        foreach (var directiveName in directives)
        {
            if (schema.GetDirective(directiveName) is { } directive)
            {
                text.Append('\n').Append("directive @").Append(directive.Name).Append(Arguments(directive.Arguments))
                    .Append(directive.IsRepeatable ? " repeatable" : string.Empty)
                    .Append(" on ").Append(string.Join(" | ", directive.Locations.Select(DirectiveLocations.ToGraphQL).OrderBy(l => l, StringComparer.Ordinal)))
                    .Append('\n');
            }
        }

        foreach (var typeName in typeNames)
        {
            if (schema.GetType(typeName) is { } type)
            {
                text.Append('\n');
                AppendType(text, schema, type, fieldsByType.TryGetValue(typeName, out var fields) ? fields : new SortedSet<string>());
            }
        }

        return text.ToString();
    }

    private static void AppendRoots(StringBuilder text, SchemaModel schema, SchemaUsageSet usages)
    {
        foreach (var (kind, name) in new[] { ("query", schema.QueryTypeName), ("mutation", schema.MutationTypeName), ("subscription", schema.SubscriptionTypeName) })
        {
            if (name is not null && usages.OfType(name, TypeUsageRole.Output).Any())
            {
                text.Append("# ").Append(kind).Append(" root: ").Append(name).Append('\n');
            }
        }
    }

    private static void AppendType(StringBuilder text, SchemaModel schema, NamedTypeDefinition type, SortedSet<string> usedFields)
    {
        switch (type)
        {
            case FieldsTypeDefinition withFields:
                text.Append(type.Kind == TypeKind.Object ? "object " : "interface ").Append(type.Name);
                if (withFields.Interfaces.Count > 0)
                {
                    text.Append(" implements ").Append(string.Join(" & ", withFields.Interfaces.OrderBy(i => i, StringComparer.Ordinal)));
                }

                text.Append('\n');
                if (type is InterfaceTypeDefinition)
                {
                    var implementations = schema.GetPossibleTypes(type).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
                    text.Append("  # implemented by: ").Append(implementations.Count == 0 ? "(none)" : string.Join(", ", implementations)).Append('\n');
                }

                foreach (var fieldName in usedFields)
                {
                    if (withFields.Fields[fieldName] is { } field)
                    {
                        text.Append("  ").Append(field.Name).Append(Arguments(field.Arguments)).Append(": ").Append(field.Type)
                            .Append(DeprecationText.Suffix(field.Deprecation)).Append('\n');
                    }
                }

                break;
            case UnionTypeDefinition union:
                text.Append("union ").Append(union.Name).Append(" = ")
                    .Append(string.Join(" | ", union.Members.OrderBy(m => m, StringComparer.Ordinal))).Append('\n');
                break;
            case EnumTypeDefinition enumType:
                text.Append("enum ").Append(enumType.Name).Append('\n');
                foreach (var value in enumType.Values.OrderBy(v => v.Name, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(value.Name).Append(DeprecationText.Suffix(value.Deprecation)).Append('\n');
                }

                break;
            case InputObjectTypeDefinition input:
                text.Append("input ").Append(input.Name).Append(input.IsOneOf ? " @oneOf" : string.Empty).Append('\n');
                foreach (var field in input.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(InputValue(field)).Append(DeprecationText.Suffix(field.Deprecation)).Append('\n');
                }

                break;
            case ScalarTypeDefinition scalar:
                text.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is { } url)
                {
                    text.Append(" @specifiedBy(url: \"").Append(url).Append("\")");
                }

                text.Append('\n');
                break;
        }
    }

    private static string Arguments(IEnumerable<InputValueDefinition> arguments)
    {
        var list = arguments.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return string.Empty;
        }

        // Deprecated arguments are rare; their state goes inline so the line stays one coordinate.
        return "(" + string.Join(", ", list.Select(a => InputValue(a) + (a.Deprecation is null ? string.Empty : " @deprecated" + DeprecationText.Suffix(a.Deprecation).Trim()))) + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type + (value.DefaultValueText is { } defaultValue ? " = " + defaultValue : string.Empty);
}
