using System.Text.Json;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// Compares a response's <c>data</c> with the reference's example response, value by value:
/// <list type="bullet">
/// <item>every scalar leaf the example shows must be equal (same JSON kind; strings ordinally, numbers by their
/// exact text, so <c>1.0</c> is not <c>1</c>);</item>
/// <item>where the example shows a bare type name for an object (or a list of them), the response's
/// <c>__typename</c> (of every item) must be that name;</item>
/// <item>where it shows a bare scalar type name for a leaf (<c>"identifier": NonEmptyString</c>), there is no value to
/// compare: the field's declared type must be that scalar and the response must hold a value;</item>
/// <item>a list example of one item describes every item of the response's list;</item>
/// <item>a field the example shows but the operation does not select is absent from the response and is counted;
/// a field the response has but the example does not show is a mismatch, except the <c>__typename</c> the generator
/// adds to the document for abstract types.</item>
/// </list>
/// </summary>
internal sealed class ExampleComparison
{
    private readonly SchemaIndex _schema;

    private ExampleComparison(SchemaIndex schema)
    {
        _schema = schema;
    }

    public List<string> Mismatches { get; } = [];

    public int ComparedLeaves { get; private set; }

    public List<string> TypenameChecks { get; } = [];

    public List<string> ScalarTypeNames { get; } = [];

    public List<string> NotSelected { get; } = [];

    public List<string> AddedTypenames { get; } = [];

    public static ExampleComparison Run(SchemaIndex schema, JsonElement exampleData, JsonElement responseData)
    {
        var comparison = new ExampleComparison(schema);
        comparison.CompareObject("Query", exampleData, responseData, "$.data");
        return comparison;
    }

    private void CompareObject(string typeName, JsonElement example, JsonElement response, string path)
    {
        if (response.ValueKind != JsonValueKind.Object)
        {
            Mismatches.Add($"{path}: the example shows an object, the response has {response.GetRawText()}");
            return;
        }

        // A union field's object is of the member type the server chose, named by the __typename the generator adds.
        if (_schema.IsUnion(typeName))
        {
            if (!response.TryGetProperty("__typename", out var concrete))
            {
                Mismatches.Add($"{path}: an object of union {typeName} without __typename");
                return;
            }

            typeName = concrete.GetString()!;
        }

        foreach (var property in example.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (!response.TryGetProperty(property.Name, out var value))
            {
                NotSelected.Add(childPath);
                continue;
            }

            if (property.Name == "__typename")
            {
                CompareLeaf(property.Value, value, childPath);
                continue;
            }

            var fieldType = _schema.FieldType(typeName, property.Name);
            if (fieldType is null)
            {
                Mismatches.Add($"{childPath}: {typeName}.{property.Name} is not in the schema");
                continue;
            }

            CompareValue(fieldType, property.Value, value, childPath);
        }

        foreach (var property in response.EnumerateObject())
        {
            if (example.TryGetProperty(property.Name, out _))
            {
                continue;
            }

            if (property.Name == "__typename")
            {
                AddedTypenames.Add($"{path}.__typename");
            }
            else
            {
                Mismatches.Add($"{path}.{property.Name}: in the response but not shown by the example");
            }
        }
    }

    private void CompareValue(string fieldType, JsonElement example, JsonElement response, string path)
    {
        if (ReferenceText.TypeName(example) is { } name)
        {
            CompareTypeName(fieldType, name, response, path);
            return;
        }

        switch (example.ValueKind)
        {
            case JsonValueKind.Array when response.ValueKind != JsonValueKind.Array:
                Mismatches.Add($"{path}: the example shows a list, the response has {response.GetRawText()}");
                break;
            case JsonValueKind.Array:
                var exampleItems = example.EnumerateArray().ToList();
                var responseItems = response.EnumerateArray().ToList();
                if (responseItems.Count == 0 || exampleItems.Count != 1 && exampleItems.Count != responseItems.Count)
                {
                    Mismatches.Add($"{path}: the example shows {exampleItems.Count} item(s), the response has {responseItems.Count}");
                    break;
                }

                for (var index = 0; index < responseItems.Count; index++)
                {
                    CompareValue(fieldType, exampleItems[exampleItems.Count == 1 ? 0 : index], responseItems[index], $"{path}[{index}]");
                }

                break;
            case JsonValueKind.Object when !_schema.IsScalar(fieldType):
                CompareObject(fieldType, example, response, path);
                break;
            default:
                CompareLeaf(example, response, path);
                break;
        }
    }

    private void CompareTypeName(string fieldType, string name, JsonElement response, string path)
    {
        if (_schema.IsScalar(fieldType))
        {
            if (fieldType == name && response.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                ScalarTypeNames.Add($"{path}: example {name} (a scalar type name, no value); declared {fieldType}, response {response.GetRawText()}");
            }
            else
            {
                Mismatches.Add($"{path}: the example names the scalar {name}, the field is declared {fieldType} and the response has {response.GetRawText()}");
            }

            return;
        }

        if (response.ValueKind == JsonValueKind.Array)
        {
            Mismatches.Add($"{path}: the example shows {name} without brackets, the response is a list");
            return;
        }

        if (response.ValueKind != JsonValueKind.Object
            || !response.TryGetProperty("__typename", out var typename)
            || typename.GetString() != name)
        {
            Mismatches.Add($"{path}: the example names {name}, the response has {response.GetRawText()}");
            return;
        }

        TypenameChecks.Add($"{path}.__typename = {name}");
    }

    private void CompareLeaf(JsonElement example, JsonElement response, string path)
    {
        ComparedLeaves++;
        var equal = example.ValueKind == response.ValueKind && example.ValueKind switch
        {
            JsonValueKind.String => example.GetString() == response.GetString(),
            JsonValueKind.Number => example.GetRawText() == response.GetRawText(),
            JsonValueKind.Object or JsonValueKind.Array => JsonElement.DeepEquals(example, response),
            _ => true,
        };
        if (!equal)
        {
            Mismatches.Add($"{path}: the example shows {example.GetRawText()}, the response has {response.GetRawText()}");
        }
    }
}
