using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.6.3, Input Object Field Uniqueness (graphql-js: UniqueInputFieldNames): an object literal gives
/// each field at most once. Checked for every object literal, whatever type is expected.
/// </summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeReference? expectedType)
    {
        if (value is not GraphQLObjectValue { Fields: { Count: > 1 } fields })
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!seen.Add(field.Name.StringValue))
            {
                context.Report(
                    DiagnosticDescriptors.InputObjectFieldUniqueness,
                    field.Name,
                    $"There can be only one input field named '{field.Name.StringValue}'.");
            }
        }
    }
}
