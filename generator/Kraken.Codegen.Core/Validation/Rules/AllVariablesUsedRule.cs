using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.8.4, All Variables Used (graphql-js: NoUnusedVariables): every variable an operation defines is
/// used by the operation or by some fragment it reaches. Reported at the variable's definition.
/// </summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    public override void LeaveDocumentSet(ValidationContext context)
    {
        foreach (var operation in context.Documents.Operations)
        {
            var used = new HashSet<string>(context.GetRecursiveVariableUsages(operation.Node).Select(u => u.Usage.Name), StringComparer.Ordinal);
            foreach (var variable in operation.Node.Variables?.Items ?? new())
            {
                var name = variable.Variable.Name.StringValue;
                if (!used.Contains(name))
                {
                    context.Report(
                        DiagnosticDescriptors.AllVariablesUsed,
                        operation.Document,
                        variable.Variable,
                        $"Variable '${name}' is never used in {RuleText.Operation(operation.Node)}.");
                }
            }
        }
    }
}
