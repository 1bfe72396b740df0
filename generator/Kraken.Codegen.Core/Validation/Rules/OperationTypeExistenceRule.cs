using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.2.1.1, Operation Type Existence (graphql-js: KnownOperationTypes): the schema must have a root
/// type for the kind of each operation. Reported at the operation keyword.
/// </summary>
public sealed class OperationTypeExistenceRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (context.Schema.GetRootType(operation.Operation) is not null)
        {
            return;
        }

        var keyword = operation.Operation.ToString().ToLowerInvariant();
        var location = RuleText.OperationStart(context.Document!, operation);
        context.Report(
            DiagnosticDescriptors.OperationTypeExistence,
            location,
            $"The schema does not support {keyword} operations: it defines no {keyword} root type.");
    }
}
