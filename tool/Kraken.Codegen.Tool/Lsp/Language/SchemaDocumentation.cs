using System.Globalization;
using System.Text;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>
/// The Markdown shown for schema elements in hover and completion: the GraphQL signature, the description, the
/// deprecation with the dates Kraken writes into its reasons, and the <c>KT-…</c> errors a field's description lists.
/// </summary>
internal static class SchemaDocumentation
{
    public static string Field(FieldDefinition field)
    {
        var text = new StringBuilder();
        text.Append("```graphql\n").Append(field.DeclaringType).Append('.').Append(field.Name);
        if (field.Arguments.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", field.Arguments.Select(Signature))).Append(')');
        }

        text.Append(": ").Append(field.Type).Append("\n```\n");
        AppendDescription(text, field.Description);
        AppendDeprecation(text, field.Deprecation);
        AppendErrorCodes(text, field.Description);
        return text.ToString().TrimEnd();
    }

    public static string InputValue(InputValueDefinition value)
    {
        var text = new StringBuilder();
        text.Append("```graphql\n").Append(value.Coordinate).Append(": ").Append(value.Type);
        if (value.DefaultValueText is { } defaultValue)
        {
            text.Append(" = ").Append(defaultValue);
        }

        text.Append("\n```\n");
        AppendDescription(text, value.Description);
        AppendDeprecation(text, value.Deprecation);
        return text.ToString().TrimEnd();
    }

    public static string EnumValue(EnumValueDefinition value)
    {
        var text = new StringBuilder();
        text.Append("```graphql\n").Append(value.EnumType).Append('.').Append(value.Name).Append("\n```\n");
        AppendDescription(text, value.Description);
        AppendDeprecation(text, value.Deprecation);
        return text.ToString().TrimEnd();
    }

    public static string Type(NamedTypeDefinition type)
    {
        var text = new StringBuilder();
        text.Append("```graphql\n").Append(Keyword(type.Kind)).Append(' ').Append(type.Name);
        if (type is FieldsTypeDefinition { Interfaces.Count: > 0 } withInterfaces)
        {
            text.Append(" implements ").Append(string.Join(" & ", withInterfaces.Interfaces));
        }
        else if (type is UnionTypeDefinition union && union.Members.Count > 0)
        {
            text.Append(" = ").Append(string.Join(" | ", union.Members));
        }

        text.Append("\n```\n");
        AppendDescription(text, type.Description);
        return text.ToString().TrimEnd();
    }

    public static string Directive(DirectiveDefinition directive)
    {
        var text = new StringBuilder();
        text.Append("```graphql\ndirective @").Append(directive.Name);
        if (directive.Arguments.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", directive.Arguments.Select(Signature))).Append(')');
        }

        text.Append(" on ").Append(string.Join(" | ", directive.Locations.Select(l => l.ToString()))).Append("\n```\n");
        AppendDescription(text, directive.Description);
        return text.ToString().TrimEnd();
    }

    /// <summary>"Deprecated: reason" with the marked and removal dates when the reason gives them.</summary>
    public static string DeprecationLine(Deprecation deprecation)
    {
        var text = new StringBuilder("**Deprecated**");
        if (deprecation.MarkedOn is { } marked)
        {
            text.Append(" since ").Append(Date(marked));
        }

        if (deprecation.RemovalOn is { } removal)
        {
            text.Append(", removal on or after ").Append(Date(removal));
        }

        return text.Append(": ").Append(deprecation.SingleLineReason).ToString();
    }

    private static void AppendDescription(StringBuilder text, string? description)
    {
        if (!string.IsNullOrWhiteSpace(description))
        {
            text.Append('\n').Append(description!.Trim()).Append('\n');
        }
    }

    private static void AppendDeprecation(StringBuilder text, Deprecation? deprecation)
    {
        if (deprecation is not null)
        {
            text.Append('\n').Append(DeprecationLine(deprecation)).Append('\n');
        }
    }

    private static void AppendErrorCodes(StringBuilder text, string? description)
    {
        var codes = DocumentedErrorCodes.Read(description).ToList();
        if (codes.Count == 0)
        {
            return;
        }

        text.Append("\n**Possible errors**\n\n");
        foreach (var code in codes)
        {
            text.Append("- `").Append(code.Code).Append("` ").Append(code.Text).Append('\n');
        }
    }

    private static string Signature(InputValueDefinition argument) =>
        argument.Name + ": " + argument.Type + (argument.DefaultValueText is { } value ? " = " + value : string.Empty);

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Keyword(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "type",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input",
    };
}
