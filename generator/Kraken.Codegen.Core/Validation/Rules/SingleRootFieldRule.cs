using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.2.4.1, Single Root Field (graphql-js: SingleFieldSubscriptions): a subscription selects exactly
/// one root field (by response name, through fragments), that field is not an introspection field, and no root
/// selection carries <c>@skip</c> or <c>@include</c>.
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var subject = operation.Name is { } name ? $"Subscription '{name.StringValue}'" : "The anonymous subscription";
        var firstByResponseName = new Dictionary<string, (GraphQLField Field, ExecutableDocument Document)>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        // Depth-first in document order, with an explicit stack so that long fragment chains cannot exhaust the call stack.
        var pending = new Stack<(List<ASTNode> Selections, int Index, ExecutableDocument Document)>();
        pending.Push((operation.SelectionSet.Selections, 0, context.Document!));
        while (pending.Count > 0)
        {
            var (selections, index, document) = pending.Pop();
            if (index >= selections.Count)
            {
                continue;
            }

            pending.Push((selections, index + 1, document));
            var selection = selections[index];
            if (selection is IHasDirectivesNode withDirectives)
            {
                foreach (var directive in withDirectives.DirectiveList().Where(d => d.Name.StringValue is "skip" or "include"))
                {
                    context.Report(
                        DiagnosticDescriptors.SingleRootField,
                        document,
                        directive.Name,
                        $"{subject} must not use '@{directive.Name.StringValue}' on its root selections: the single root field must always be selected.");
                }
            }

            switch (selection)
            {
                case GraphQLField field:
                    var responseName = field.ResponseName();
                    if (!firstByResponseName.ContainsKey(responseName))
                    {
                        firstByResponseName.Add(responseName, (field, document));
                        order.Add(responseName);
                    }

                    break;
                case GraphQLInlineFragment inline when Applies(context.Schema, inline.TypeCondition, subscriptionType):
                    pending.Push((inline.SelectionSet.Selections, 0, document));
                    break;
                case GraphQLFragmentSpread spread:
                    var fragmentName = spread.FragmentName.Name.StringValue;
                    if (visitedFragments.Add(fragmentName)
                        && context.GetFragment(fragmentName) is { } fragment
                        && Applies(context.Schema, fragment.Node.TypeCondition, subscriptionType))
                    {
                        pending.Push((fragment.Node.SelectionSet.Selections, 0, fragment.Document));
                    }

                    break;
            }
        }

        foreach (var responseName in order.Skip(1))
        {
            var (field, document) = firstByResponseName[responseName];
            context.Report(
                DiagnosticDescriptors.SingleRootField,
                document,
                field.Alias?.Name ?? field.Name,
                $"{subject} must select only one top level field, but also selects '{responseName}'.");
        }

        // The one root field must not be an introspection field (further fields are reported above already).
        if (order.Count > 0 && firstByResponseName[order[0]] is var (rootField, rootDocument) && BuiltIns.IsIntrospectionName(rootField.Name.StringValue))
        {
            context.Report(
                DiagnosticDescriptors.SingleRootField,
                rootDocument,
                rootField.Name,
                $"{subject} must not select the introspection field '{rootField.Name.StringValue}' at its root.");
        }
    }

    private static bool Applies(SchemaModel schema, GraphQLTypeCondition? condition, ObjectTypeDefinition rootType) =>
        condition is null || (schema.GetType(condition.Type.Name.StringValue) is { } type && schema.IsPossibleType(type, rootType));
}
