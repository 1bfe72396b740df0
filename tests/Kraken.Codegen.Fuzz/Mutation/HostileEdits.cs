using GraphQLParser;
using GraphQLParser.AST;

namespace Kraken.Codegen.Fuzz.Mutation;

/// <summary>
/// Edits that keep a document valid GraphQL but make the generated C# hard to get right: aliases and schema names that
/// are C# keywords or generated member names, and descriptions that try to break out of an XML doc comment, a string
/// or a template (the schema is untrusted input; whatever it holds, the generated code must compile).
/// </summary>
public static class HostileEdits
{
    public static readonly string[] Descriptions =
    [
        "*/ class Injected { } /*",
        "</summary><remarks>unclosed",
        "line one\u2028line two\u2029line three\u0085four",
        "\\\" \\\\ \\n \\u0000 {{ }} {% %} {{ end }}",
        "<![CDATA[ ]]> &amp; &lt; & < > \"quoted\" 'single'",
        "#pragma warning disable\n#error injected\n#region",
        "trailing backslash \\",
        "\"\"\"\" escaped triple quotes \\\"\"\" inside",
        "emoji 🎉 and combining e\u0301 and RTL \u202Eabc",
        "",
        "   ",
        "@deprecated(reason: \"x\") - Marked as deprecated on 2024-02-30.\n- Scheduled for removal on or after 9999-99-99.",
        "- KT-CT-4177: Unauthorized.\n- KT-CT-0000: \u2028 */ \"",
    ];

    /// <summary>Gives one field of an operation an alias that troubles C#.</summary>
    public static string AliasField(string document, Random random)
    {
        var fields = Nodes<GraphQLField>(document);
        if (fields.Count == 0)
        {
            return document;
        }

        var field = fields[random.Next(fields.Count)];
        var alias = TextMutator.HostileNames[random.Next(TextMutator.HostileNames.Length)];
        var start = field.Alias?.Location.Start ?? field.Location.Start;
        var end = field.Alias is null ? start : field.Name.Location.Start;
        return document.Substring(0, start) + alias + ": " + document.Substring(end);
    }

    /// <summary>Adds a hostile description before a type, field, argument or enum value of an SDL schema, or renames one.</summary>
    public static string Schema(string sdl, Random random)
    {
        var nodes = Nodes<ASTNode>(sdl).Where(n => n is GraphQLTypeDefinition or GraphQLFieldDefinition or GraphQLInputValueDefinition or GraphQLEnumValueDefinition).ToList();
        if (nodes.Count == 0)
        {
            return sdl;
        }

        var node = nodes[random.Next(nodes.Count)];
        if (random.Next(3) == 0 && node is GraphQLFieldDefinition or GraphQLEnumValueDefinition)
        {
            // Renamed: operations that select it become invalid, but an enum value or an unselected field stays generated.
            var name = node is GraphQLFieldDefinition field ? field.Name : ((GraphQLEnumValueDefinition)node).Name;
            var replacement = TextMutator.HostileNames[random.Next(TextMutator.HostileNames.Length)];
            if (node is GraphQLEnumValueDefinition && replacement is "true" or "false" or "null")
            {
                return sdl;
            }

            return sdl.Substring(0, name.Location.Start) + replacement + sdl.Substring(name.Location.End);
        }

        var description = Descriptions[random.Next(Descriptions.Length)].Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        // Fields, arguments and enum values are GraphQLTypeDefinitions too in GraphQL-Parser: all carry a description.
        var existing = ((GraphQLTypeDefinition)node).Description;
        var (from, to) = existing is null ? (node.Location.Start, node.Location.Start) : (existing.Location.Start, existing.Location.End);
        return sdl.Substring(0, from) + "\"\"\"" + description + "\"\"\" " + sdl.Substring(to);
    }

    private static List<T> Nodes<T>(string document)
        where T : ASTNode
    {
        if (TextMutator.HasLongLine(document))
        {
            return [];
        }

        try
        {
            var nodes = new List<T>();
            var stack = new Stack<ASTNode>();
            stack.Push(Parser.Parse(document, new ParserOptions { Ignore = IgnoreOptions.Comments }));
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is T match)
                {
                    nodes.Add(match);
                }

                foreach (var child in Children(node))
                {
                    stack.Push(child);
                }
            }

            return nodes;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static IEnumerable<ASTNode> Children(ASTNode node) => node switch
    {
        GraphQLDocument document => document.Definitions,
        GraphQLOperationDefinition operation => [operation.SelectionSet],
        GraphQLFragmentDefinition fragment => [fragment.SelectionSet],
        GraphQLSelectionSet set => set.Selections,
        GraphQLField { SelectionSet: { } set } => [set],
        GraphQLInlineFragment inline => [inline.SelectionSet],
        GraphQLObjectTypeDefinition { Fields: { } fields } => fields.Items,
        GraphQLInterfaceTypeDefinition { Fields: { } fields } => fields.Items,
        GraphQLInputObjectTypeDefinition { Fields: { } fields } => fields.Items,
        GraphQLEnumTypeDefinition { Values: { } values } => values.Items,
        GraphQLFieldDefinition { Arguments: { } arguments } => arguments.Items,
        _ => [],
    };
}
