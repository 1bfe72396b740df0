using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.8.3, All Variable Uses Defined (graphql-js: NoUndefinedVariables): every variable used by an
/// operation, directly or in any fragment it reaches, is defined by that operation. Judged per operation, so a
/// fragment shared by two operations can be fine for one and wrong for the other; reported at the use.
/// </summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    public override void LeaveDocumentSet(ValidationContext context)
    {
        foreach (var operation in context.Documents.Operations)
        {
            var defined = new HashSet<string>(
                (operation.Node.Variables?.Items ?? new()).Select(v => v.Variable.Name.StringValue),
                StringComparer.Ordinal);
            foreach (var (usage, document) in context.GetRecursiveVariableUsages(operation.Node))
            {
                if (!defined.Contains(usage.Name))
                {
                    context.Report(
                        DiagnosticDescriptors.AllVariableUsesDefined,
                        document,
                        usage.Node,
                        $"Variable '${usage.Name}' is not defined by {RuleText.Operation(operation.Node)}.");
                }
            }
        }
    }
}
