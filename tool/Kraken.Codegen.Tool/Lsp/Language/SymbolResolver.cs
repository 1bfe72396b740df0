using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Projects;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>The schema element, fragment or variable a name in an operation file stands for.</summary>
internal sealed record ResolvedSymbol(GraphQLToken Token, object Target, string Markdown, SourceLocation? Definition);

/// <summary>Resolves the name at a position of an operation file, for hover and go to definition.</summary>
internal static class SymbolResolver
{
    public static ResolvedSymbol? Resolve(SchemaModel schema, SourceFile source, int offset, ExecutableDocumentSet? documents, IReadOnlyList<ScalarMapping>? scalars = null)
    {
        var symbol = ResolveCore(schema, source, offset, documents);
        var typeName = symbol?.Target switch
        {
            FieldDefinition field => field.Type.NamedType,
            InputValueDefinition value => value.Type.NamedType,
            ScalarTypeDefinition scalar => scalar.Name,
            _ => null,
        };
        var mapping = typeName is null ? null : scalars?.FirstOrDefault(m => m.GraphQLName == typeName);
        return mapping is null
            ? symbol
            : symbol! with { Markdown = symbol.Markdown + $"\n\n`{mapping.GraphQLName}` is read as `{mapping.ClrType}` (KrakenCodegenScalar, converter `{mapping.Converter}`)." };
    }

    private static ResolvedSymbol? ResolveCore(SchemaModel schema, SourceFile source, int offset, ExecutableDocumentSet? documents)
    {
        var tokens = GraphQLTokens.Read(source.Text);
        var context = CursorScanner.At(schema, tokens, offset);
        if (context.Token is not { } token)
        {
            return null;
        }

        switch (context.Role)
        {
            case TokenRole.Field when context.Field is { } field:
                return new ResolvedSymbol(token, field, SchemaDocumentation.Field(field), field.Location);
            case TokenRole.Argument:
                var argument = (context.Directive?.Arguments ?? context.Field?.Arguments)?[token.Text];
                return argument is null ? null : new ResolvedSymbol(token, argument, SchemaDocumentation.InputValue(argument), argument.Location);
            case TokenRole.InputField:
                var inputField = context.InputType?.Fields[token.Text];
                return inputField is null ? null : new ResolvedSymbol(token, inputField, SchemaDocumentation.InputValue(inputField), inputField.Location);
            case TokenRole.Value:
                var enumValue = (context.ExpectedType is null ? null : schema.GetNamedType(context.ExpectedType)) is EnumTypeDefinition enumType ? enumType.Values[token.Text] : null;
                return enumValue is null ? null : new ResolvedSymbol(token, enumValue, SchemaDocumentation.EnumValue(enumValue), enumValue.Location);
            case TokenRole.Directive when context.Directive is { } directive:
                return new ResolvedSymbol(token, directive, SchemaDocumentation.Directive(directive), directive.Location);
            case TokenRole.TypeCondition or TokenRole.VariableType:
                var type = schema.GetType(token.Text);
                return type is null ? null : new ResolvedSymbol(token, type, SchemaDocumentation.Type(type), type.Location);
            case TokenRole.FragmentSpread when documents?.GetFragment(token.Text) is { } fragment:
                var condition = fragment.Node.TypeCondition.Type.Name.StringValue;
                return new ResolvedSymbol(
                    token,
                    fragment.Node,
                    $"```graphql\nfragment {token.Text} on {condition}\n```\nDefined in {Path.GetFileName(fragment.Document.Source.Path)}",
                    fragment.Document.LocationOf(fragment.Node.FragmentName));
            case TokenRole.Variable:
                var variable = context.Variables.FirstOrDefault(v => v.Name == token.Text);
                return variable is null ? null : new ResolvedSymbol(token, variable, $"```graphql\n${variable.Name}: {variable.TypeText}\n```", source.GetLocation(variable.Start, variable.End));
            default:
                return null;
        }
    }
}
