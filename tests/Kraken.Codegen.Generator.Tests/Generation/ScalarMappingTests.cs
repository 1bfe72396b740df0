using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>Users map custom scalars with MSBuild items; unknown scalars fall back to JsonElement with a warning.</summary>
public sealed class ScalarMappingTests
{
    private const string Schema = """
        type Query { reading: Reading }
        type Reading { takenAt: DateTime! amount: Money kilowattHours: Energy }
        scalar DateTime
        scalar Money
        scalar Energy
        """;

    private const string Operation = "query Reading { reading { takenAt amount kilowattHours } }";

    // A user's own converter, compiled with the generated code.
    private const string UserCode = """
        namespace MyApp
        {
            public readonly record struct Money(decimal Amount);

            public static class MoneyConverter
            {
                public static Money Read(ref System.Text.Json.Utf8JsonReader reader) => new(decimal.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture));

                public static void Write(System.Text.Json.Utf8JsonWriter writer, Money value) => writer.WriteStringValue(value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            public static class UnixTimeConverter
            {
                public static long Read(ref System.Text.Json.Utf8JsonReader reader) => reader.GetInt64();

                public static void Write(System.Text.Json.Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
            }
        }
        """;

    [Fact]
    public void Mapped_scalars_use_the_users_types_and_converters_and_unmapped_ones_warn()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Test.Client",
            ["build_property.KrakenCodegenScalars"] = "Money=MyApp.Money|MyApp.MoneyConverter|true;DateTime=long|MyApp.UnixTimeConverter|true",
        });

        var result = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("/p/schema.graphqls", Schema), new InMemoryAdditionalText("/p/Reading.graphql", Operation) },
            options,
            UserCode);

        Assert.Empty(result.CompileDiagnostics);
        var source = result.Source("ReadingQuery.g.cs");
        Assert.Contains("public required long TakenAt { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("global::MyApp.UnixTimeConverter.Read(ref reader)", source, StringComparison.Ordinal);
        Assert.Contains("global::MyApp.MoneyConverter.Read(ref reader)", source, StringComparison.Ordinal);
        Assert.Contains("public global::MyApp.Money? Amount { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? KilowattHours { get; init; }", source, StringComparison.Ordinal);

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KGQL0503");
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        Assert.Contains("'Energy'", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("KrakenCodegenScalar Include=\"Energy\"", warning.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_mapping_is_a_configuration_error_not_a_crash()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.KrakenCodegenScalars"] = "Money=;DateTime=long|not a type name",
            ["build_property.KrakenCodegenAsOfDate"] = "tomorrow",
        });

        var result = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/schema.graphqls", Schema), new InMemoryAdditionalText("/p/Reading.graphql", Operation) }, options);

        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        var errors = result.GeneratorDiagnostics.Where(d => d.Id == "KGQL0504").Select(d => d.GetMessage()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, m => m.Contains("'Money='", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("KrakenCodegenAsOfDate 'tomorrow'", StringComparison.Ordinal));
    }
}
