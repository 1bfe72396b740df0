namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>A schema given as an introspection result (<c>*.schema.json</c>) works like SDL.</summary>
public sealed class IntrospectionSchemaTests
{
    private const string Introspection = """
        {
          "data": {
            "__schema": {
              "queryType": { "name": "Query" },
              "mutationType": null,
              "subscriptionType": null,
              "directives": [],
              "types": [
                { "kind": "OBJECT", "name": "Query", "description": null, "interfaces": [], "fields": [
                  { "name": "account", "description": "Get an account.\n\nThe possible errors that can be raised are:\n\n- KT-CT-4177: Unauthorized.",
                    "isDeprecated": false, "deprecationReason": null,
                    "args": [ { "name": "accountNumber", "description": null, "defaultValue": null, "isDeprecated": false, "deprecationReason": null,
                                "type": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "SCALAR", "name": "String", "ofType": null } } } ],
                    "type": { "kind": "OBJECT", "name": "Account", "ofType": null } } ] },
                { "kind": "OBJECT", "name": "Account", "description": "An account.", "interfaces": [], "fields": [
                  { "name": "number", "description": null, "args": [], "isDeprecated": false, "deprecationReason": null,
                    "type": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "SCALAR", "name": "String", "ofType": null } } },
                  { "name": "status", "description": null, "args": [], "isDeprecated": true, "deprecationReason": "Use state.\n- Will be removed on 2025-01-01.",
                    "type": { "kind": "ENUM", "name": "Status", "ofType": null } } ] },
                { "kind": "ENUM", "name": "Status", "description": null, "enumValues": [
                  { "name": "ACTIVE", "description": null, "isDeprecated": false, "deprecationReason": null },
                  { "name": "CLOSED", "description": null, "isDeprecated": false, "deprecationReason": null } ] },
                { "kind": "SCALAR", "name": "String", "description": null },
                { "kind": "SCALAR", "name": "Boolean", "description": null }
              ]
            }
          }
        }
        """;

    [Fact]
    public void An_introspection_result_drives_generation_and_validation()
    {
        var files = new[]
        {
            new InMemoryAdditionalText("/p/kraken.schema.json", Introspection),
            new InMemoryAdditionalText("/p/Account.graphql", "query Account($n: String!) {\n  account(accountNumber: $n) {\n    number\n    status\n  }\n}\n"),
        };

        var result = GeneratorHarness.Run(files);
        var diagnostics = GeneratorHarness.Analyze(files);

        result.AssertCompilesCleanly();
        var source = result.Source("AccountQuery.g.cs");
        Assert.Contains("public required string Number { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("[global::System.Obsolete(\"Use state. - Will be removed on 2025-01-01.\")]", source, StringComparison.Ordinal);
        Assert.Contains("\"KT-CT-4177\"", source, StringComparison.Ordinal);
        var deprecation = Assert.Single(diagnostics, d => d.Id == "KGQL0301");
        Assert.Contains("removal on or after 2025-01-01", deprecation.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(3, deprecation.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_partial_introspection_result_is_one_KGQL0107_in_its_file_with_the_fix_and_no_crash()
    {
        // Names and descriptions only, pretty-printed, as some tools save it: every field lacks its 'type'.
        var fields = string.Join(",\n", Enumerable.Range(0, 300).Select(i => $"        {{\n          \"name\": \"field{i}\",\n          \"description\": \"Field {i}.\"\n        }}"));
        var partial = "{\n  \"__schema\": {\n    \"queryType\": { \"name\": \"Query\" },\n    \"types\": [\n      {\n        \"kind\": \"OBJECT\",\n        \"name\": \"Query\",\n        \"fields\": [\n" + fields + "\n        ]\n      }\n    ]\n  }\n}\n";
        var files = new[]
        {
            new InMemoryAdditionalText("/p/kraken.schema.json", partial),
            new InMemoryAdditionalText("/p/Q.graphql", "query Q { field1 }\n"),
        };

        var result = GeneratorHarness.Run(files);
        var diagnostics = GeneratorHarness.Analyze(files);

        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        var diagnostic = Assert.Single(diagnostics, d => d.Location.GetLineSpan().Path == "/p/kraken.schema.json");
        Assert.Equal("KGQL0107", diagnostic.Id);
        Assert.Contains("the result is incomplete ('type' missing on 300 of 300 fields)", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("kraken-codegen introspect", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal((8, 8), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }
}
