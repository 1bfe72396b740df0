using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Usage;

/// <summary>Looks up schema elements by the coordinates that <see cref="SchemaUsage"/> carries.</summary>
public static class SchemaCoordinates
{
    /// <summary>
    /// The deprecation of the element at a coordinate (<c>Type.field</c>, <c>Type.field(arg:)</c>, <c>@directive(arg:)</c>,
    /// <c>Input.field</c>, <c>Enum.VALUE</c>) in <paramref name="schema"/>; null when the element is missing or not deprecated.
    /// </summary>
    public static Deprecation? FindDeprecation(SchemaModel schema, string coordinate, SchemaUsageKind kind)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        if (coordinate is null)
        {
            throw new ArgumentNullException(nameof(coordinate));
        }

        if (kind == SchemaUsageKind.Argument && coordinate.StartsWith("@", StringComparison.Ordinal))
        {
            return SplitArgument(coordinate.Substring(1)) is (var directive, var argument)
                ? schema.GetDirective(directive)?.Arguments[argument]?.Deprecation
                : null;
        }

        var dot = coordinate.IndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var type = schema.GetType(coordinate.Substring(0, dot));
        var member = coordinate.Substring(dot + 1);
        switch (kind)
        {
            case SchemaUsageKind.Field:
                return (type as FieldsTypeDefinition)?.Fields[member]?.Deprecation;
            case SchemaUsageKind.Argument:
                return SplitArgument(member) is (var field, var fieldArgument)
                    ? (type as FieldsTypeDefinition)?.Fields[field]?.Arguments[fieldArgument]?.Deprecation
                    : null;
            case SchemaUsageKind.InputField:
                return (type as InputObjectTypeDefinition)?.Fields[member]?.Deprecation;
            case SchemaUsageKind.EnumValue:
                return (type as EnumTypeDefinition)?.Values[member]?.Deprecation;
            default:
                return null;
        }
    }

    /// <summary><c>owner(arg:)</c> into its owner and argument names.</summary>
    private static (string Owner, string Argument)? SplitArgument(string text)
    {
        var open = text.IndexOf('(');
        return open < 0 ? null : (text.Substring(0, open), text.Substring(open + 1).TrimEnd(')', ':'));
    }
}
