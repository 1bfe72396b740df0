using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.8.2, Variables Are Input Types (graphql-js: VariablesAreInputTypes and, for unknown names,
/// KnownTypeNames): a variable's type is a scalar, enum or input object type of the schema.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    // Gathered once per validation, suggestions once per name: a document can have thousands of variables of unknown types.
    private readonly Dictionary<string, string> _suggestions = new(StringComparer.Ordinal);
    private List<string>? _candidates;

    public override void EnterVariableDefinition(ValidationContext context, GraphQLVariableDefinition variable)
    {
        var typeName = NamedTypeOf(variable.Type);
        var name = variable.Variable.Name.StringValue;
        var type = context.Schema.GetType(typeName.Name.StringValue);
        if (type is null)
        {
            _candidates ??= context.Schema.Types.Where(t => t.IsInputType && !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(t => t.Name).ToList();
            var unknown = typeName.Name.StringValue;
            if (!_suggestions.TryGetValue(unknown, out var suggestion))
            {
                _suggestions[unknown] = suggestion = Suggestions.DidYouMean(unknown, _candidates);
            }

            context.Report(DiagnosticDescriptors.VariablesAreInputTypes, typeName.Name, $"Variable '${name}' has the unknown type '{unknown}'.{suggestion}");
        }
        else if (!type.IsInputType)
        {
            context.Report(
                DiagnosticDescriptors.VariablesAreInputTypes,
                typeName.Name,
                $"Variable '${name}' cannot be of non-input type '{type.Name}' ({type.Kind.ToString().ToLowerInvariant()}): use a scalar, enum or input object type.");
        }
    }

    private static GraphQLNamedType NamedTypeOf(GraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case GraphQLNonNullType nonNull:
                    type = nonNull.Type;
                    break;
                case GraphQLListType list:
                    type = list.Type;
                    break;
                default:
                    return (GraphQLNamedType)type;
            }
        }
    }
}
