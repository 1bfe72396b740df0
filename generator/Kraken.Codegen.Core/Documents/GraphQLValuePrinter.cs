using System.Text;
using GraphQLParser.AST;

namespace Kraken.Codegen.Core.Documents;

/// <summary>Prints GraphQL literal values in canonical form (used for default values and argument comparison).</summary>
public static class GraphQLValuePrinter
{
    public static string Print(GraphQLValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                builder.Append('$').Append(variable.Name.StringValue);
                break;
            case GraphQLIntValue intValue:
                builder.Append(intValue.Value.ToString());
                break;
            case GraphQLFloatValue floatValue:
                builder.Append(floatValue.Value.ToString());
                break;
            case GraphQLStringValue stringValue:
                AppendString(builder, stringValue.Value.ToString());
                break;
            case GraphQLBooleanValue booleanValue:
                builder.Append(booleanValue.BoolValue ? "true" : "false");
                break;
            case GraphQLNullValue:
                builder.Append("null");
                break;
            case GraphQLEnumValue enumValue:
                builder.Append(enumValue.Name.StringValue);
                break;
            case GraphQLListValue list:
                builder.Append('[');
                var first = true;
                foreach (var item in list.Values ?? new List<GraphQLValue>())
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            case GraphQLObjectValue obj:
                builder.Append('{');
                var firstField = true;
                foreach (var field in obj.Fields ?? new List<GraphQLObjectField>())
                {
                    builder.Append(firstField ? " " : ", ");
                    firstField = false;
                    builder.Append(field.Name.StringValue).Append(": ");
                    Append(builder, field.Value);
                }

                builder.Append(firstField ? "}" : " }");
                break;
            default:
                builder.Append(value.Kind.ToString());
                break;
        }
    }

    public static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
