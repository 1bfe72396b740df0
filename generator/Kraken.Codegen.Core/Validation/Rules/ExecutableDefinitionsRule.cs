using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.1.1, Executable Definitions (graphql-js: ExecutableDefinitions): an operation document holds
/// only operations and fragments; type system definitions belong in schema files.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDefinition(ValidationContext context, ASTNode definition)
    {
        if (definition is GraphQLOperationDefinition or GraphQLFragmentDefinition)
        {
            return;
        }

        var (node, what) = definition switch
        {
            GraphQLSchemaExtension => (definition, "The schema extension"),
            GraphQLDirectiveDefinition directive => ((ASTNode)directive.Name, $"The directive definition '@{directive.Name.StringValue}'"),
            GraphQLTypeDefinition type => (type.Name, $"The type definition '{type.Name.StringValue}'"),
            GraphQLTypeExtension extension => (extension.Name, $"The type extension '{extension.Name.StringValue}'"),
            _ => (definition, "The schema definition"),
        };
        context.Report(
            DiagnosticDescriptors.ExecutableDefinitions,
            node,
            $"{what} is not executable: an operation document may contain only operations and fragments. Move it to a schema file.");
    }
}
