using GraphQLParser;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Tool.Lsp.Protocol;
using Kraken.Codegen.Tool.Lsp.Workspace;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>
/// The outline of an operation file: its operations and fragments, found from the tokens so that the outline stays
/// while the file does not parse. Each symbol spans from its keyword to its closing brace.
/// </summary>
internal static class DocumentSymbols
{
    // LSP SymbolKind values.
    private const int ClassKind = 5;
    private const int FunctionKind = 12;

    public static IReadOnlyList<DocumentSymbol> Of(SourceFile source)
    {
        var tokens = GraphQLTokens.Read(source.Text);
        var symbols = new List<DocumentSymbol>();
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (depth == 0 && token.Kind == TokenKind.NAME && token.Text is "query" or "mutation" or "subscription" or "fragment")
            {
                var nameToken = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.NAME ? tokens[i + 1] : (GraphQLToken?)null;
                var end = EndOfDefinition(tokens, i);
                var detail = token.Text == "fragment" && i + 3 < tokens.Count && tokens[i + 2].IsName("on") ? "on " + tokens[i + 3].Text : token.Text;
                symbols.Add(new DocumentSymbol(
                    nameToken?.Text ?? "(anonymous " + token.Text + ")",
                    detail,
                    token.Text == "fragment" ? ClassKind : FunctionKind,
                    TextPositions.ToRange(source, token.Start, end),
                    nameToken is { } name ? TextPositions.ToRange(source, name.Start, name.End) : TextPositions.ToRange(source, token.Start, token.End),
                    null));
            }
            else if (depth == 0 && token.Kind == TokenKind.BRACE_L && (i == 0 || tokens[i - 1].Kind == TokenKind.BRACE_R))
            {
                symbols.Add(new DocumentSymbol("(anonymous query)", "query", FunctionKind, TextPositions.ToRange(source, token.Start, EndOfDefinition(tokens, i)), TextPositions.ToRange(source, token.Start, token.End), null));
            }

            depth += token.Kind switch
            {
                TokenKind.BRACE_L => 1,
                TokenKind.BRACE_R when depth > 0 => -1,
                _ => 0,
            };
        }

        return symbols;
    }

    /// <summary>The end of the definition starting at token <paramref name="start"/>: after its outermost closing brace, or the last token.</summary>
    private static int EndOfDefinition(IReadOnlyList<GraphQLToken> tokens, int start)
    {
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.BRACE_L)
            {
                depth++;
            }
            else if (tokens[i].Kind == TokenKind.BRACE_R && --depth == 0)
            {
                return tokens[i].End;
            }
        }

        return tokens.Count > 0 ? tokens[tokens.Count - 1].End : 0;
    }
}
