using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace Kraken.Codegen.Runtime.Json;

/// <summary>
/// Reading and writing of GraphQL values for generated code: scalars, and the steps every generated reader and
/// writer repeats (moving to a property's value, null and required handling, lists). Every scalar reader expects the
/// reader to stand on the value's token and leaves it there; problems raise <see cref="GraphQLResponseReadException"/>,
/// whose JSON path the generated callers complete. No reflection, no serializer metadata: safe for trimming and NativeAOT.
/// </summary>
/// <remarks>
/// All members are static. The class is abstract rather than static so that a generated operation's private JSON class
/// can derive from it and call these helpers by their short names.
/// </remarks>
public abstract partial class GraphQLJson
{
    /// <summary>Only for deriving; the class has no instances.</summary>
    protected GraphQLJson()
    {
    }

    // ---- Structure -------------------------------------------------------------------------------------------

    /// <summary>Throws unless the reader stands on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string graphQLType)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object of type '" + graphQLType + "'");
        }
    }

    /// <summary>Throws unless the reader stands on the start of a list.</summary>
    public static void ExpectStartArray(ref Utf8JsonReader reader, string graphQLType)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "a list of type '" + graphQLType + "'");
        }
    }

    /// <summary>
    /// Finds <c>__typename</c> in the object the reader stands on, without moving the caller's reader (it is a
    /// struct; this method works on a copy). Returns null when the object has none.
    /// </summary>
    public static string? PeekTypename(Utf8JsonReader reader) => PeekTypename(reader, "__typename"u8);

    /// <summary>
    /// Finds the type name under <paramref name="responseName"/>: generated code asks for <c>__typename</c> under an
    /// alias of its own when the selection aliases another field <c>__typename</c>.
    /// </summary>
    public static string? PeekTypename(Utf8JsonReader reader, ReadOnlySpan<byte> responseName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(responseName))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>The exception for a non-null field that is null on the wire (the caller's reader adds the property to the path).</summary>
    public static GraphQLResponseReadException NullForNonNull(string responseName, string graphQLType) =>
        new($"Field '{responseName}' of non-null type '{graphQLType}' is null");

    /// <summary>The exception for a non-null field that is missing from the response.</summary>
    public static GraphQLResponseReadException MissingField(string responseName, string graphQLType) =>
        new GraphQLResponseReadException($"Field '{responseName}' of non-null type '{graphQLType}' is missing").AtProperty(responseName);

    /// <summary>The exception for a null item in a list whose items are non-null (the caller's list reader adds the index).</summary>
    public static GraphQLResponseReadException NullListItem(string graphQLType) =>
        new($"A list item of non-null type '{graphQLType}' is null");

    /// <summary>The exception for a token of the wrong kind.</summary>
    public static GraphQLResponseReadException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {Describe(ref reader)}");

    // ---- Built-in scalars --------------------------------------------------------------------------------

    public static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, "a string");

    /// <summary>ID is serialised as a string, but servers may send integers; both are accepted.</summary>
    public static string ReadId(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => Encoding.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        _ => throw Unexpected(ref reader, "an ID (string or integer)"),
    };

    public static int ReadInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unexpected(ref reader, "a 32-bit integer");

    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        // Big integers sometimes travel as strings to survive JavaScript clients.
        if (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw Unexpected(ref reader, "a 64-bit integer");
    }

    public static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw Unexpected(ref reader, "a number");

    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, "a Boolean"),
    };

    // ---- Kraken's custom scalars ---------------------------------------------------------------------------

    private const NumberStyles DecimalStyles = NumberStyles.Number | NumberStyles.AllowExponent;

    /// <summary>Decimal values arrive as strings (Kraken's output) or as numbers (examples, other servers); both are read exactly.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            // The usual case, unescaped text in one segment, is parsed from the UTF-8 bytes in place: no string is
            // allocated. The styles and culture are those of the string path, and every text they accept is ASCII,
            // so both paths give the same value; anything else takes the string path as before.
            if (!reader.HasValueSequence && !reader.ValueIsEscaped
                && decimal.TryParse(reader.ValueSpan, DecimalStyles, CultureInfo.InvariantCulture, out var inPlace))
            {
                return inPlace;
            }

            if (decimal.TryParse(reader.GetString(), DecimalStyles, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }

        throw Unexpected(ref reader, "a decimal (number or numeric string)");
    }

    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String
            && (reader.TryGetDateTimeOffset(out var value)
                || DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)))
        {
            return value;
        }

        throw Unexpected(ref reader, "an ISO-8601 date and time");
    }

    public static DateOnly ReadDateOnly(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Unexpected(ref reader, "a date (yyyy-MM-dd)");

    public static TimeOnly ReadTimeOnly(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && TimeOnly.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Unexpected(ref reader, "a time of day (HH:mm:ss)");

    public static Guid ReadGuid(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw Unexpected(ref reader, "a UUID");

    public static Uri ReadUri(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var value)
            ? value
            : throw Unexpected(ref reader, "a URI");

    /// <summary>Any JSON value, kept as it came (GenericScalar, JSON, and unmapped custom scalars).</summary>
    public static JsonElement ReadJsonElement(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    // ---- Writing ---------------------------------------------------------------------------------------------

    public static void WriteString(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    public static void WriteId(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    public static void WriteInt32(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    public static void WriteInt64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    public static void WriteDouble(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    public static void WriteBoolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Decimals are written as JSON numbers with their exact digits (FloatSafeDecimal and Decimal accept them).</summary>
    public static void WriteDecimal(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    /// <summary>
    /// Writes the date of <paramref name="value"/> in its own offset (<c>yyyy-MM-dd</c>): Kraken's
    /// <c>IndustryMidnightAlignedDateField</c> takes a date and answers with the midnight that starts it.
    /// </summary>
    public static void WriteMidnightAlignedDate(Utf8JsonWriter writer, DateTimeOffset value) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void WriteTimeOnly(Utf8JsonWriter writer, TimeOnly value) =>
        writer.WriteStringValue(value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));

    public static void WriteGuid(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    public static void WriteUri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    public static void WriteJsonElement(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    private static readonly System.Text.UTF8Encoding Encoding = new(false);

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a Boolean",
        JsonTokenType.Number => "the number " + Encoding.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.String => "a string",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => reader.TokenType.ToString(),
    };
}
