using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.8.1, Variable Uniqueness (graphql-js: UniqueVariableNames): an operation defines each variable
/// at most once. Reported at every repetition.
/// </summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            var name = variable.Variable.Name;
            if (!seen.Add(name.StringValue))
            {
                context.Report(
                    DiagnosticDescriptors.VariableUniqueness,
                    variable.Variable,
                    $"There can be only one variable named '${name.StringValue}' in {RuleText.Operation(operation)}.");
            }
        }
    }
}
