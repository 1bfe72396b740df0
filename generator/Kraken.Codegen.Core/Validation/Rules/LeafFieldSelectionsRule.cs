using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.3.3, Leaf Field Selections (graphql-js: ScalarLeafs): a field of scalar or enum type has no
/// sub-selection; a field of object, interface or union type must have one.
/// </summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
        if (definition is null || context.Schema.GetNamedType(definition.Type) is not { } fieldType)
        {
            return;
        }

        var name = field.Name.StringValue;
        if (fieldType.IsLeafType && field.SelectionSet is not null)
        {
            context.Report(
                DiagnosticDescriptors.LeafFieldSelections,
                field.Name,
                $"Field '{name}' must not have a selection since type '{definition.Type}' has no subfields.");
        }
        else if (fieldType.IsCompositeType && field.SelectionSet is null)
        {
            context.Report(
                DiagnosticDescriptors.LeafFieldSelections,
                field.Name,
                $"Field '{name}' of type '{definition.Type}' must have a selection of subfields. Did you mean '{name} {{ ... }}'?");
        }
    }
}
