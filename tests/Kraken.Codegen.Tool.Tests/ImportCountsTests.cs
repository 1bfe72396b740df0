using System.Text.Json;
using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

public sealed class ImportCountsTests
{
    [SkippableFact]
    public void Imports_every_documented_operation_into_the_schema_of_its_server()
    {
        var reference = RepositoryFiles.ReadReference();
        var oracle = ReferenceOracle.Read(System.Text.Encoding.UTF8.GetString(reference));

        var result = ReferenceImporter.Import(reference);
        var api = Schema(result, ReferenceEndpoint.Api);
        var auth = Schema(result, ReferenceEndpoint.Auth);

        // The document holds 105 operations: 102 on the API server (5 of them lost their heading) and 3 on the auth server.
        Assert.Equal(105, api.Operations.Count + auth.Operations.Count);
        Assert.Equal(3, auth.Operations.Count);
        Assert.Equal(oracle.ApiOperations.Order(StringComparer.Ordinal), api.Operations.Select(operation => operation.Name).Order(StringComparer.Ordinal));
        Assert.Equal(oracle.AuthOperations.Order(StringComparer.Ordinal), auth.Operations.Select(operation => operation.Name).Order(StringComparer.Ordinal));
        Assert.Equal(api.Operations.Count, api.Schema.Query.Fields.Count);
        Assert.Equal(auth.Operations.Count, auth.Schema.Query.Fields.Count);
    }

    [SkippableFact]
    public void Defines_each_of_the_129_fragments_on_the_type_its_name_gives()
    {
        var reference = RepositoryFiles.ReadReference();
        var oracle = ReferenceOracle.Read(System.Text.Encoding.UTF8.GetString(reference));

        var api = Schema(ReferenceImporter.Import(reference), ReferenceEndpoint.Api);

        Assert.Equal(129, api.Fragments.Count);
        Assert.Equal(oracle.ApiFragments.Order(StringComparer.Ordinal), api.Fragments.Select(fragment => fragment.Name));
        Assert.All(api.Fragments, fragment =>
        {
            Assert.Equal(fragment.Name[..^"Fragment".Length], fragment.TypeCondition);
            Assert.NotNull(api.Schema.Find(fragment.TypeCondition));
        });
    }

    [SkippableFact]
    public void Catalogues_the_50_error_codes_and_each_operation_lists_the_codes_of_its_entry()
    {
        var reference = RepositoryFiles.ReadReference();
        var oracle = ReferenceOracle.Read(System.Text.Encoding.UTF8.GetString(reference));

        var result = ReferenceImporter.Import(reference);
        var errorsJson = JsonDocument.Parse(File(result, "kraken-oeg/errors.json"));

        var codes = errorsJson.RootElement.GetProperty("errors").EnumerateObject().Select(property => property.Name).ToList();
        Assert.Equal(50, codes.Count);
        Assert.Equal(oracle.ErrorCodes.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.Equal("Disabled GraphQL field requested.", errorsJson.RootElement.GetProperty("errors").GetProperty("KT-CT-1113").GetString());

        var operations = errorsJson.RootElement.GetProperty("operations");
        foreach (var (operationName, expectedCodes) in oracle.ApiErrorsByOperation)
        {
            var actual = operations.GetProperty(operationName).GetProperty("errors").EnumerateArray().Select(code => code.GetString()).ToList();
            Assert.True(expectedCodes.SequenceEqual(actual), $"{operationName}: expected [{string.Join(", ", expectedCodes)}], got [{string.Join(", ", actual)}]");
        }
    }

    [SkippableFact]
    public void Marks_the_four_deprecated_fields_with_Krakens_reason_template_and_dates()
    {
        var api = Schema(ReferenceImporter.Import(RepositoryFiles.ReadReference()), ReferenceEndpoint.Api);
        var expected = new Dictionary<string, (string MarkedOn, string RemovalFloor)>
        {
            ["chargePointDevices"] = ("2023-05-10", "2024-01-01"),
            ["propertySearch"] = ("2023-05-23", "2024-01-01"),
            ["registeredKrakenflexDevice"] = ("2024-04-23", "2024-11-01"),
            ["vehicleChargingPreferences"] = ("2024-04-23", "2024-11-01"),
        };

        var deprecated = api.Schema.Query.Fields.Where(field => field.DeprecationReason is not null).ToList();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), deprecated.Select(field => field.Name).Order(StringComparer.Ordinal));
        foreach (var field in deprecated)
        {
            var (markedOn, removalFloor) = expected[field.Name];
            Assert.StartsWith($"The '{field.Name}' field is deprecated.\n\n", field.DeprecationReason, StringComparison.Ordinal);
            Assert.EndsWith($"\n\n- Marked as deprecated on {markedOn}.\n- Scheduled for removal on or after {removalFloor}.", field.DeprecationReason, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Keeps_the_error_lines_in_field_descriptions_in_Krakens_form()
    {
        var api = Schema(ReferenceImporter.Import(RepositoryFiles.ReadReference()), ReferenceEndpoint.Api);

        var account = api.Schema.Query.FindField("account");

        Assert.NotNull(account);
        Assert.Contains("The possible errors that can be raised are:\n- KT-CT-4177: Unauthorized.\n- KT-CT-1113: Disabled GraphQL field requested.", account.Description, StringComparison.Ordinal);
    }

    internal static ImportedSchema Schema(ImportResult result, ReferenceEndpoint endpoint) =>
        Assert.Single(result.Schemas, schema => schema.Endpoint == endpoint);

    internal static string File(ImportResult result, string relativePath) =>
        System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, file => file.RelativePath == relativePath).Content);
}
