using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Tests.Differential;
using Kraken.Codegen.Core.Tests.Validation;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Schema;

public sealed class IntrospectionSchemaReaderTests
{
    private const string RoundTripSdl = """
        "The root."
        type Query {
          "A field with every kind of argument."
          search(text: String = "a \"quoted\" text", limit: Int! = 10, kinds: [Kind!] = [CAT, DOG], filter: Filter = { kind: CAT, tags: ["x"] }): [Result]
          old: String @deprecated(reason: "Use 'search'.\n- Marked as deprecated on 2024-01-15.\n- Scheduled for removal on or after 2025-06-30.")
          legacy(id: ID, oldId: ID @deprecated(reason: "Use 'id'.")): Result
          when: DateTime
        }

        type Mutation { add(input: AddInput!): Result }

        "Something found."
        interface Result { id: ID! }
        type CatResult implements Result { id: ID! meows: Int }
        type DogResult implements Result { id: ID! barks: Int }
        union Any = CatResult | DogResult

        enum Kind { CAT DOG BIRD @deprecated(reason: "Birds are no longer listed.") }

        input Filter { kind: Kind tags: [String!] legacyTag: String @deprecated(reason: "Use 'tags'.") }
        input AddInput @oneOf { cat: Int dog: Int }

        scalar DateTime

        directive @cached(seconds: Int = 60) repeatable on FIELD | QUERY
        """;

    [Fact]
    public void Round_trips_a_schema_through_GraphQL_NET_introspection()
    {
        var json = new GraphQLNetOracle(RoundTripSdl).Introspect();
        var fromSdl = SchemaBuilder.Build(new SourceFile("schema.graphql", RoundTripSdl));
        var fromJson = IntrospectionSchemaReader.Read(new SourceFile("schema.json", json));

        DiagnosticAssert.NoErrors(fromJson.Diagnostics);
        SchemaAssert.Equivalent(fromSdl, fromJson, compareDescriptions: true);

        var search = fromJson.QueryType!.Fields["search"]!;
        Assert.Equal("\"a \\\"quoted\\\" text\"", search.Arguments["text"]!.DefaultValueText);
        Assert.Equal("[CAT, DOG]", search.Arguments["kinds"]!.DefaultValueText);
        Assert.Equal("{ kind: CAT, tags: [\"x\"] }", search.Arguments["filter"]!.DefaultValueText);
        Assert.Equal(new DateTime(2025, 6, 30), fromJson.QueryType.Fields["old"]!.Deprecation!.RemovalOn);
        Assert.Equal("Use 'id'.", fromJson.QueryType.Fields["legacy"]!.Arguments["oldId"]!.Deprecation!.Reason);
        Assert.NotNull(((EnumTypeDefinition)fromJson.GetType("Kind")!).Values["BIRD"]!.Deprecation);
        Assert.NotNull(((InputObjectTypeDefinition)fromJson.GetType("Filter")!).Fields["legacyTag"]!.Deprecation);
        Assert.True(((InputObjectTypeDefinition)fromJson.GetType("AddInput")!).IsOneOf);
        var cached = fromJson.GetDirective("cached")!;
        Assert.True(cached.IsRepeatable);
        Assert.Equal(2, cached.Locations.Count);
        Assert.Contains(GraphQLParser.AST.DirectiveLocation.Field, cached.Locations);
        Assert.Contains(GraphQLParser.AST.DirectiveLocation.Query, cached.Locations);
    }

    [Fact]
    public void Round_trips_the_Dog_Cat_schema_and_validates_the_same()
    {
        var json = new GraphQLNetOracle(ValidationHarness.DogCatSdl).Introspect();
        var fromJson = IntrospectionSchemaReader.Read(new SourceFile("dogcat.json", json));
        DiagnosticAssert.NoErrors(fromJson.Diagnostics);
        SchemaAssert.Equivalent(ValidationHarness.DogCat, fromJson, compareDescriptions: false);

        var document = ExecutableDocument.Parse("q.graphql", "mutation m($cat: CatInput) { addPet(pet: { cat: $cat }) { name } }");
        Assert.Equal(
            DocumentValidator.Validate(ValidationHarness.DogCat, document).Select(d => d.ToString()),
            DocumentValidator.Validate(fromJson, document).Select(d => d.ToString()));
    }

