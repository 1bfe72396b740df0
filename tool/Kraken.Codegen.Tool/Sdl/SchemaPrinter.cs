using System.Text;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.Sdl;

/// <summary>
/// Prints a <see cref="SchemaModel"/> as SDL. Order: the schema definition (only when the root types are not named
/// Query/Mutation/Subscription or the schema has a description), then the directives, then the types, each group
/// sorted by name; fields, arguments, input fields and enum values keep the order the schema declares them in. The
/// specified scalars, directives and introspection types are left out. Descriptions, default values, deprecations,
/// <c>@specifiedBy</c> and <c>@oneOf</c> are kept, so printing and re-reading gives an equal schema.
/// </summary>
internal static class SchemaPrinter
{
    public static string Print(SchemaModel schema)
    {
        var text = new StringBuilder();
        var blocks = new List<string>();
        if (NeedsSchemaDefinition(schema))
        {
            var block = new StringBuilder();
            AppendDescription(block, schema.Description, string.Empty);
            block.Append("schema {\n");
            AppendRoot(block, "query", schema.QueryTypeName);
            AppendRoot(block, "mutation", schema.MutationTypeName);
            AppendRoot(block, "subscription", schema.SubscriptionTypeName);
            block.Append("}\n");
            blocks.Add(block.ToString());
        }

        foreach (var directive in schema.Directives.Where(d => !d.IsBuiltIn && !BuiltIns.DirectiveNames.Contains(d.Name)))
        {
            var block = new StringBuilder();
            AppendDescription(block, directive.Description, string.Empty);
            block.Append("directive @").Append(directive.Name);
            AppendArguments(block, directive.Arguments, string.Empty);
            if (directive.IsRepeatable)
            {
                block.Append(" repeatable");
            }

            block.Append(" on ").Append(string.Join(" | ", directive.Locations.Select(DirectiveLocations.ToGraphQL))).Append('\n');
            blocks.Add(block.ToString());
        }

        foreach (var type in schema.Types.Where(t => !t.IsBuiltIn && !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            blocks.Add(PrintType(type));
        }

        text.Append(string.Join("\n", blocks));
        return text.ToString();
    }

    private static bool NeedsSchemaDefinition(SchemaModel schema) =>
        !string.IsNullOrEmpty(schema.Description)
        || (schema.QueryTypeName is not null and not "Query")
        || (schema.MutationTypeName is not null and not "Mutation")
        || (schema.SubscriptionTypeName is not null and not "Subscription");

    private static void AppendRoot(StringBuilder block, string operation, string? typeName)
    {
        if (typeName is not null)
        {
            block.Append("  ").Append(operation).Append(": ").Append(typeName).Append('\n');
        }
    }

    private static string PrintType(NamedTypeDefinition type)
    {
        var block = new StringBuilder();
        AppendDescription(block, type.Description, string.Empty);
        switch (type)
        {
            case ScalarTypeDefinition scalar:
                block.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is { } url)
                {
                    block.Append(" @specifiedBy(url: ").Append(Quote(url)).Append(')');
                }

                AppendTypeDirectives(block, type);
                block.Append('\n');
                break;
            case FieldsTypeDefinition withFields:
                block.Append(type.Kind == TypeKind.Object ? "type " : "interface ").Append(type.Name);
                if (withFields.Interfaces.Count > 0)
                {
                    block.Append(" implements ").Append(string.Join(" & ", withFields.Interfaces));
                }

                AppendTypeDirectives(block, type);
                if (withFields.Fields.Count > 0)
                {
                    block.Append(" {\n");
                    foreach (var field in withFields.Fields)
                    {
                        AppendDescription(block, field.Description, "  ");
                        block.Append("  ").Append(field.Name);
                        AppendArguments(block, field.Arguments, "  ");
                        block.Append(": ").Append(field.Type);
                        AppendDeprecation(block, field.Deprecation);
                        block.Append('\n');
                    }

                    block.Append('}');
                }

                block.Append('\n');
                break;
            case UnionTypeDefinition union:
                block.Append("union ").Append(union.Name);
                AppendTypeDirectives(block, type);
                if (union.Members.Count > 0)
                {
                    block.Append(" = ").Append(string.Join(" | ", union.Members));
                }

                block.Append('\n');
                break;
            case EnumTypeDefinition enumType:
                block.Append("enum ").Append(enumType.Name);
                AppendTypeDirectives(block, type);
                block.Append(" {\n");
                foreach (var value in enumType.Values)
                {
                    AppendDescription(block, value.Description, "  ");
                    block.Append("  ").Append(value.Name);
                    AppendDeprecation(block, value.Deprecation);
                    block.Append('\n');
                }

                block.Append("}\n");
                break;
            case InputObjectTypeDefinition input:
                block.Append("input ").Append(input.Name);
                if (input.IsOneOf)
                {
                    block.Append(" @oneOf");
                }

                AppendTypeDirectives(block, type);
                if (input.Fields.Count > 0)
                {
                    block.Append(" {\n");
                    foreach (var field in input.Fields)
                    {
                        AppendDescription(block, field.Description, "  ");
                        block.Append("  ");
                        AppendInputValue(block, field);
                        block.Append('\n');
                    }

                    block.Append('}');
                }

                block.Append('\n');
                break;
        }

        return block.ToString();
    }

