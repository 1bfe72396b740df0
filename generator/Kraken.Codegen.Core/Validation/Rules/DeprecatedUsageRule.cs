using System.Globalization;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Not a specification rule: reports use of deprecated fields, arguments, input fields and enum values as warnings
/// carrying the reason and the dates parsed from Kraken's wording. When an as-of date is given and it is on or past
/// the removal date, the use is an error (KGQL0305) instead.
/// </summary>
public sealed class DeprecatedUsageRule : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
        if (definition?.Deprecation is { } deprecation)
        {
            Report(context, DiagnosticDescriptors.DeprecatedField, field.Name, $"Field '{definition.Coordinate}'", deprecation);
        }
    }

    public override void EnterArgument(ValidationContext context, GraphQLArgument argument, InputValueDefinition? definition)
    {
        if (definition?.Deprecation is { } deprecation)
        {
            Report(context, DiagnosticDescriptors.DeprecatedArgument, argument.Name, $"Argument '{definition.Coordinate}'", deprecation);
        }
    }

    public override void EnterObjectField(ValidationContext context, GraphQLObjectField field, InputObjectTypeDefinition? inputType, InputValueDefinition? definition)
    {
        if (definition?.Deprecation is { } deprecation)
        {
            Report(context, DiagnosticDescriptors.DeprecatedInputField, field.Name, $"Input field '{definition.Coordinate}'", deprecation);
        }
    }

    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeReference? expectedType)
    {
        if (value is GraphQLEnumValue enumValue
            && expectedType is not null
            && context.Schema.GetNamedType(expectedType) is EnumTypeDefinition enumType
            && enumType.Values[enumValue.Name.StringValue] is { Deprecation: { } deprecation } definition)
        {
            Report(context, DiagnosticDescriptors.DeprecatedEnumValue, enumValue, $"Enum value '{enumType.Name}.{definition.Name}'", deprecation);
        }
    }

    private static void Report(ValidationContext context, GraphQLDiagnosticDescriptor descriptor, ASTNode node, string element, Deprecation deprecation)
    {
        var dates = DescribeDates(deprecation);
        if (context.Options.AsOfDate is { } asOf && deprecation.RemovalOn is { } removal && asOf.Date >= removal)
        {
            context.Report(
                DiagnosticDescriptors.PastRemovalDate,
                node,
                $"{element} is past its removal date ({Format(removal)}, as of {Format(asOf)}) and may no longer exist: {deprecation.SingleLineReason}");
            return;
        }

        context.Report(descriptor, node, $"{element} is deprecated{dates}: {deprecation.SingleLineReason}");
    }

    private static string DescribeDates(Deprecation deprecation) => (deprecation.MarkedOn, deprecation.RemovalOn) switch
    {
        ({ } marked, { } removal) => $" (since {Format(marked)}; removal on or after {Format(removal)})",
        (null, { } removal) => $" (removal on or after {Format(removal)})",
        ({ } marked, null) => $" (since {Format(marked)})",
        _ => string.Empty,
    };

    private static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
