using System.Text;

namespace Kraken.Codegen.Runtime;

/// <summary>The server answered with GraphQL errors. <see cref="Errors"/> holds them; <see cref="ErrorCodes"/> their Kraken codes.</summary>
public class KrakenGraphQLException : Exception
{
    // Keeps exception messages readable when a response carries many errors.
    private const int MaxErrorsInMessage = 5;

    public KrakenGraphQLException(string operationName, IReadOnlyList<GraphQLError> errors)
        : this(operationName, errors, DescribeErrors(operationName, errors))
    {
    }

    protected KrakenGraphQLException(string operationName, IReadOnlyList<GraphQLError> errors, string message)
        : base(message)
    {
        OperationName = operationName;
        Errors = errors;
        ErrorCodes = errors.Select(error => error.ErrorCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    }

    public string OperationName { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The distinct Kraken error codes of <see cref="Errors"/>, in order of first appearance.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }

    public bool HasErrorCode(string code) => ErrorCodes.Contains(code, StringComparer.Ordinal);

    /// <summary>Chooses the most specific exception type for the errors.</summary>
    public static KrakenGraphQLException Create(string operationName, IReadOnlyList<GraphQLError> errors) =>
        errors.Any(error => KrakenErrorCodes.IsQueryTooComplex(error.ErrorCode))
            ? new KrakenQueryTooComplexException(operationName, errors)
            : new KrakenGraphQLException(operationName, errors);

    private protected static string DescribeErrors(string operationName, IReadOnlyList<GraphQLError> errors)
    {
        var text = new StringBuilder();
        text.Append("GraphQL operation '").Append(operationName).Append("' returned ")
            .Append(errors.Count).Append(errors.Count == 1 ? " error: " : " errors: ");
        for (var i = 0; i < Math.Min(errors.Count, MaxErrorsInMessage); i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            text.Append(errors[i]);
        }

        if (errors.Count > MaxErrorsInMessage)
        {
            text.Append("; …");
        }

        return text.ToString();
    }
}
