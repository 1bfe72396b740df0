using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.1.2, Fragment Spread Type Existence (graphql-js: KnownTypeNames, for type conditions): the
/// type condition of a named or inline fragment names a type of the schema.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment) =>
        Check(context, fragment.TypeCondition);

    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, NamedTypeDefinition? parentType, NamedTypeDefinition? typeCondition) =>
        Check(context, fragment.TypeCondition);

    private static void Check(ValidationContext context, GraphQLTypeCondition? condition)
    {
        if (condition is null)
        {
            return;
        }

        var name = condition.Type.Name.StringValue;
        if (context.Schema.GetType(name) is null)
        {
            var candidates = context.Schema.Types.Where(t => t.IsCompositeType && !t.IsBuiltIn).Select(t => t.Name);
            context.Report(
                DiagnosticDescriptors.FragmentSpreadTypeExistence,
                condition.Type.Name,
                $"Unknown type '{name}' in type condition.{Suggestions.DidYouMean(name, candidates)}");
        }
    }
}
