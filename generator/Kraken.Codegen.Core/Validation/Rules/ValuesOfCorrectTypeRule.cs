using System.Globalization;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.6.1, Values of Correct Type (graphql-js: ValuesOfCorrectType): every literal coerces to the
/// input type expected where it stands. Built-in scalars and enums are coerced exactly (Int is 32-bit, Float
/// finite, ID a string or integer); custom scalars accept any literal, because only the server knows their parser.
/// A <c>@oneOf</c> input object takes exactly one field, and not null. Unknown and missing input fields are
/// reported by 5.6.2 and 5.6.4; a null given for a required argument or input field by 5.4.3 and 5.6.4.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // Null literals at positions whose "required" rule already reports them, so that one mistake gets one error.
    private readonly HashSet<GraphQLValue> _nullsReportedElsewhere = new();

    public override void EnterArgument(ValidationContext context, GraphQLArgument argument, InputValueDefinition? definition)
    {
        if (definition is { IsRequired: true } && argument.Value is GraphQLNullValue)
        {
            _nullsReportedElsewhere.Add(argument.Value);
        }
    }

    public override void EnterObjectField(ValidationContext context, GraphQLObjectField field, InputObjectTypeDefinition? inputType, InputValueDefinition? definition)
    {
        if (definition is { IsRequired: true } && field.Value is GraphQLNullValue)
        {
            _nullsReportedElsewhere.Add(field.Value);
        }
    }

    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeReference? expectedType)
    {
        if (expectedType is null || value is GraphQLVariable)
        {
            return;
        }

        if (value is GraphQLNullValue)
        {
            if (expectedType.IsNonNull && !_nullsReportedElsewhere.Contains(value))
            {
                context.Report(DiagnosticDescriptors.ValuesOfCorrectType, value, $"Expected a value of non-null type '{expectedType}', found null.");
            }

            return;
        }

        var type = expectedType.Nullable;
        if (type is ListTypeReference list)
        {
            if (value is GraphQLListValue)
            {
                return; // The walker visits each item with the item type.
            }

            // A single value where a list is expected is coerced to a list of one item.
            CheckSingleItem(context, value, list, expectedType);
            return;
        }

        CheckNamed(context, value, type, expectedType);
    }

    private static void CheckSingleItem(ValidationContext context, GraphQLValue value, ListTypeReference list, TypeReference expectedType)
    {
        TypeReference item = list.OfType;
        while (item.Nullable is ListTypeReference inner)
        {
            item = inner.OfType;
        }

        CheckNamed(context, value, item.Nullable, expectedType);
    }

    private static void CheckNamed(ValidationContext context, GraphQLValue value, TypeReference type, TypeReference expectedType)
    {
        var named = context.Schema.GetNamedType(type);
        switch (named)
        {
            case null:
                return; // Unknown type: reported where the type is declared.
            case ScalarTypeDefinition scalar:
                var problem = BuiltIns.IsBuiltInScalar(scalar.Name) ? CoerceBuiltInScalar(scalar.Name, value) : null;
                if (problem is not null)
                {
                    context.Report(DiagnosticDescriptors.ValuesOfCorrectType, value, $"Expected a value of type '{expectedType}', found {RuleText.Value(value)}: {problem}");
                }

                return;
            case EnumTypeDefinition enumType:
                CheckEnum(context, value, enumType, expectedType);
                return;
            case InputObjectTypeDefinition inputType:
                if (value is not GraphQLObjectValue obj)
                {
                    ReportMismatch(context, value, expectedType, inputType);
                }
                else if (inputType.IsOneOf)
                {
                    CheckOneOf(context, obj, inputType);
                }

                return;
            default:
                ReportMismatch(context, value, expectedType, named);
                return;
        }
    }

    private static void CheckEnum(ValidationContext context, GraphQLValue value, EnumTypeDefinition enumType, TypeReference expectedType)
    {
        if (value is GraphQLEnumValue enumValue)
        {
            var name = enumValue.Name.StringValue;
            if (!enumType.Values.Contains(name))
            {
                context.Report(
                    DiagnosticDescriptors.ValuesOfCorrectType,
                    value,
                    $"Value '{name}' does not exist in enum '{enumType.Name}'.{Suggestions.DidYouMean(name, enumType.Values.Select(v => v.Name))}");
            }

            return;
        }

        var hint = value is GraphQLStringValue text && enumType.Values.Contains(text.Value.ToString())
            ? $" Enum values are written without quotes: {text.Value}."
            : string.Empty;
        context.Report(
            DiagnosticDescriptors.ValuesOfCorrectType,
            value,
            $"Expected a value of enum type '{expectedType}', found {RuleText.Value(value)}.{hint}");
    }

    private static void CheckOneOf(ValidationContext context, GraphQLObjectValue obj, InputObjectTypeDefinition inputType)
    {
        var fields = obj.Fields ?? new List<GraphQLObjectField>();
        if (fields.Count != 1)
        {
            context.Report(
                DiagnosticDescriptors.ValuesOfCorrectType,
                obj,
                $"OneOf input object '{inputType.Name}' must specify exactly one field, but {fields.Count} are given.");
            return;
        }

        if (fields[0].Value is GraphQLNullValue)
        {
            context.Report(
                DiagnosticDescriptors.ValuesOfCorrectType,
                fields[0].Value,
                $"Field '{inputType.Name}.{fields[0].Name.StringValue}' of OneOf input object must not be null.");
        }
    }

    private static void ReportMismatch(ValidationContext context, GraphQLValue value, TypeReference expectedType, NamedTypeDefinition named)
    {
        var what = named switch
        {
            InputObjectTypeDefinition => "an input object",
            EnumTypeDefinition => "an enum value",
            _ => "a value",
        };
        context.Report(DiagnosticDescriptors.ValuesOfCorrectType, value, $"Expected {what} of type '{expectedType}', found {RuleText.Value(value)}.");
    }

    /// <summary>Input coercion of the specified scalars (section 3.5): null when the literal coerces, else why not.</summary>
    private static string? CoerceBuiltInScalar(string scalar, GraphQLValue value) => (scalar, value) switch
    {
        ("Int", GraphQLIntValue integer) => IsInt32(integer) ? null : "Int is a 32-bit signed integer and cannot represent this value.",
        ("Int", _) => "Int accepts only integer literals.",
        ("Float", GraphQLIntValue) => null,
        ("Float", GraphQLFloatValue number) => IsFiniteDouble(number) ? null : "Float cannot represent a non-finite value.",
        ("Float", _) => "Float accepts only numeric literals.",
        ("String", GraphQLStringValue) => null,
        ("String", _) => "String accepts only string literals.",
        ("Boolean", GraphQLBooleanValue) => null,
        ("Boolean", _) => "Boolean accepts only true or false.",
        ("ID", GraphQLStringValue or GraphQLIntValue) => null,
        ("ID", _) => "ID accepts only string or integer literals.",
        _ => null,
    };

    private static bool IsInt32(GraphQLIntValue value) =>
        int.TryParse(value.Value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static bool IsFiniteDouble(GraphQLFloatValue value) =>
        double.TryParse(value.Value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && !double.IsInfinity(number)
        && !double.IsNaN(number);
}
