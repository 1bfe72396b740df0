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

        // GraphQL-Parser reads a view of the text in which its error reporting cannot fail (see ParserView).
        var view = ParserView.Create(text, limits.MaxLineLength);
        if (view.LongestLineLength > limits.MaxLineLength)
        {
            diagnostics.Add(DiagnosticDescriptors.DocumentTooLarge.Create(
                source.GetLocation(view.LongestLineStart, view.LongestLineStart + 1),
                $"A single token here is {view.LongestLineLength:N0} characters long; the limit is {limits.MaxLineLength:N0}."));
            return null;
        }

        if (!CheckTokenCount(source, view.Text, limits, diagnostics, cancellationToken))
        {
            return null;
        }

        try
        {
            return Parser.Parse(view.Text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxDepth * 4 });
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            diagnostics.Add(DiagnosticDescriptors.NestingTooDeep.Create(
                LocationOf(source, view, exception),
                $"The document is nested more deeply than the limit of {limits.MaxDepth} levels."));
            return null;
        }
        catch (GraphQLParserException exception)
        {
            diagnostics.Add(DiagnosticDescriptors.SyntaxError.Create(LocationOf(source, view, exception), CleanMessage(exception)));
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parser failed some other way (for example while composing its own error message): still a syntax
            // error of this document, never an exception for the caller.
            diagnostics.Add(DiagnosticDescriptors.SyntaxError.Create(
                FailureLocation(source, view.Text),
                $"The document cannot be parsed ({exception.GetType().Name} in the GraphQL parser)."));
            return null;
        }
    }

    /// <summary>Turns a GraphQL-Parser node location into a source location.</summary>
    public static SourceLocation LocationOf(SourceFile source, ASTNode node) =>
        source.GetLocation(node.Location.Start, node.Location.End);

    /// <summary>
    /// Parses one GraphQL input value literal (a default value in an introspection result); returns null and sets
    /// <paramref name="error"/> when it is not one. Never throws.
    /// </summary>
    public static GraphQLValue? ParseValue(string text, out string? error)
    {
        error = null;
        var limits = ParseLimits.Operations;
        var view = ParserView.Create(text, limits.MaxLineLength);
        if (text.Length > limits.MaxCharacters || view.LongestLineLength > limits.MaxLineLength)
        {
            error = $"it is longer than the limit of {Math.Min(limits.MaxCharacters, limits.MaxLineLength):N0} characters.";
            return null;
        }

        try
        {
            return Parser.Parse<GraphQLValue>(view.Text, new ParserOptions { Ignore = IgnoreOptions.All, MaxDepth = limits.MaxDepth });
        }
        catch (GraphQLParserException exception)
        {
            error = CleanMessage(exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            error = $"it cannot be parsed ({exception.GetType().Name} in the GraphQL parser).";
        }

        return null;
    }

    // GraphQL-Parser counts its AST depth in nodes (a selection set and a field are two levels), so the parser's
    // own limit is a multiple of the user-facing selection depth; the lexer pass below guards the token count.
    private static bool CheckTokenCount(SourceFile source, string text, ParseLimits limits, List<GraphQLDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
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
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parser reports the same syntax error with a better message.
            return true;
        }
    }

    /// <summary>
    /// Where to report a parser failure that carried no position: the first token the lexer cannot read, else the
    /// end of the text (where a parser runs out of input).
    /// </summary>
    private static SourceLocation FailureLocation(SourceFile source, string text)
    {
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return source.GetLocation(text.Length, text.Length);
                }

                position = token.End;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return source.GetLocation(position, Math.Min(position + 1, text.Length));
        }
    }

    private static SourceLocation LocationOf(SourceFile source, ParserView view, GraphQLParserException exception)
    {
        var offset = view.OffsetOf(exception);
        return source.GetLocation(offset, offset < source.Text.Length ? offset + 1 : offset);
    }

    private static string CleanMessage(GraphQLParserException exception)
    {
        // The parser's message repeats the location and quotes the source; keep the description only, on one line
        // (it quotes the token it found, which can be a block string of many lines) and of a readable length.
        const int MaxLength = 300;
        var message = exception.Description;
        if (string.IsNullOrWhiteSpace(message))
        {
            return "The document cannot be parsed.";
        }

        var text = OneLine.Escape(message);
        var reference = text.IndexOf("; for more information see ", StringComparison.Ordinal);
        if (text.Length > MaxLength)
        {
            var tail = reference > 0 ? text.Substring(reference) : string.Empty;
            text = text.Substring(0, Math.Max(0, MaxLength - tail.Length)) + "…" + tail;
        }

        return text.TrimEnd('.') + ".";
    }
}
