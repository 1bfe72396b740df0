using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.6.2, Input Object Field Names (graphql-js: part of ValuesOfCorrectType): every field of an
/// object literal is defined by the input object type expected there.
/// </summary>
public sealed class InputObjectFieldNamesRule : ValidationRule
{
    public override void EnterObjectField(ValidationContext context, GraphQLObjectField field, InputObjectTypeDefinition? inputType, InputValueDefinition? definition)
    {
        if (inputType is null || definition is not null)
        {
            return;
        }

        var name = field.Name.StringValue;
        context.Report(
            DiagnosticDescriptors.InputObjectFieldNames,
            field.Name,
            $"Field '{name}' is not defined by input object type '{inputType.Name}'.{Suggestions.DidYouMean(name, inputType.Fields.Select(f => f.Name))}");
    }
}
