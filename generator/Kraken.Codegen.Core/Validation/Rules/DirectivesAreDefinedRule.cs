using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.7.1, Directives Are Defined (graphql-js: KnownDirectives): every directive used is defined by
/// the schema (client-side directives must be declared in a schema source to be accepted).
/// </summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, DirectiveDefinition? definition, DirectiveLocation location)
    {
        if (definition is not null)
        {
            return;
        }

        var name = directive.Name.StringValue;
        context.Report(
            DiagnosticDescriptors.DirectivesAreDefined,
            directive.Name,
            $"Unknown directive '@{name}': the schema does not define it.{Suggestions.DidYouMean(name, context.Schema.Directives.Select(d => d.Name))}");
    }
}
