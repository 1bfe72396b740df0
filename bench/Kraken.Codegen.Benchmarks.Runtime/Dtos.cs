using System.Text.Json.Serialization;

namespace Kraken.Codegen.Benchmarks.Runtime;

// Hand-written DTOs for the same selection, as one would write them for System.Text.Json. They materialise the same
// fields as the generated records: decimals parsed from strings, the enum as a C# enum (the generated code uses its
// enum struct), tags as a list of strings.

public sealed record ReadingsResponse
{
    public required ReadingsData Data { get; init; }
}

public sealed record ReadingsData
{
    public required IReadOnlyList<MeterReadingDto> Readings { get; init; }
}

public sealed record MeterReadingDto
{
    public required string Id { get; init; }

    public required decimal Value { get; init; }

    public required DateTimeOffset ReadAt { get; init; }

    public required int Register { get; init; }

    public required AccountDto Account { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }
}

public sealed record AccountDto
{
    public required string Number { get; init; }

    public required AccountStatusDto Status { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<AccountStatusDto>))]
public enum AccountStatusDto
{
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    [JsonStringEnumMemberName("ACTIVE")]
    Active,

    [JsonStringEnumMemberName("WITHDRAWN")]
    Withdrawn,
}

/// <summary>The request body a hand-written client sends.</summary>
public sealed record GraphQLRequestDto(string Query, string OperationName);

/// <summary>
/// System.Text.Json source generation for the DTOs: camelCase names, decimals read from strings
/// (<see cref="JsonNumberHandling.AllowReadingFromString"/>), nulls in non-nullable members rejected like the
/// generated reader rejects them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReadingsResponse))]
[JsonSerializable(typeof(GraphQLRequestDto))]
public sealed partial class BenchJsonContext : JsonSerializerContext;
