using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.3.1, Field Selections (graphql-js: FieldsOnCorrectType): a selected field must be defined on the
/// type it is selected from. Suggests the closest field name when there is one.
/// </summary>
public sealed class FieldSelectionsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
        if (parentType is null || definition is not null)
        {
            return;
        }

        var name = field.Name.StringValue;
        var candidates = parentType is FieldsTypeDefinition withFields ? withFields.Fields.Select(f => f.Name) : Enumerable.Empty<string>();
        var hint = parentType is UnionTypeDefinition
            ? " Unions have no fields of their own: select fields inside '... on Type' fragments."
            : Suggestions.DidYouMean(name, candidates);
        context.Report(DiagnosticDescriptors.FieldSelections, field.Name, $"Field '{name}' does not exist on type '{parentType.Name}'.{hint}");
    }
}
