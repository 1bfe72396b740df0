using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kraken.Codegen.Benchmarks.Runtime;

/// <summary>Builds deterministic GraphQL responses for the <c>Readings</c> query as UTF-8 bytes.</summary>
internal static class Payloads
{
    private static readonly string[] Statuses = ["ACTIVE", "PENDING", "WITHDRAWN"];
    private static readonly string[][] TagSets = [["smart"], ["smart", "half-hourly"], [], ["estimated", "manual", "corrected"]];

    /// <summary><c>{"data":{"readings":[...]}}</c> with <paramref name="count"/> readings.</summary>
    public static byte[] ReadingsResponse(int count)
    {
        var random = new Random(20260301);
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1));
        var buffer = new ArrayBufferWriter<byte>(count * 200 + 64);
        // Escaping as a GraphQL server does it: '+' in the offsets stays '+' (the default encoder would write \u002B).
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartArray("readings");
            for (var i = 0; i < count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("id", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("MeterReading:" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture))));
                var value = random.Next(0, 10_000_000) / 1000m;
                writer.WriteString("value", value.ToString("0.000", CultureInfo.InvariantCulture));
                writer.WriteString("readAt", start.AddMinutes(-30 * i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteNumber("register", random.Next(1, 4));
                writer.WriteStartObject("account");
                writer.WriteString("number", "A-" + random.Next(0x10000000, int.MaxValue).ToString("X8", CultureInfo.InvariantCulture));
                writer.WriteString("status", Statuses[random.Next(Statuses.Length)]);
                writer.WriteEndObject();
                writer.WriteStartArray("tags");
                foreach (var tag in TagSets[random.Next(TagSets.Length)])
                {
                    writer.WriteStringValue(tag);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