    /// <summary>Directives applied to a type in SDL (introspection carries none), except those printed as syntax already.</summary>
    private static void AppendTypeDirectives(StringBuilder block, NamedTypeDefinition type)
    {
        foreach (var directive in type.Directives.Where(d => d.Name is not "specifiedBy" and not "oneOf" and not "deprecated"))
        {
            block.Append(" @").Append(directive.Name);
            if (directive.Arguments.Count > 0)
            {
                block.Append('(').Append(string.Join(", ", directive.Arguments.Select(a => a.Name + ": " + Core.Documents.GraphQLValuePrinter.Print(a.Value)))).Append(')');
            }
        }
    }

    private static void AppendArguments(StringBuilder block, IReadOnlyList<InputValueDefinition> arguments, string indent)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            block.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    block.Append(", ");
                }

                AppendInputValue(block, arguments[i]);
            }

            block.Append(')');
            return;
        }

        // Described arguments go one per line, each under its description.
        block.Append("(\n");
        foreach (var argument in arguments)
        {
            AppendDescription(block, argument.Description, indent + "  ");
            block.Append(indent).Append("  ");
            AppendInputValue(block, argument);
            block.Append('\n');
        }

        block.Append(indent).Append(')');
    }

    private static void AppendInputValue(StringBuilder block, InputValueDefinition value)
    {
        block.Append(value.Name).Append(": ").Append(value.Type);
        if (value.DefaultValueText is { } defaultValue)
        {
            block.Append(" = ").Append(defaultValue);
        }

        AppendDeprecation(block, value.Deprecation);
    }

    private static void AppendDeprecation(StringBuilder block, Deprecation? deprecation)
    {
        if (deprecation is null)
        {
            return;
        }

        block.Append(" @deprecated");
        if (deprecation.Reason != Deprecation.DefaultReason)
        {
            block.Append("(reason: ").Append(Quote(deprecation.Reason)).Append(')');
        }
    }

    private static void AppendDescription(StringBuilder block, string? description, string indent)
    {
        if (description is null)
        {
            return;
        }

        if (CanPrintAsBlock(description))
        {
            block.Append(indent).Append("\"\"\"\n");
            foreach (var line in description.Split('\n'))
            {
                block.Append(line.Length == 0 ? string.Empty : indent + line.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal)).Append('\n');
            }

            block.Append(indent).Append("\"\"\"\n");
            return;
        }

        block.Append(indent).Append(Quote(description)).Append('\n');
    }

    /// <summary>
    /// A block string gives back exactly the text only when no line after the first is indented in common (the
    /// reader strips common indentation), the text neither starts nor ends with a blank line, and has no CR.
    /// </summary>
    private static bool CanPrintAsBlock(string description)
    {
        if (!description.Contains('\n') || description.Contains('\r') || description.EndsWith("\\", StringComparison.Ordinal))
        {
            return false;
        }

        var lines = description.Split('\n');
        if (string.IsNullOrWhiteSpace(lines[0]) || string.IsNullOrWhiteSpace(lines[^1]))
        {
            return false;
        }

        var commonIndent = lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ', '\t').Length).DefaultIfEmpty(0).Min();
        return commonIndent == 0 && lines.All(l => l.Trim().Length > 0 || l.Length == 0);
    }

    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
