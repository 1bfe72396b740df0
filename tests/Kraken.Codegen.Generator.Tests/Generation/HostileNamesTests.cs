using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>
/// Schemas are untrusted input: names and descriptions must never break the generated code or smuggle code into it.
/// </summary>
public sealed class HostileNamesTests
{
    private const string Schema = """"
        type Query {
          """
          </summary> public class InjectedFromDescription { } /// <summary>
          */ "quotes" \backslash\ & <script>alert(1)</script>
          Non-ASCII: Größe ✓ 漢字 — and a line separator here: [ ] and a tab:	end
          """
          class(namespace: String, int: Int, input: object): class
          data: String
          Data: String
          namesDifferingOnlyInCase: String
          NamesDifferingOnlyInCase: String
          readJson: String
          ReadJson: String
          equals: String
          toString: String
          getHashCode: Int
          events: [event!]
          old: String @deprecated(reason: "Use \"new\".\n\"); public class InjectedFromReason { } //")
          json: class
          readData: class
          pick: [pick]
        }

        type class {
          class: String
          Class: Int
          typename: String
          value: Int
          decimal: Float
          int: Int
          float: Float
          reader: String
          current: String
          exception: String
          context: String
          field: String
          format: Json
        }

        "A union whose member's name is also an enum's: inside that case, the enum must be named in full."
        union pick = class | other
        type other { kind: Other }
        enum Other { X Y }
        enum Json { ONE TWO }

        enum event { VALUE KIND RAW_VALUE UNKNOWN IS_UNKNOWN PARSE READ_JSON EQUALS event }

        input object { string: String! params: [Int] default: event }
        """";

    private const string Operation = """
        query class($namespace: String, $int: Int, $input: object) {
          class(namespace: $namespace, int: $int, input: $input) {
            class Class typename value decimal int float reader current exception __typename context field format
          }
          data Data namesDifferingOnlyInCase NamesDifferingOnlyInCase readJson ReadJson equals toString getHashCode events old
          json { value format }
          readData { value }
          pick { ... on other { kind } ... on class { value format } }
        }
        """;

