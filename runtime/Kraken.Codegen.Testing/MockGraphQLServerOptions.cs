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

    /// <summary>Items in a list when no value is configured.</summary>
    public int ListLength { get; set; } = 1;

    /// <summary>
    /// Called for every request before GraphQL runs (after it is recorded). Return a response to answer with it
    /// (faults: 503, HTML pages, truncated JSON, dropped connections), or null to execute the operation.
    /// </summary>
    public Func<MockHttpRequest, MockHttpResponse?>? OnRequest { get; set; }

    /// <summary>The port to listen on (always on 127.0.0.1); 0, the default, picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Requests larger than this are refused with 413.</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    internal JsonElement GetScalarSample(string scalarName) =>
        MockValues.ToJson(ScalarSamples.TryGetValue(scalarName, out var sample) ? sample : UnknownScalarSample);
}
