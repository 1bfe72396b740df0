using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Documents;

/// <summary>
/// The one entry point to GraphQL-Parser. It enforces <see cref="ParseLimits"/> and turns every parser failure
/// into a located diagnostic, so no caller ever sees a parser exception.
/// </summary>
public static class GraphQLSyntax
{
    /// <summary>Parses <paramref name="source"/>; returns null and adds a diagnostic when it cannot.</summary>
    public static GraphQLDocument? Parse(SourceFile source, ParseLimits limits, List<GraphQLDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var text = source.Text;
        if (text.Length > limits.MaxCharacters)
        {
            diagnostics.Add(DiagnosticDescriptors.DocumentTooLarge.Create(
                source.GetLocation(0, 0),
                $"The document has {text.Length:N0} characters; the limit is {limits.MaxCharacters:N0}."));
            return null;
        }

        if (!CheckTokenCount(source, limits, diagnostics, cancellationToken))
        {
            return null;
        }

        try
        {
            return Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxDepth * 4 });
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            diagnostics.Add(DiagnosticDescriptors.NestingTooDeep.Create(
                LocationOf(source, exception),
                $"The document is nested more deeply than the limit of {limits.MaxDepth} levels."));
            return null;
        }
        catch (GraphQLParserException exception)
        {
            diagnostics.Add(DiagnosticDescriptors.SyntaxError.Create(LocationOf(source, exception), CleanMessage(exception)));
            return null;
        }
    }

    /// <summary>Turns a GraphQL-Parser node location into a source location.</summary>
    public static SourceLocation LocationOf(SourceFile source, ASTNode node) =>
        source.GetLocation(node.Location.Start, node.Location.End);

    // GraphQL-Parser counts its AST depth in nodes (a selection set and a field are two levels), so the parser's
    // own limit is a multiple of the user-facing selection depth; the lexer pass below guards the token count.
    private static bool CheckTokenCount(SourceFile source, ParseLimits limits, List<GraphQLDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var text = source.Text;

        // Every token takes at least one character, so a text no longer than the limit cannot exceed it.
        if (text.Length <= limits.MaxTokens)
        {
            return true;
        }

        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return true;
                }

                if (++count > limits.MaxTokens)
                {
                    diagnostics.Add(DiagnosticDescriptors.TooManyTokens.Create(
                        source.GetLocation(token.Start, token.End),
                        $"The document has more than {limits.MaxTokens:N0} tokens, the limit."));
                    return false;
                }

                if ((count & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                position = token.End;
            }
        }
        catch (GraphQLParserException)
        {
            // The parser reports the same syntax error with a better message.
            return true;
        }
    }

    private static SourceLocation LocationOf(SourceFile source, GraphQLParserException exception)
    {
        // GraphQL-Parser reports a one-based line and column.
        var offset = source.Lines.GetOffset(exception.Location.Line - 1, exception.Location.Column - 1);
        var end = offset < source.Text.Length ? offset + 1 : offset;
        return source.GetLocation(offset, end);
    }

    private static string CleanMessage(GraphQLParserException exception)
    {
        // The parser's message repeats the location and quotes the source; keep the description only.
        var message = exception.Description;
        return string.IsNullOrWhiteSpace(message) ? exception.Message : message.TrimEnd('.') + ".";
    }
}
