using System.Text.Json;

namespace Kraken.Codegen.Testing;

/// <summary>How a <see cref="MockGraphQLServer"/> answers.</summary>
public sealed class MockGraphQLServerOptions
{
    /// <summary>The sample value per scalar name; starts as <see cref="MockScalarSamples.CreateDefaults"/>.</summary>
    public IDictionary<string, object?> ScalarSamples { get; } = MockScalarSamples.CreateDefaults();

    /// <summary>The answer for custom scalars missing from <see cref="ScalarSamples"/>.</summary>
    public object? UnknownScalarSample { get; set; } = MockScalarSamples.UnknownCustomScalar;

    /// <summary>Field overrides keyed by schema coordinate (<c>Query.account</c>, <c>AccountType.status</c>).</summary>
    public IDictionary<string, MockField> Fields { get; } = new Dictionary<string, MockField>(StringComparer.Ordinal);

    /// <summary>
    /// Example values keyed by schema coordinate (<c>AccountType.status</c> → <c>"PENDING"</c>): the field answers its
    /// example instead of the sample value for its type. Examples rank below everything configured: an override in
    /// <see cref="Fields"/> or <see cref="MockGraphQLServer.SetField"/> wins, and so does a value configured on the
    /// parent object. Empty by default; fill it from an examples file with <see cref="LoadFieldExamples"/>.
    /// </summary>
    public IDictionary<string, JsonElement> FieldExamples { get; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Items in a list when no value is configured.</summary>
    public int ListLength { get; set; } = 1;

    /// <summary>
    /// Called for every request before GraphQL runs (after it is recorded). Return a response to answer with it
    /// (faults: 503, HTML pages, truncated JSON, dropped connections), or null to execute the operation.
    /// </summary>
    public Func<MockHttpRequest, MockHttpResponse?>? OnRequest { get; set; }

    /// <summary>The port to listen on (always on 127.0.0.1); 0, the default, picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Whether <see cref="MockGraphQLServer.Requests"/> keeps every request (the default). A long-running test (a soak
    /// of tens of thousands of calls) turns it off so that the server's memory stays flat; the count is still kept.
    /// </summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>Requests larger than this are refused with 413.</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Reads an examples file (<c>schema/kraken-oeg/examples.json</c>, written by <c>kraken-codegen import-reference</c>)
    /// into <see cref="FieldExamples"/>: every property of its <c>fields</c> object, a coordinate and its JSON value.
    /// Coordinates already present keep their value. Other top-level properties are ignored.
    /// </summary>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="FormatException">The file has no <c>fields</c> object.</exception>
    public MockGraphQLServerOptions LoadFieldExamples(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AddFieldExamples(File.ReadAllText(path));
    }

    /// <summary>Like <see cref="LoadFieldExamples"/>, from the JSON text of an examples file.</summary>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="FormatException">The text has no <c>fields</c> object.</exception>
    public MockGraphQLServerOptions AddFieldExamples(string examplesJson)
    {
        ArgumentNullException.ThrowIfNull(examplesJson);
        using var document = JsonDocument.Parse(examplesJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("fields", out var fields)
            || fields.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("An examples file is a JSON object with a \"fields\" object mapping coordinates (Type.field) to values.");
        }

        foreach (var field in fields.EnumerateObject())
        {
            FieldExamples.TryAdd(field.Name, field.Value.Clone());
        }

        return this;
    }

    internal JsonElement GetScalarSample(string scalarName) =>
        MockValues.ToJson(ScalarSamples.TryGetValue(scalarName, out var sample) ? sample : UnknownScalarSample);
}
