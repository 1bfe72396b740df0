using System.Text.Json;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>Writes the POST body <c>{query, operationName, variables, extensions}</c> of a GraphQL-over-HTTP request.</summary>
internal static class GraphQLRequestWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = false };

    /// <param name="includeDocument">False sends only the persisted-query hash.</param>
    /// <param name="includePersistedQueryHash">Adds <c>extensions.persistedQuery</c>.</param>
    public static PooledBufferWriter Write<TData>(IGraphQLOperation<TData> operation, bool includeDocument, bool includePersistedQueryHash)
    {
        var body = new PooledBufferWriter();
        try
        {
            using var writer = new Utf8JsonWriter(body, WriterOptions);
            var descriptor = operation.Descriptor;
            writer.WriteStartObject();
            if (includeDocument)
            {
                writer.WriteString("query"u8, descriptor.Document);
            }

            writer.WriteString("operationName"u8, descriptor.Name);
            if (operation.HasVariables)
            {
                writer.WritePropertyName("variables"u8);
                operation.WriteVariables(writer);
            }

            if (includePersistedQueryHash)
            {
                writer.WriteStartObject("extensions"u8);
                writer.WriteStartObject("persistedQuery"u8);
                writer.WriteNumber("version"u8, 1);
                writer.WriteString("sha256Hash"u8, descriptor.Sha256Hash);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.Flush();
            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }
}
