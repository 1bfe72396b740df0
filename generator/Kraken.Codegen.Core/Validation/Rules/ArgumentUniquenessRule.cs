using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.4.2, Argument Uniqueness (graphql-js: UniqueArgumentNames): a field or directive is given each
/// argument at most once. Reported at every repetition.
/// </summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    public override void EnterArguments(ValidationContext context, ASTNode owner, IReadOnlyList<GraphQLArgument> arguments, OrderedMap<Schema.InputValueDefinition>? definitions)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!seen.Add(argument.Name.StringValue))
            {
                context.Report(
                    DiagnosticDescriptors.ArgumentUniqueness,
                    argument.Name,
                    $"There can be only one argument named '{argument.Name.StringValue}'.");
            }
        }
    }
}
