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
    // Gathered once per validation, suggestions once per name: a document can have thousands of unknown type conditions.
    private readonly Dictionary<string, string> _suggestions = new(StringComparer.Ordinal);
    private List<string>? _candidates;

    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment) =>
        Check(context, fragment.TypeCondition);

    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, NamedTypeDefinition? parentType, NamedTypeDefinition? typeCondition) =>
        Check(context, fragment.TypeCondition);

    private void Check(ValidationContext context, GraphQLTypeCondition? condition)
    {
        if (condition is null)
        {
            return;
        }

        var name = condition.Type.Name.StringValue;
        if (context.Schema.GetType(name) is null)
        {
            _candidates ??= context.Schema.Types.Where(t => t.IsCompositeType && !t.IsBuiltIn).Select(t => t.Name).ToList();
            if (!_suggestions.TryGetValue(name, out var suggestion))
            {
                _suggestions[name] = suggestion = Suggestions.DidYouMean(name, _candidates);
            }

            context.Report(DiagnosticDescriptors.FragmentSpreadTypeExistence, condition.Type.Name, $"Unknown type '{name}' in type condition.{suggestion}");
        }
    }
}