    [SkippableFact]
    public void Round_trips_the_UK_schema()
    {
        var folder = TestPaths.RequireShared("corpora", "kraken-uk");
        var sdl = File.ReadAllText(Path.Combine(folder, "schema.graphql"));
        var json = new GraphQLNetOracle(sdl).Introspect();
        var fromJson = IntrospectionSchemaReader.Read(new SourceFile("uk.json", json));
        DiagnosticAssert.NoErrors(fromJson.Diagnostics);
        // GraphQL.NET reports no default where the SDL says '= null' (61 places in this schema).
        SchemaAssert.Equivalent(SchemaBuilder.Build(new SourceFile("schema.graphql", sdl)), fromJson, compareDescriptions: true, nullDefaultEqualsNone: true);
    }

    [Fact]
    public void Reads_a_result_without_the_data_wrapper_with_specifiedByURL()
    {
        var schema = IntrospectionSchemaReader.Read(new SourceFile("bare.json", """
            { "__schema": { "queryType": { "name": "Q" }, "types": [
              { "kind": "OBJECT", "name": "Q", "fields": [ { "name": "at", "args": [], "type": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "SCALAR", "name": "DateTime" } }, "isDeprecated": false } ], "interfaces": [] },
              { "kind": "SCALAR", "name": "DateTime", "specifiedByURL": "https://scalars.graphql.org/andimarek/date-time" } ],
              "directives": [] } }
            """));
        Assert.Empty(schema.Diagnostics);
        Assert.Equal("DateTime!", schema.QueryType!.Fields["at"]!.Type.ToString());
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", ((ScalarTypeDefinition)schema.GetType("DateTime")!).SpecifiedByUrl);
    }

    [Theory]
    [InlineData("{ \"data\": { \"__schema\": { \"types\": [ }", "KGQL0107", "Introspection result at $ (line 1, column 38): the file is not valid JSON: Unexpected character '}'.", 1, 38)]
    [InlineData("{ \"data\": {\n  \"schema\": {} } }", "KGQL0107", "Introspection result at $.data (line 1, column 11): no '__schema' object: expected an introspection result such as {\"data\": {\"__schema\": …}}.", 1, 11)]
    [InlineData("{ \"errors\": [ { \"message\": \"Unauthorized\" } ] }", "KGQL0107", "Introspection result at $ (line 1, column 1): no '__schema' object: expected an introspection result such as {\"data\": {\"__schema\": …}}. The result carries an error instead: Unauthorized", 1, 1)]
    [InlineData("{ \"__schema\": { \"queryType\": { \"name\": \"Q\" }, \"types\": [\n  { \"kind\": \"OBJECT\", \"name\": \"Q\", \"fields\": [] },\n  { \"kind\": \"THING\", \"name\": \"X\" } ] } }", "KGQL0107", "Introspection result at $.__schema.types[1].kind (line 3, column 13): unknown type kind 'THING' for 'X'; expected SCALAR, OBJECT, INTERFACE, UNION, ENUM or INPUT_OBJECT.", 3, 13)]
    [InlineData("[1, 2", "KGQL0107", "Introspection result at $ (line 1, column 6): the file is not valid JSON: Unexpected end of JSON.", 1, 6)]
    public void Reports_unreadable_results_at_the_JSON_path(string json, string id, string message, int line, int column)
    {
        var schema = IntrospectionSchemaReader.Read(new SourceFile("schema.json", json));
        ValidationHarness.AssertSingle(schema.Diagnostics, id, message, line, column);
    }

