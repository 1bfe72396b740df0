using GraphQLParser.AST;

namespace Kraken.Codegen.Testing.Usage;

/// <summary>GraphQL spellings of schema enums.</summary>
internal static class SchemaText
{
    /// <summary>A directive location as SDL writes it, for example <c>FIELD_DEFINITION</c>.</summary>
    public static string Location(DirectiveLocation location)
    {
        var name = location.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
