using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.2.3.1, Lone Anonymous Operation (graphql-js: LoneAnonymousOperation): an operation without a
/// name must be the only operation of the document set. Reported at the start of each anonymous operation.
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override void LeaveDocumentSet(ValidationContext context)
    {
        var operations = context.Documents.Operations.ToList();
        if (operations.Count < 2)
        {
            return;
        }

        foreach (var operation in operations.Where(o => o.Node.Name is null))
        {
            var location = RuleText.OperationStart(operation.Document, operation.Node);
            context.Report(
                DiagnosticDescriptors.LoneAnonymousOperation,
                location,
                $"This anonymous operation must be the only operation, but the documents define {operations.Count}. Give every operation a name.");
        }
    }
}
