using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.1.1, Fragment Name Uniqueness (graphql-js: UniqueFragmentNames): fragment names are unique
/// across every file of the document set (fragments are shared between files). Reported at each later definition,
/// naming where the first one is.
/// </summary>
public sealed class FragmentNameUniquenessRule : ValidationRule
{
    private readonly Dictionary<string, SourceLocation> _firstByName = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment)
    {
        var name = fragment.FragmentName.Name;
        if (_firstByName.TryGetValue(name.StringValue, out var first))
        {
            context.Report(
                DiagnosticDescriptors.FragmentNameUniqueness,
                name,
                $"There can be only one fragment named '{name.StringValue}'; it is first defined at {RuleText.Where(first)}.");
            return;
        }

        _firstByName.Add(name.StringValue, context.Document!.LocationOf(name));
    }
}
