using Microsoft.Extensions.Logging;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>Every log message of the runtime. None takes variables, tokens or credentials as arguments.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Executing {OperationType} {OperationName}")]
    public static partial void Executing(ILogger logger, string operationType, string operationName);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{OperationName} finished after {Attempts} attempt(s) with {ErrorCount} error(s)")]
    public static partial void Finished(ILogger logger, string operationName, int attempts, int errorCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{OperationName} attempt {Attempt} failed ({Reason}); retrying in {DelayMilliseconds} ms")]
    public static partial void RetryScheduled(ILogger logger, string operationName, int attempt, string reason, double delayMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{OperationName} was rejected with {ErrorCode}; renewing the Kraken token and retrying once")]
    public static partial void TokenRejected(ILogger logger, string operationName, string errorCode);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{OperationName} failed below GraphQL: HTTP {StatusCode}, transient: {IsTransient}")]
    public static partial void TransportFailure(ILogger logger, string operationName, int? statusCode, bool isTransient);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "{OperationName}: the server does not know the persisted query; sending the document")]
    public static partial void PersistedQueryNotFound(ILogger logger, string operationName);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "{OperationName} went out {Transmissions} times below the client (a resilience handler of the HttpClient retried it); not retrying it again")]
    public static partial void RetriedBelow(ILogger logger, string operationName, int transmissions);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "{OperationName}: the response holds the value '{Value}' of the enum {Coordinate}, which this client does not know; the live schema has changed since the code was generated")]
    public static partial void UnknownEnumValue(ILogger logger, string operationName, string coordinate, string value);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "{OperationName}: the response holds an object of type '{Value}' at {Coordinate}, which the schema did not allow there when the code was generated; the live schema has changed")]
    public static partial void UnknownType(ILogger logger, string operationName, string coordinate, string value);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Obtained a Kraken token with {Method}; it expires at {ExpiresAt:O}")]
    public static partial void TokenObtained(ILogger logger, string method, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Renewing the Kraken token with the refresh token failed ({ErrorCodes}); logging in with {Method}")]
    public static partial void RefreshFailed(ILogger logger, string errorCodes, string method);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "The refresh token expired at {RefreshExpiresAt:O}; logging in with {Method}")]
    public static partial void RefreshTokenExpired(ILogger logger, DateTimeOffset refreshExpiresAt, string method);
}
