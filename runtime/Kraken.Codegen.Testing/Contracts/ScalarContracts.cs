using NJsonSchema;

namespace Kraken.Codegen.Testing;

/// <summary>
/// How a GraphQL scalar appears in JSON, for contracts. Kraken's custom scalars are mapped by their wire format; a
/// custom scalar not in this table accepts any JSON value, because a contract must not reject what the server may
/// legitimately send.
/// <list type="table">
/// <item><term>String, ID</term><description>string</description></item>
/// <item><term>Int</term><description>integer</description></item>
/// <item><term>Float</term><description>number</description></item>
/// <item><term>Boolean</term><description>boolean</description></item>
/// <item><term>DateTime</term><description>string, format date-time</description></item>
/// <item><term>Date</term><description>string, format date</description></item>
/// <item><term>Time, UUID, Email, URI, NonEmptyString, NonEmptyID, Duration, …</term><description>string</description></item>
/// <item><term>Decimal, FloatSafeDecimal</term><description>string or number (Kraken sends strings; its reference examples show numbers)</description></item>
/// <item><term>BigInt, Long</term><description>integer or string</description></item>
/// <item><term>JSONString</term><description>string, object or array (a string holding JSON; examples show the object)</description></item>
/// <item><term>GenericScalar, JSON, JSONObject, Upload and any other custom scalar</term><description>any JSON value</description></item>
/// </list>
/// </summary>
public static class ScalarContracts
{
    private static readonly HashSet<string> StringScalars = new(StringComparer.Ordinal)
    {
        "String", "ID", "Time", "UUID", "Email", "URI", "URL", "NonEmptyString", "NonEmptyID", "Duration", "TimeZone", "Base64", "PhoneNumber",
    };

    /// <summary>The JSON types a scalar accepts, or <see cref="JsonObjectType.None"/> for any value.</summary>
    public static JsonObjectType JsonTypeOf(string scalarName) => scalarName switch
    {
        "Int" => JsonObjectType.Integer,
        "Float" => JsonObjectType.Number,
        "Boolean" => JsonObjectType.Boolean,
        "DateTime" or "Date" => JsonObjectType.String,
        "Decimal" or "FloatSafeDecimal" => JsonObjectType.String | JsonObjectType.Number,
        "BigInt" or "Long" => JsonObjectType.Integer | JsonObjectType.String,
        "JSONString" => JsonObjectType.String | JsonObjectType.Object | JsonObjectType.Array,
        _ when StringScalars.Contains(scalarName) => JsonObjectType.String,
        _ => JsonObjectType.None,
    };

    /// <summary>A fresh schema for one scalar value (not nullable).</summary>
    public static JsonSchema Create(string scalarName)
    {
        var schema = new JsonSchema { Type = JsonTypeOf(scalarName) };
        schema.Format = scalarName switch
        {
            "DateTime" => JsonFormatStrings.DateTime,
            "Date" => JsonFormatStrings.Date,
            _ => null,
        };
        if (schema.Type == JsonObjectType.None)
        {
            schema.Description = $"Custom scalar {scalarName}: any JSON value.";
        }

        return schema;
    }
}
