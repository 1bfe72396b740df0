using Kraken.Codegen.Runtime;
using Kraken.Codegen.Testing;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Kraken.Codegen.EndToEnd.Tests;

/// <summary>
/// A live schema that moved on shows at run time: a response with an enum value or a union member the generated code
/// does not know is counted on the runtime's meter (tagged with the operation and the schema coordinate) and logged
/// once per coordinate and value, while reading goes on.
/// </summary>
public sealed class SchemaDriftTests
{
    // Names no other test uses, so that measurements of tests running in parallel cannot be mistaken for these.
    private const string NewStatus = "DRIFT_TEST_SUSPENDED";
    private const string NewType = "DriftTestTariff";

    [Fact]
    public async Task An_unknown_enum_value_and_an_unknown_union_member_are_counted_and_logged_once()
    {
        var newerServer = EndToEndServer.ClientSchema
            .Replace("WITHDRAWN\n}", "WITHDRAWN\n  " + NewStatus + "\n}", StringComparison.Ordinal)
            .Replace("union SearchResult = AccountType | City", $"union SearchResult = AccountType | City | {NewType}\n\ntype {NewType} {{ code: String! }}", StringComparison.Ordinal);
        var options = new MockGraphQLServerOptions();
        options.Fields["AccountType.status"] = MockField.Value(NewStatus);
        options.Fields["Query.search"] = MockField.Json(
            $$"""[{"__typename":"{{NewType}}","code":"E-1R"},{"__typename":"City","name":"Berlin"},{"__typename":"{{NewType}}","code":"E-2"}]""");
        using var measurements = new MetricCollector<long>(null, "Kraken.Codegen.Runtime", "kraken.graphql.schema_drift");
        var logger = new FakeLogger<KrakenGraphQLExecutor>();
        await using var e2e = await EndToEndServer.StartAsync(newerServer, options, logger);

        var first = (await e2e.Client.AccountAsync("A-1")).GetDataOrThrow().Account!;
        var second = (await e2e.Client.AccountAsync("A-2")).GetDataOrThrow().Account!;
        var results = (await e2e.Client.SearchAsync("x")).GetDataOrThrow().Search;

        // Reading goes on: the value is kept, the member becomes the unknown case.
        Assert.Equal(NewStatus, first.Status.RawValue);
        Assert.True(second.Status.IsUnknown);
        Assert.Equal(2, results.OfType<SearchQuery.Search.Unknown>().Count(r => r.Typename == NewType));

        var ours = measurements.GetMeasurementSnapshot()
            .Where(m => m.Tags.TryGetValue("kraken.schema_drift.value", out var value) && value is NewStatus or NewType)
            .ToList();
        var enumDrift = ours.Where(m => Equals(m.Tags["kraken.schema_drift.value"], NewStatus)).ToList();
        Assert.Equal(2, enumDrift.Count);
        Assert.All(enumDrift, m =>
        {
            Assert.Equal(1, m.Value);
            Assert.Equal("Account", m.Tags["graphql.operation.name"]);
            Assert.Equal("AccountStatus", m.Tags["graphql.schema.coordinate"]);
            Assert.Equal("enum_value", m.Tags["kraken.schema_drift.kind"]);
        });
        var typeDrift = ours.Where(m => Equals(m.Tags["kraken.schema_drift.value"], NewType)).ToList();
        Assert.Equal(2, typeDrift.Count);
        Assert.All(typeDrift, m =>
        {
            Assert.Equal("Search", m.Tags["graphql.operation.name"]);
            Assert.Equal("Query.search", m.Tags["graphql.schema.coordinate"]);
            Assert.Equal("type", m.Tags["kraken.schema_drift.kind"]);
        });

        // Each drift is logged once however often it is seen.
        var driftLogs = logger.Collector.GetSnapshot().Where(r => r.Id.Id is 8 or 9).ToList();
        var enumLog = Assert.Single(driftLogs, r => r.Message.Contains(NewStatus, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, enumLog.Level);
        Assert.Contains("Account", enumLog.Message, StringComparison.Ordinal);
        Assert.Contains("AccountStatus", enumLog.Message, StringComparison.Ordinal);
        var typeLog = Assert.Single(driftLogs, r => r.Message.Contains(NewType, StringComparison.Ordinal));
        Assert.Contains("Query.search", typeLog.Message, StringComparison.Ordinal);
        Assert.Equal(2, driftLogs.Count);
    }

    [Fact]
    public async Task Responses_the_code_was_generated_for_report_no_drift()
    {
        using var measurements = new MetricCollector<long>(null, "Kraken.Codegen.Runtime", "kraken.graphql.schema_drift");
        var logger = new FakeLogger<KrakenGraphQLExecutor>();
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.search"] = MockField.Json("""[{"__typename":"City","name":"Drift-free"},{"__typename":"AccountType","number":"A-9","status":"WITHDRAWN"}]""");
        await using var e2e = await EndToEndServer.StartAsync(options: options, logger: logger);

        var results = (await e2e.Client.SearchAsync("x")).GetDataOrThrow().Search;

        Assert.Equal(2, results.Count);
        // Other tests may count their own drift meanwhile; none of this response's values may show up.
        Assert.DoesNotContain(measurements.GetMeasurementSnapshot(), m => m.Tags["kraken.schema_drift.value"] is "City" or "AccountType" or "WITHDRAWN");
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), r => r.Id.Id is 8 or 9);
    }
}
