using System.Text.Json;
using Kraken.Codegen.Runtime.Internal;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// What came back for one operation: <see cref="Data"/> (possibly partial, possibly null) beside the GraphQL
/// <see cref="Errors"/>. Kraken answers HTTP 200 with errors in the body, so errors are data here, not exceptions;
/// call <see cref="GetDataOrThrow"/> when any error should fail the call.
/// </summary>
public sealed class GraphQLResult<TData> : IGraphQLResultErrors
{
    public GraphQLResult(string operationName, TData? data, IReadOnlyList<GraphQLError> errors, JsonElement? extensions)
    {
        OperationName = operationName ?? throw new ArgumentNullException(nameof(operationName));
        Data = data;
        Errors = errors ?? throw new ArgumentNullException(nameof(errors));
        Extensions = extensions;
    }

    /// <summary>The name of the operation that produced this result (used in exception messages).</summary>
    public string OperationName { get; }

    /// <summary>The <c>data</c> value; null when the response had <c>data: null</c> or no <c>data</c>.</summary>
    public TData? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The response's top-level <c>extensions</c> exactly as received, or null when absent.</summary>
    public JsonElement? Extensions { get; }

    public bool HasErrors => Errors.Count > 0;

    /// <summary>True when any error carries <paramref name="code"/> (for example <see cref="KrakenErrorCodes.TooManyRequests"/>).</summary>
    public bool HasErrorCode(string code)
    {
        foreach (var error in Errors)
        {
            if (string.Equals(error.ErrorCode, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Throws <see cref="KrakenQueryTooComplexException"/> for KT-CT-1188/1189 and <see cref="KrakenGraphQLException"/>
    /// for any other error.
    /// </summary>
    public void EnsureNoErrors()
    {
        if (HasErrors)
        {
            throw KrakenGraphQLException.Create(OperationName, Errors);
        }
    }

    /// <summary>Returns <see cref="Data"/> when the response has no errors and data is present; throws otherwise.</summary>
    public TData GetDataOrThrow()
    {
        EnsureNoErrors();
        return Data ?? throw new GraphQLResponseReadException(
            $"The response to '{OperationName}' has neither data nor errors.").AtProperty("data");
    }
}
