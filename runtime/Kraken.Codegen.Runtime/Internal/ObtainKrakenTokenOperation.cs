using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Runtime.Json;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>What <c>obtainKrakenToken</c> returns. <see cref="ExpiresAt"/> comes from <c>payload.exp</c>.</summary>
internal sealed record ObtainedKrakenToken(string Token, DateTimeOffset? ExpiresAt, string? RefreshToken, DateTimeOffset? RefreshExpiresAt);

/// <summary>
/// The login mutation, written by hand in the shape of generated code. Sent without an <c>Authorization</c> header:
/// a stale header makes Kraken reject the login itself.
/// </summary>
internal sealed class ObtainKrakenTokenOperation : IGraphQLOperation<ObtainedKrakenToken?>
{
    private const string Document =
        "mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) { obtainKrakenToken(input: $input) { token payload refreshToken refreshExpiresIn } }";

    private static readonly GraphQLOperationDescriptor SharedDescriptor = new(
        "ObtainKrakenToken",
        GraphQLOperationKind.Mutation,
        Document,
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document))),
        ["KT-CT-1135", "KT-CT-1134", KrakenErrorCodes.DisabledField]);

    private readonly KrakenCredentials? _credentials;
    private readonly string? _refreshToken;

    private ObtainKrakenTokenOperation(KrakenCredentials? credentials, string? refreshToken)
    {
        _credentials = credentials;
        _refreshToken = refreshToken;
    }

    public GraphQLOperationDescriptor Descriptor => SharedDescriptor;

    public bool HasVariables => true;

    public static ObtainKrakenTokenOperation WithCredentials(KrakenCredentials credentials) => new(credentials, null);

    public static ObtainKrakenTokenOperation WithRefreshToken(string refreshToken) => new(null, refreshToken);

    public void WriteVariables(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("input"u8);
        if (_credentials is not null)
        {
            _credentials.WriteLoginInput(writer);
        }
        else
        {
            writer.WriteString("refreshToken"u8, _refreshToken);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public ObtainedKrakenToken? ReadData(ref Utf8JsonReader reader, GraphQLReadContext context)
    {
        ObtainedKrakenToken? result = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRoot = reader.ValueTextEquals("obtainKrakenToken"u8);
            reader.Read();
            if (!isRoot)
            {
                reader.Skip();
                continue;
            }

            try
            {
                result = reader.TokenType == JsonTokenType.Null ? null : ReadToken(ref reader);
            }
            catch (GraphQLResponseReadException exception)
            {
                throw exception.AtProperty("obtainKrakenToken");
            }
        }

        return result;
    }

    private static ObtainedKrakenToken ReadToken(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphQLResponseReadException("Expected an object.");
        }

        string? token = null;
        string? refreshToken = null;
        DateTimeOffset? expiresAt = null;
        DateTimeOffset? refreshExpiresAt = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("token"u8))
            {
                reader.Read();
                token = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("refreshToken"u8))
            {
                reader.Read();
                refreshToken = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("refreshExpiresIn"u8))
            {
                reader.Read();
                refreshExpiresAt = ReadUnixTime(ref reader);
            }
            else if (reader.ValueTextEquals("payload"u8))
            {
                reader.Read();
                expiresAt = ReadExpiryFromPayload(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (string.IsNullOrEmpty(token))
        {
            throw new GraphQLResponseReadException("The login answered without a token.").AtProperty("token");
        }

        return new ObtainedKrakenToken(token, expiresAt, refreshToken, refreshExpiresAt);
    }

    /// <summary>The payload is a GenericScalar: an object (sometimes a JSON string holding one) with <c>exp</c>.</summary>
    private static DateTimeOffset? ReadExpiryFromPayload(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            var inner = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            return inner.Read() && inner.TokenType == JsonTokenType.StartObject ? ReadExpiryFromPayload(ref inner) : null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        DateTimeOffset? expiresAt = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isExpiry = reader.ValueTextEquals("exp"u8);
            reader.Read();
            if (isExpiry)
            {
                expiresAt = ReadUnixTime(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return expiresAt;
    }

    private static DateTimeOffset? ReadUnixTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
