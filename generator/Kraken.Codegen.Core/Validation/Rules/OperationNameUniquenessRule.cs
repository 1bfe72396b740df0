using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.2.2.1, Operation Name Uniqueness (graphql-js: UniqueOperationNames): no two operations share a
/// name, across every file of the document set. Reported at each later definition, naming the first.
/// </summary>
public sealed class OperationNameUniquenessRule : ValidationRule
{
    private readonly Dictionary<string, SourceLocation> _firstByName = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (operation.Name is not { } name)
        {
            return;
        }

        var location = context.Document!.LocationOf(name);
        if (_firstByName.TryGetValue(name.StringValue, out var first))
        {
            context.Report(
                DiagnosticDescriptors.OperationNameUniqueness,
                name,
                $"There can be only one operation named '{name.StringValue}'; it is first defined at {RuleText.Where(first)}.");
            return;
        }

        _firstByName.Add(name.StringValue, location);
    }
}
