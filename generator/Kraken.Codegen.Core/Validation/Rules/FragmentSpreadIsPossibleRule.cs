using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.2.3, Fragment Spread Is Possible (graphql-js: PossibleFragmentSpreads): a fragment may be
/// spread only where some object type could satisfy both the parent type and the fragment's type condition.
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, NamedTypeDefinition? parentType, NamedTypeDefinition? typeCondition)
    {
        if (fragment.TypeCondition is { } condition && IsImpossible(context, parentType, typeCondition))
        {
            context.Report(
                DiagnosticDescriptors.FragmentSpreadIsPossible,
                condition.Type.Name,
                $"Fragment cannot be spread here as objects of type '{parentType!.Name}' can never be of type '{typeCondition!.Name}'.");
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, GraphQLFragmentSpread spread, NamedTypeDefinition? parentType)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (context.GetFragment(name) is not { } fragment)
        {
            return;
        }

        var fragmentType = context.Schema.GetType(fragment.Node.TypeCondition.Type.Name.StringValue);
        if (IsImpossible(context, parentType, fragmentType))
        {
            context.Report(
                DiagnosticDescriptors.FragmentSpreadIsPossible,
                spread.FragmentName.Name,
                $"Fragment '{name}' cannot be spread here as objects of type '{parentType!.Name}' can never be of type '{fragmentType!.Name}'.");
        }
    }

    private static bool IsImpossible(ValidationContext context, NamedTypeDefinition? parentType, NamedTypeDefinition? fragmentType) =>
        parentType is { IsCompositeType: true }
        && fragmentType is { IsCompositeType: true }
        && !context.Schema.DoTypesOverlap(parentType, fragmentType);
}
