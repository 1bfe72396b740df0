using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.7.3, Directives Are Unique Per Location (graphql-js: UniqueDirectivesPerLocation): a directive
/// that is not repeatable appears at most once at each location. Unknown directives are left to 5.7.1.
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, IReadOnlyList<GraphQLDirective> directives, DirectiveLocation location)
    {
        if (directives.Count < 2)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.StringValue;
            if (context.Schema.GetDirective(name) is { IsRepeatable: false } && !seen.Add(name))
            {
                context.Report(
                    DiagnosticDescriptors.DirectivesAreUniquePerLocation,
                    directive.Name,
                    $"The directive '@{name}' can only be used once at this location.");
            }
        }
    }
}
