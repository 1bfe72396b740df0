using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.4.3, Required Arguments (graphql-js: ProvidedRequiredArguments): an argument of non-null type
/// without a default value must be given, and not as the literal <c>null</c>. Missing arguments are reported at the
/// field or directive name; an explicit <c>null</c> at the value (Values of Correct Type then stays silent about it).
/// </summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
        if (definition is not null)
        {
            Check(context, field.Name, field.Arguments, definition.Arguments, $"Field '{field.Name.StringValue}'");
        }
    }

    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, DirectiveDefinition? definition, DirectiveLocation location)
    {
        if (definition is not null)
        {
            Check(context, directive.Name, directive.Arguments, definition.Arguments, $"Directive '@{definition.Name}'");
        }
    }

    private static void Check(ValidationContext context, GraphQLName ownerName, GraphQLArguments? arguments, OrderedMap<InputValueDefinition> definitions, string owner)
    {
        foreach (var definition in definitions)
        {
            if (!definition.IsRequired)
            {
                continue;
            }

            var argument = arguments?.Items.FirstOrDefault(a => a.Name.StringValue == definition.Name);
            if (argument is null)
            {
                context.Report(
                    DiagnosticDescriptors.RequiredArguments,
                    ownerName,
                    $"{owner} argument '{definition.Name}' of type '{definition.Type}' is required, but it was not provided.");
            }
            else if (argument.Value is GraphQLNullValue)
            {
                context.Report(
                    DiagnosticDescriptors.RequiredArguments,
                    argument.Value,
                    $"{owner} argument '{definition.Name}' of type '{definition.Type}' is required and must not be null.");
            }
        }
    }
}
