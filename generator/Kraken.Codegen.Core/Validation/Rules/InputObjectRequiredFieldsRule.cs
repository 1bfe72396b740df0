using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.6.4, Input Object Required Fields (graphql-js: part of ValuesOfCorrectType): an input field of
/// non-null type without a default value is present in every object literal of its type, and not as <c>null</c>.
/// A missing field is reported at the object literal; an explicit <c>null</c> at the null.
/// </summary>
public sealed class InputObjectRequiredFieldsRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeReference? expectedType)
    {
        if (value is not GraphQLObjectValue obj
            || expectedType is null
            || context.Schema.GetNamedType(expectedType) is not InputObjectTypeDefinition inputType)
        {
            return;
        }

        var given = obj.Fields ?? new List<GraphQLObjectField>();
        foreach (var definition in inputType.Fields)
        {
            if (!definition.IsRequired)
            {
                continue;
            }

            var field = given.FirstOrDefault(f => f.Name.StringValue == definition.Name);
            if (field is null)
            {
                context.Report(
                    DiagnosticDescriptors.InputObjectRequiredFields,
                    obj,
                    $"Field '{definition.Coordinate}' of required type '{definition.Type}' was not provided.");
            }
            else if (field.Value is GraphQLNullValue)
            {
                context.Report(
                    DiagnosticDescriptors.InputObjectRequiredFields,
                    field.Value,
                    $"Field '{definition.Coordinate}' of required type '{definition.Type}' must not be null.");
            }
        }
    }
}
