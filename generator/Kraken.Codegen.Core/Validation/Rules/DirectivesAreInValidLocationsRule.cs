using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.7.2, Directives Are In Valid Locations (graphql-js: KnownDirectives): a directive is used only
/// at a location its definition lists.
/// </summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, DirectiveDefinition? definition, DirectiveLocation location)
    {
        if (definition is null || definition.Locations.Contains(location))
        {
            return;
        }

        var allowed = string.Join(", ", definition.Locations.Select(DirectiveLocations.ToGraphQL));
        context.Report(
            DiagnosticDescriptors.DirectivesAreInValidLocations,
            directive.Name,
            $"Directive '@{definition.Name}' may not be used on {DirectiveLocations.ToGraphQL(location)}; it is allowed on {allowed}.");
    }
}
