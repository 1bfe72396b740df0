using System.Text.Json;
using System.Text.RegularExpressions;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

/// <summary>examples.json: the reference's example values the mock cannot produce from the declared type alone.</summary>
public sealed partial class FieldExamplesFileTests
{
    [SkippableFact]
    public void Every_value_typed_by_its_example_string_is_listed_with_that_value()
    {
        var result = ReferenceImporter.Import(RepositoryFiles.ReadReference());
        var api = result.Schemas.Single(schema => schema.Endpoint == ReferenceEndpoint.Api);
        var fields = Fields(result, "kraken-oeg/examples.json");

        // Rules S8 (enum-like), S9 (sample of a custom scalar variable) and S10 (any other string) each note the
        // example string; T2 does so for a root field typed by its example.
        var expected = api.Provenance
            .Where(record => record.Rule.Id is "S8" or "S9" or "S10" or "T2" && !record.Element.StartsWith("scalar ", StringComparison.Ordinal))
            .Select(record => (record.Element, Value: QuotedValue().Match(record.Note ?? "").Groups[1].Value))
            .ToList();
        Assert.Equal(18, expected.Count);
        Assert.Equal(expected.Select(item => item.Element).Order(StringComparer.Ordinal), fields.Keys.Order(StringComparer.Ordinal));
        foreach (var (element, value) in expected)
        {
            Assert.Equal(value, fields[element].GetString());
        }

        Assert.Empty(Fields(result, "kraken-oeg-auth/examples.json"));
    }

    [SkippableFact]
    public void No_listed_value_equals_the_mock_sample_of_its_type()
    {
        var result = ReferenceImporter.Import(RepositoryFiles.ReadReference());
        var samples = MockScalarSamples.CreateDefaults().Values
            .Select(sample => JsonSerializer.SerializeToElement(sample, sample?.GetType() ?? typeof(object)).GetRawText())
            .Append(JsonSerializer.Serialize(MockScalarSamples.UnknownCustomScalar))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (coordinate, value) in Fields(result, "kraken-oeg/examples.json"))
        {
            Assert.DoesNotContain(value.GetRawText(), samples);
            Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$", coordinate);
        }
    }

    private static Dictionary<string, JsonElement> Fields(ImportResult result, string path)
    {
        var file = result.Files.Single(candidate => candidate.RelativePath == path);
        using var document = JsonDocument.Parse(file.Content);
        Assert.Empty(document.RootElement.GetProperty("conflicts").EnumerateArray());
        return document.RootElement.GetProperty("fields").EnumerateObject()
            .ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal);
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedValue();
}