    [Fact]
    public void Survives_deeply_nested_JSON()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        var schema = IntrospectionSchemaReader.Read(new SourceFile("deep.json", json));
        ValidationHarness.AssertSingle(schema.Diagnostics, "KGQL0107", "Introspection result at $ (line 1, column 257): the file is not valid JSON: JSON is nested more deeply than 256 levels.", 1, 257);
    }

    [Fact]
    public void A_partial_result_with_names_and_descriptions_only_gives_one_summary_error_with_the_fix()
    {
        var json = PartialResult(new GraphQLNetOracle(ValidationHarness.DogCatSdl).Introspect(), keepTypeOf: _ => false);
        var fields = System.Text.Json.Nodes.JsonNode.Parse(json)!["data"]!["__schema"]!["types"]!.AsArray().Sum(t => t!["fields"]?.AsArray().Count ?? 0);

        var schema = IntrospectionSchemaReader.Read(new SourceFile("partial.json", json));

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal("KGQL0107", diagnostic.Id);
        Assert.Contains($"the result is incomplete ('type' missing on {fields} of {fields} fields)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("fetch a complete result with 'kraken-codegen introspect <url> --format json --output schema.schema.json'", diagnostic.Message, StringComparison.Ordinal);
        var firstField = json.IndexOf("\"fields\": [", StringComparison.Ordinal);
        var firstFieldObject = json.IndexOf('{', firstField);
        Assert.Equal(firstFieldObject, diagnostic.Location!.Value.Start);
        Assert.True(diagnostic.Location.Value.StartLine > 0, "The summary points into the file, not at (1,1): " + diagnostic);
    }

    [Fact]
    public void A_few_fields_without_a_type_are_reported_each_at_the_field_not_at_the_start_of_the_file()
    {
        var json = PartialResult(new GraphQLNetOracle(ValidationHarness.DogCatSdl).Introspect(), keepTypeOf: field => field != "Dog.nickname");

        var schema = IntrospectionSchemaReader.Read(new SourceFile("slip.json", json));

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.StartsWith("Introspection result at $.data.__schema.types[", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith(".type (line " + (diagnostic.Location!.Value.StartLine + 1) + ", column " + (diagnostic.Location.Value.StartColumn + 1) + "): expected a type reference with a 'kind' and a 'name'.", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("{", json.Substring(diagnostic.Location.Value.Start), StringComparison.Ordinal);
        Assert.Contains("\"nickname\"", json.Substring(diagnostic.Location.Value.Start, 80), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Do g")]
    [InlineData("1Dog")]
    [InlineData("Dog\n")]
    public void Names_that_are_not_GraphQL_names_are_refused(string name)
    {
        var json = new GraphQLNetOracle(ValidationHarness.DogCatSdl).Introspect().Replace("\"name\": \"Dog\"", "\"name\": " + System.Text.Json.JsonSerializer.Serialize(name), StringComparison.Ordinal);

        var schema = IntrospectionSchemaReader.Read(new SourceFile("names.json", json));

        Assert.Contains(schema.Diagnostics, d => d.Id == "KGQL0107" && d.Message.Contains("is not a GraphQL name", StringComparison.Ordinal) && !d.Message.Contains('\n'));
    }

    /// <summary>A pretty-printed result reduced to names, kinds and descriptions, as some tools save it: fields keep their type only where asked.</summary>
    private static string PartialResult(string json, Func<string, bool> keepTypeOf)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var type in root["data"]!["__schema"]!["types"]!.AsArray())
        {
            foreach (var field in type!["fields"]?.AsArray() ?? new System.Text.Json.Nodes.JsonArray())
            {
                var obj = field!.AsObject();
                obj.Remove("args");
                if (!keepTypeOf($"{type["name"]}.{obj["name"]}"))
                {
                    obj.Remove("type");
                }
            }
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
