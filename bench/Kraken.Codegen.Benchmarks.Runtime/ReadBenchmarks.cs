using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Kraken.Codegen.Benchmarks.Runtime;

/// <summary>
/// Reading one large <c>Readings</c> response (10,000 readings, about 1.8 MB of UTF-8 JSON, built once) from bytes
/// into objects: the generated reader against System.Text.Json source generation (the baseline) and against
/// <see cref="JsonDocument"/> walked by hand. Each reads the whole body, envelope included.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class ReadBenchmarks
{
    public const int ReadingCount = 10_000;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        _body = Payloads.ReadingsResponse(ReadingCount);
        Check.SameReadings(GeneratedReader(), SourceGenerated(), JsonDocumentWalk());
    }

    /// <summary>The body size, printed by the program so the README can quote it.</summary>
    public int BodyLength => _body.Length;

    [Benchmark(Description = "generated reader (ReadingsQuery.ReadData)")]
    public ReadingsQuery.Data GeneratedReader()
    {
        var reader = new Utf8JsonReader(_body, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                return ReadingsQuery.ReadData(ref reader);
            }

            reader.Read();
            reader.Skip();
        }

        throw new InvalidOperationException("The response has no data.");
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json source generation (DTOs)")]
    public ReadingsResponse SourceGenerated() =>
        JsonSerializer.Deserialize(_body, BenchJsonContext.Default.ReadingsResponse)!;

    [Benchmark(Description = "JsonDocument.Parse + walk (DTOs)")]
    public ReadingsResponse JsonDocumentWalk()
    {
        using var document = JsonDocument.Parse(_body);
        var readings = document.RootElement.GetProperty("data"u8).GetProperty("readings"u8);
        var list = new List<MeterReadingDto>(readings.GetArrayLength());
        foreach (var item in readings.EnumerateArray())
        {
            var account = item.GetProperty("account"u8);
            var tagsElement = item.GetProperty("tags"u8);
            var tags = new List<string>(tagsElement.GetArrayLength());
            foreach (var tag in tagsElement.EnumerateArray())
            {
                tags.Add(tag.GetString()!);
            }

            list.Add(new MeterReadingDto
            {
                Id = item.GetProperty("id"u8).GetString()!,
                Value = decimal.Parse(item.GetProperty("value"u8).GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
                ReadAt = item.GetProperty("readAt"u8).GetDateTimeOffset(),
                Register = item.GetProperty("register"u8).GetInt32(),
                Account = new AccountDto
                {
                    Number = account.GetProperty("number"u8).GetString()!,
                    Status = ParseStatus(account.GetProperty("status"u8)),
                },
                Tags = tags,
            });
        }

        return new ReadingsResponse { Data = new ReadingsData { Readings = list } };
    }

    private static AccountStatusDto ParseStatus(JsonElement element) =>
        element.ValueEquals("ACTIVE"u8) ? AccountStatusDto.Active
        : element.ValueEquals("PENDING"u8) ? AccountStatusDto.Pending
        : element.ValueEquals("WITHDRAWN"u8) ? AccountStatusDto.Withdrawn
        : throw new JsonException("Unknown AccountStatus " + element.GetString());
}
