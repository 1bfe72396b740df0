using System.Text.Json;
using Kraken.Codegen.Runtime.Json;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// Reads a buffered GraphQL response: <c>data</c> through the operation's generated reader, <c>errors</c> and
/// <c>extensions</c> as JSON elements (they are rare and small), in whatever order they come.
/// </summary>
internal static class GraphQLResponseParser
{
    // Deep selection sets nest deeper than the reader's default of 64.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    /// <exception cref="JsonException">The body is not well-formed JSON.</exception>
    /// <exception cref="NotAGraphQLResponseException">The JSON is not a GraphQL response.</exception>
    /// <exception cref="GraphQLResponseReadException">The data does not fit the generated types.</exception>
    /// <param name="redact">Removes known secrets from error messages (a server may echo its input).</param>
    /// <param name="driftLog">Where the executor logs schema drift; null counts it on the meter only.</param>
    public static GraphQLResult<TData> Parse<TData>(IGraphQLOperation<TData> operation, ReadOnlySpan<byte> body, Func<string, string> redact, SchemaDriftLog? driftLog = null)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        var reader = new Utf8JsonReader(body, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new NotAGraphQLResponseException("The body is not a JSON object.");
        }

        TData? data = default;
        IReadOnlyList<GraphQLError> errors = [];
        JsonElement? extensions = null;
        var sawData = false;
        var sawErrors = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                sawData = true;
                data = ReadData(operation, ref reader, new GraphQLReadContext(operation.Descriptor, driftLog));
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    try
                    {
                        errors = GraphQLErrorParser.ParseErrors(JsonElement.ParseValue(ref reader), redact);
                    }
                    catch (InvalidOperationException exception)
                    {
                        // JsonElement decodes strings only when asked: invalid UTF-8 in a message or code shows up here.
                        throw new NotAGraphQLResponseException("'errors' holds text that is not valid UTF-8 (" + exception.Message + ")");
                    }

                    sawErrors = true;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new NotAGraphQLResponseException("'errors' is neither a list nor null.");
                }
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                extensions = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new NotAGraphQLResponseException("The body does not end where the response object ends.");
        }

        // A trailing value after the object makes the reader throw JsonException here.
        if (reader.Read())
        {
            throw new NotAGraphQLResponseException("The body holds more than one JSON value.");
        }

        if (!sawData && !sawErrors)
        {
            throw new NotAGraphQLResponseException("The JSON object has neither 'data' nor 'errors'.");
        }

        return new GraphQLResult<TData>(operation.Descriptor.Name, data, errors, extensions);
    }

    private static TData? ReadData<TData>(IGraphQLOperation<TData> operation, ref Utf8JsonReader reader, GraphQLReadContext context)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.StartObject:
                try
                {
                    return operation.ReadData(ref reader, context);
                }
                catch (GraphQLResponseReadException exception)
                {
                    throw exception.AtProperty("data");
                }
                catch (Exception exception) when (exception is InvalidOperationException or FormatException)
                {
                    // A generated reader met a token of the wrong kind (GetString on a number, an Int out of range, …).
                    throw new GraphQLResponseReadException(
                        $"A value in the data of '{operation.Descriptor.Name}' has an unexpected JSON type or format.", exception).AtProperty("data");
                }

            default:
                throw new NotAGraphQLResponseException("'data' is neither an object nor null.");
        }
    }
}
