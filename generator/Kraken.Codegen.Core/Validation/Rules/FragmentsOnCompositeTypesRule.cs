using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.1.3, Fragments On Composite Types (graphql-js: FragmentsOnCompositeTypes): a type condition
/// names an object, interface or union type.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment) =>
        Check(context, fragment.TypeCondition, $"Fragment '{fragment.FragmentName.Name.StringValue}'");

    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, NamedTypeDefinition? parentType, NamedTypeDefinition? typeCondition) =>
        Check(context, fragment.TypeCondition, "An inline fragment");

    private static void Check(ValidationContext context, GraphQLTypeCondition? condition, string subject)
    {
        if (condition is not null && context.Schema.GetType(condition.Type.Name.StringValue) is { IsCompositeType: false } type)
        {
            context.Report(
                DiagnosticDescriptors.FragmentsOnCompositeTypes,
                condition.Type.Name,
                $"{subject} cannot condition on non-composite type '{type.Name}': only object, interface and union types have selections.");
        }
    }
}
