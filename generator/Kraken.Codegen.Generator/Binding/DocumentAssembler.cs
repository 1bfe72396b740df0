using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// The text an operation sends: the operation, then each fragment it reaches, with <c>__typename</c> added where
/// families need it and line endings normalised, so the text (and its hash) is the same on every platform.
/// </summary>
internal static class DocumentAssembler
{
    public static string Assemble(
        ExecutableDocument document,
        GraphQLOperationDefinition operation,
        IEnumerable<(GraphQLFragmentDefinition Node, ExecutableDocument Document)> fragments,
        IReadOnlyCollection<(string Path, int Offset, string ResponseName)> typenameInsertions)
    {
        var builder = new StringBuilder();
        builder.Append(Cut(document, operation, typenameInsertions));
        foreach (var fragment in fragments)
        {
            builder.Append("\n\n").Append(Cut(fragment.Document, fragment.Node, typenameInsertions));
        }

        return builder.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, as persisted queries identify a document.</summary>
    public static string Sha256(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Cut(ExecutableDocument document, ASTNode definition, IReadOnlyCollection<(string Path, int Offset, string ResponseName)> typenameInsertions)
    {
        var start = definition.Location.Start;
        var end = definition.Location.End;
        var insertions = typenameInsertions
            .Where(i => i.Path == document.Source.Path && i.Offset > start && i.Offset <= end)
            .OrderByDescending(i => i.Offset)
            .ToList();
        var cut = new StringBuilder(document.Source.Text.Substring(start, end - start));
        foreach (var insertion in insertions)
        {
            cut.Insert(insertion.Offset - start, insertion.ResponseName == "__typename" ? " __typename" : " " + insertion.ResponseName + ": __typename");
        }

        return cut.ToString().Replace("\r\n", "\n");
    }
}
