using System.Text;
using GraphQLParser.AST;

namespace Kraken.Codegen.Core.Schema;

/// <summary>Directive locations as GraphQL writes them.</summary>
public static class DirectiveLocations
{
    /// <summary>A directive location as SDL and introspection spell it, for example <c>FIELD_DEFINITION</c> or <c>INLINE_FRAGMENT</c>.</summary>
    public static string ToGraphQL(DirectiveLocation location)
    {
        var name = location.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
