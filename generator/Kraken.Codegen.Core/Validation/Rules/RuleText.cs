using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>Wording shared by the rules' messages, so that the same thing is always named the same way.</summary>
internal static class RuleText
{
    private const int MaxValueLength = 60;

    /// <summary>A literal printed as GraphQL, shortened when long so that messages stay readable.</summary>
    public static string Value(GraphQLValue value)
    {
        var text = GraphQLValuePrinter.Print(value);
        return text.Length <= MaxValueLength ? text : text.Substring(0, MaxValueLength) + "…";
    }

    /// <summary>How an operation is named in messages: <c>operation 'getBills'</c> or <c>the anonymous query</c>.</summary>
    public static string Operation(GraphQLOperationDefinition operation) =>
        operation.Name is { } name
            ? $"operation '{name.StringValue}'"
            : $"the anonymous {operation.Operation.ToString().ToLowerInvariant()}";

    /// <summary>
    /// The span that starts an operation: its keyword (<c>query</c>, <c>mutation</c>, <c>subscription</c>), or the
    /// opening brace of the query shorthand. Used where the operation has no name to point at.
    /// </summary>
    public static SourceLocation OperationStart(ExecutableDocument document, GraphQLOperationDefinition operation)
    {
        var start = operation.Location.Start;
        var keyword = operation.Operation.ToString().ToLowerInvariant();
        var text = document.Source.Text;
        var isKeyword = string.CompareOrdinal(text, start, keyword, 0, keyword.Length) == 0;
        return document.Source.GetLocation(start, start + (isKeyword ? keyword.Length : 1));
    }

    /// <summary>Where something was first defined, for "duplicate" messages: <c>path(line,column)</c>.</summary>
    public static string Where(SourceLocation location) => location.ToString();
}
