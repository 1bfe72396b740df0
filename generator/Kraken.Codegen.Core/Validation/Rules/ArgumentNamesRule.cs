using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.4.1, Argument Names (graphql-js: KnownArgumentNames): every argument given to a field or
/// directive is defined by it. Arguments of unknown fields and directives are left to the rules that report those.
/// </summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
        if (definition is not null)
        {
            Check(context, field.Arguments, definition.Arguments, $"field '{definition.Coordinate}'");
        }
    }

    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, DirectiveDefinition? definition, DirectiveLocation location)
    {
        if (definition is not null)
        {
            Check(context, directive.Arguments, definition.Arguments, $"directive '@{definition.Name}'");
        }
    }

    private static void Check(ValidationContext context, GraphQLArguments? arguments, OrderedMap<InputValueDefinition> definitions, string owner)
    {
        foreach (var argument in arguments?.Items ?? new List<GraphQLArgument>())
        {
            var name = argument.Name.StringValue;
            if (!definitions.Contains(name))
            {
                context.Report(
                    DiagnosticDescriptors.ArgumentNames,
                    argument.Name,
                    $"Unknown argument '{name}' on {owner}.{Suggestions.DidYouMean(name, definitions.Select(d => d.Name))}");
            }
        }
    }
}
