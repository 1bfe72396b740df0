using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Documents;

/// <summary>Small conversions from GraphQL-Parser's AST to the project's values.</summary>
public static class AstExtensions
{
    public static string Text(this GraphQLName name) => name.StringValue;

    public static TypeReference ToTypeReference(this GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeReference.NonNull(nonNull.Type.ToTypeReference()),
        GraphQLListType list => TypeReference.ListOf(list.Type.ToTypeReference()),
        GraphQLNamedType named => TypeReference.Named(named.Name.StringValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type node."),
    };

    /// <summary>The name under which a field's value appears in the response: its alias, else its name.</summary>
    public static string ResponseName(this GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    public static string? DescriptionText(this IHasDescriptionNode node) => node.Description?.Value.ToString();

    public static IEnumerable<GraphQLDirective> DirectiveList(this IHasDirectivesNode node) =>
        node.Directives?.Items ?? Enumerable.Empty<GraphQLDirective>();

    public static IEnumerable<GraphQLArgument> ArgumentList(this IHasArgumentsNode node) =>
        node.Arguments?.Items ?? Enumerable.Empty<GraphQLArgument>();

    public static IEnumerable<ASTNode> SelectionList(this GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections ?? Enumerable.Empty<ASTNode>();

    public static GraphQLArgument? FindArgument(this GraphQLDirective directive, string name) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name);
}
