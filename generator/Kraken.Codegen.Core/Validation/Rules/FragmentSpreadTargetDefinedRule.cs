using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.2.1, Fragment Spread Target Defined (graphql-js: KnownFragmentNames): a spread names a
/// fragment defined in some file of the document set.
/// </summary>
public sealed class FragmentSpreadTargetDefinedRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, GraphQLFragmentSpread spread, NamedTypeDefinition? parentType)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (context.GetFragment(name) is null)
        {
            var candidates = context.Documents.Fragments.Select(f => f.Node.FragmentName.Name.StringValue).Distinct();
            context.Report(
                DiagnosticDescriptors.FragmentSpreadTargetDefined,
                spread.FragmentName.Name,
                $"Unknown fragment '{name}'.{Suggestions.DidYouMean(name, candidates)}");
        }
    }
}
