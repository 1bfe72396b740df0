using GraphQL.Types;
using GraphQLParser.AST;

namespace Kraken.Codegen.Testing;

/// <summary>
/// A custom scalar declared in SDL (DateTime, Decimal, GenericScalar, …). Output is written exactly as configured, so
/// the mock reproduces Kraken's wire formats instead of GraphQL.NET's own formatting; input is accepted as given.
/// </summary>
internal sealed class PassThroughScalarGraphType : ScalarGraphType
{
    public PassThroughScalarGraphType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => (string)text.Value,
        GraphQLIntValue integer => decimal.Parse(integer.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue number => decimal.Parse(number.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLBooleanValue boolean => boolean.BoolValue,
        GraphQLEnumValue enumValue => (string)enumValue.Name.Value,
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(field => (string)field.Name.Value, field => ParseLiteral(field.Value))
            ?? new Dictionary<string, object?>(),
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override object? ParseValue(object? value) => value;

    public override bool CanParseValue(object? value) => true;

    public override object? Serialize(object? value) => value;
}