    [Fact]
    public void Hostile_names_and_descriptions_generate_code_that_compiles_without_injection()
    {
        var schema = Schema.Replace("[ ]", "[\u2028]", StringComparison.Ordinal);
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/project/hostile/schema.graphqls", schema),
            new InMemoryAdditionalText("/project/hostile/class.graphql", Operation),
        });

        result.AssertCompilesCleanly();
        Assert.Null(result.Compilation.GetTypeByMetadataName("InjectedFromDescription"));
        Assert.Null(result.Compilation.GetTypeByMetadataName("InjectedFromReason"));
        Assert.DoesNotContain(result.Compilation.GetSymbolsWithName(name => name.StartsWith("Injected", StringComparison.Ordinal)), _ => true);

        var all = string.Join("\n", result.Sources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain("<script>", all, StringComparison.Ordinal);
        Assert.Contains("&lt;/summary&gt;", all, StringComparison.Ordinal);
        Assert.Contains("Größe ✓ 漢字", all, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', all);

        // Names that differ only in case, or equal generated members, all get distinct members.
        var operation = result.Compilation.GetTypeByMetadataName("Test.Client.ClassQuery+Data");
        Assert.NotNull(operation);
        var members = operation.GetMembers().Select(m => m.Name).ToHashSet();
        // The record is named Data, so the field 'data' takes the suffix and 'Data' the next number.
        Assert.Contains("DataValue", members);
        Assert.Contains("Data2", members);
        Assert.Contains("NamesDifferingOnlyInCase", members);
        Assert.Contains("NamesDifferingOnlyInCaseValue", members);
        Assert.Contains("ReadJson", members);
        Assert.Contains("ReadJsonValue", members);
        Assert.Contains("EqualsValue", members);
        Assert.Contains("ToStringValue", members);
        Assert.Contains("GetHashCodeValue", members);

        // Records never take the names of the operation class's own members (its JSON class, its ReadData).
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Client.ClassQuery+JsonSelection"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Client.ClassQuery+ReadDataSelection"));
        var kind = (IPropertySymbol)result.Compilation.GetTypeByMetadataName("Test.Client.ClassQuery+Pick+Other")!.GetMembers("Kind").Single();
        Assert.Equal("Test.Client.Other", ((INamedTypeSymbol)kind.Type).TypeArguments.Single().ToDisplayString());
    }

    [Theory]
    [InlineData("a list aliased 'json' (its reader would be ReadJson)", "query Q { account(accountNumber: \"A\") { json: tags list: tags readTags: id tags } }")]
    [InlineData("a selection aliased 'readJson' (its record would be ReadJson)", "query Q { readJson: account(accountNumber: \"A\") { id } equals: account(accountNumber: \"B\") { id } }")]
    [InlineData("a selection aliased 'printMembers' and 'deconstruct'", "query Q { printMembers: account(accountNumber: \"A\") { id } deconstruct: account(accountNumber: \"B\") { id } }")]
    public void Aliases_that_name_generated_members_still_compile(string found, string operation)
    {
        // Found by the fuzzing harness (a nested record or a list reader took the name of a member records declare).
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Q.graphql", operation),
        ]);

        Assert.True(result.Sources.Any(), found);
        result.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("an interface selection", "query Q { node(id: \"1\") { __typename: id ... on AccountType { number } } }")]
    [InlineData("a union selection, aliased in a case only", "query Q { search(text: \"x\") { ... on AccountType { __typename: number } ... on City { name } } }")]
    [InlineData("a union selection, the real __typename aliased away", "query Q { search(text: \"x\") { kind: __typename ... on City { __typename: name } ... on AccountType { number } } }")]
    public void A_field_aliased_typename_in_a_family_still_compiles_and_reads_the_real_type(string found, string operation)
    {
        // Found by the fuzzing harness on the UK corpus: the family read its case from the response name __typename,
        // which such an alias takes. The family now reads the type from a response name the generator adds.
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Q.graphql", operation),
        ]);

        Assert.True(result.Sources.Any(), found);
        result.AssertCompilesCleanly();
        var document = result.Source("QQuery.g.cs");
        Assert.Contains("__kraken_typename: __typename", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_with_a_field_aliased_typename_picks_its_case_from_the_real_type_name()
    {
        const string probe = """
            namespace Probe
            {
                public static class Reader
                {
                    public static object Read(string json)
                    {
                        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
                        reader.Read();
                        return Test.Client.QQuery.ReadData(ref reader);
                    }
                }
            }
            """;
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Q.graphql", "query Q { search(text: \"x\") { ... on AccountType { __typename: number } ... on City { name } } }"),
        ],
        userCode: probe);
        result.AssertCompilesCleanly();

        // The server answers the generator's alias with the type name and the user's alias with the account number.
        const string json = """{"search":[{"__kraken_typename":"City","name":"Berlin"},{"__kraken_typename":"AccountType","__typename":"A-1"}]}""";
        using var peStream = new MemoryStream();
        Assert.True(result.Compilation.Emit(peStream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("typename-alias", isCollectible: true);
        try
        {
            peStream.Position = 0;
            var data = context.LoadFromStream(peStream).GetType("Probe.Reader")!.GetMethod("Read")!.Invoke(null, [json])!;
            var items = ((System.Collections.IEnumerable)data.GetType().GetProperty("Search")!.GetValue(data)!).Cast<object>().ToList();
            Assert.Equal(["City", "AccountType"], items.Select(i => i.GetType().Name));
            Assert.Equal("A-1", items[1].GetType().GetProperty("Typename")!.GetValue(items[1]));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void An_operation_written_twice_is_reported_and_never_makes_the_generator_throw()
    {
        // Found by the fuzzing harness: both copies got the same hint name, which Roslyn refuses (CS8785, all output lost).
        var files = new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Twice.graphql", "query Twice { legacyBalance }\nquery Twice { legacyBalance }\n"),
            new InMemoryAdditionalText("/p/Other.graphql", "query Other { legacyBalance }\n"),
        };

        var result = GeneratorHarness.Run(files);

        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("OtherQuery.g.cs", StringComparison.Ordinal));
        Assert.Single(GeneratorHarness.Analyze(files), d => d.Id == "KGQL0203");
    }
}
