using System.Text.Json;
using GraphQL;

namespace Kraken.Codegen.Testing;

/// <summary>
/// How the mock answers one field, chosen by schema coordinate in <see cref="MockGraphQLServerOptions.Fields"/> or
/// <see cref="MockGraphQLServer.SetField"/>. Object values answer their sub-fields by name; missing sub-fields get defaults.
/// </summary>
public abstract class MockField
{
    private protected MockField()
    {
    }

    /// <summary>A .NET value (string, number, bool, dictionary, list, anonymous object, <see cref="JsonElement"/>).</summary>
    public static MockField Value(object? value) => new ValueField(MockValues.ToJson(value));

    /// <summary>A value written as JSON text, for example <c>{"number": "A-1", "status": "ACTIVE"}</c>.</summary>
    public static MockField Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new ValueField(document.RootElement.Clone());
    }

    /// <summary>
    /// A GraphQL error with Kraken extensions; the field becomes null. With <paramref name="nullData"/> the whole
    /// response carries <c>data: null</c>.
    /// </summary>
    public static MockField Error(
        string errorCode,
        string message,
        string errorType = "APPLICATION",
        string? errorDescription = null,
        bool nullData = false) =>
        new ErrorField(errorCode, message, errorType, errorDescription ?? message, nullData);

    /// <summary>Waits (honouring the request's cancellation), then answers like <paramref name="then"/> or with defaults.</summary>
    public static MockField Delay(TimeSpan delay, MockField? then = null) => new DelayField(delay, then);

    /// <summary>
    /// Computes the answer from the arguments and the request. The function may return a value, a
    /// <see cref="JsonElement"/>, or another <see cref="MockField"/> (for example an error).
    /// </summary>
    public static MockField Resolve(Func<MockFieldContext, object?> resolver) => new ComputedField(resolver);

    /// <summary>The value for the field: a <see cref="JsonElement"/>, or <see cref="MockValues.NotProvided"/> for defaults.</summary>
    internal abstract ValueTask<object> ResolveAsync(MockFieldContext context, MockRequestState state);

    private sealed class ValueField(JsonElement value) : MockField
    {
        internal override ValueTask<object> ResolveAsync(MockFieldContext context, MockRequestState state) => new(value);
    }

    private sealed class ErrorField(string errorCode, string message, string errorType, string errorDescription, bool nullData) : MockField
    {
        internal override ValueTask<object> ResolveAsync(MockFieldContext context, MockRequestState state)
        {
            if (nullData)
            {
                state.NullData = true;
            }

            throw new ExecutionError(message)
            {
                Extensions = new Dictionary<string, object?>
                {
                    ["errorType"] = errorType,
                    ["errorCode"] = errorCode,
                    ["errorDescription"] = errorDescription,
                },
            };
        }
    }

    private sealed class DelayField(TimeSpan delay, MockField? then) : MockField
    {
        internal override async ValueTask<object> ResolveAsync(MockFieldContext context, MockRequestState state)
        {
            state.Server.NotifyDelayStarted(context.Coordinate);
            await Task.Delay(delay, context.CancellationToken).ConfigureAwait(false);
            return then is null ? MockValues.NotProvided : await then.ResolveAsync(context, state).ConfigureAwait(false);
        }
    }

    private sealed class ComputedField(Func<MockFieldContext, object?> resolver) : MockField
    {
        internal override ValueTask<object> ResolveAsync(MockFieldContext context, MockRequestState state) =>
            resolver(context) switch
            {
                MockField field => field.ResolveAsync(context, state),
                var value => new(MockValues.ToJson(value)),
            };
    }
}
