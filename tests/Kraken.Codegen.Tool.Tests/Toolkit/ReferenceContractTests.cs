using System.Globalization;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// The acceptance test of <see cref="ContractVerifier"/>: the example response of every one of the 105 reference
/// operations validates against the contract emitted from the committed schema and operation files; broken copies
/// are reported with the JSON path of the fault.
/// </summary>
public sealed class ReferenceContractTests
{
    [SkippableFact]
    public void Every_reference_example_response_validates_against_its_operation_contract()
    {
        var examples = ReferenceExamples();
        var failures = new List<string>();
        var checkedCount = 0;
        var withoutExample = new List<string>();
        foreach (var folder in new[] { "kraken-oeg", "kraken-oeg-auth" })
        {
            var (schema, documents) = Committed(folder);
            var verifier = ContractVerifier.Create(schema, documents);
            foreach (var name in verifier.OperationNames)
            {
                if (!examples.TryGetValue((folder, name), out var response))
                {
                    withoutExample.Add(folder + "/" + name);
                    continue;
                }

                var result = verifier.Verify(name, ToJson(response!, schema));
                checkedCount++;
                if (!result.IsValid)
                {
                    failures.Add($"{folder}: {result}");
                }
            }
        }

        Assert.True(checkedCount + withoutExample.Count == 105, $"{checkedCount} checked, {withoutExample.Count} without example: expected the reference's 105 operations.");
        Assert.True(withoutExample.SequenceEqual(EntriesWithoutExample), "Operations without an example response: " + string.Join(", ", withoutExample));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Entries whose example response the reference lost (the importer reports them too).</summary>
    private static readonly string[] EntriesWithoutExample = ["kraken-oeg/ActiveTariffs"];

    [SkippableFact]
    public void A_wrong_scalar_a_missing_non_null_field_and_an_unknown_enum_value_are_reported_with_their_paths()
    {
        var schema = SchemaBuilder.Build(new SourceFile("schema.graphql", """
            type Query { account(number: String!): Account }
            type Account { number: String! balance: Int status: Status! users: [User!]! }
            type User { id: ID! name: String }
            enum Status { ACTIVE CLOSED }
            """));
        var documents = new ExecutableDocumentSet(ExecutableDocument.Parse("ops.graphql", """
            query Account($number: String!) {
              account(number: $number) { number balance state: status users { id name } }
            }
            """));
        var verifier = ContractVerifier.Create(schema, documents);

        var good = verifier.Verify("Account", """{"data":{"account":{"number":"A-1","balance":12,"state":"ACTIVE","users":[{"id":"1","name":null}]}}}""");
        var bad = verifier.Verify("Account", """{"data":{"account":{"balance":"12","state":"SUSPENDED","users":[{"name":"x"}]}}}""");

        Assert.True(good.IsValid, good.ToString());
        Assert.Equal(
            new[]
            {
                "$.data.account.balance NoTypeValidates",
                "$.data.account.number PropertyRequired",
                "$.data.account.state NotInEnumeration",
                "$.data.account.users[0].id PropertyRequired",
            },
            bad.Violations.Select(v => v.Path + " " + v.Kind));
        Assert.Equal("expected integer or null, found \"12\"", bad.Violations[0].Message);
    }

    [SkippableFact]
    public void Variables_are_checked_against_their_contract()
    {
        var (schema, documents) = Committed("kraken-oeg");
        var verifier = ContractVerifier.Create(schema, documents);

        Assert.True(verifier.VerifyVariables("Account", """{"accountNumber":"A-123"}""").IsValid);
        var missing = verifier.VerifyVariables("Account", """{"accountNumber":null,"extra":1}""");
        Assert.Equal(new[] { "$.accountNumber", "$.extra" }, missing.Violations.Select(v => v.Path));
    }

    /// <summary>The committed schema folder: schema, every operation and the fragments file.</summary>
    internal static (SchemaModel Schema, ExecutableDocumentSet Documents) Committed(string folder)
    {
        var root = ToolkitFiles.InRepository("schema", folder);
        var schema = SchemaBuilder.Build(new SourceFile($"schema/{folder}/schema.graphqls", File.ReadAllText(Path.Combine(root, "schema.graphqls"))));
        var files = Directory.GetFiles(Path.Combine(root, "operations"), "*.graphql").ToList();
        if (File.Exists(Path.Combine(root, "fragments.graphql")))
        {
            files.Add(Path.Combine(root, "fragments.graphql"));
        }

        return (schema, new ExecutableDocumentSet(files.Select(path => ExecutableDocument.Parse(Path.GetRelativePath(ToolkitFiles.Root, path), File.ReadAllText(path)))));
    }

    /// <summary>The example response of each operation, keyed by schema folder and operation name (matched through the importer's line numbers).</summary>
    private static Dictionary<(string Folder, string Operation), ExampleValue> ReferenceExamples()
    {
        var reference = RepositoryFiles.ReadReference();
        var imported = ReferenceImporter.Import(reference);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(reference).TrimStart('\uFEFF');
        var entries = ReferenceReader.Read(text).Entries.Where(e => e.Operation is not null).ToDictionary(e => e.Operation!.FirstLine);
        var examples = new Dictionary<(string, string), ExampleValue>();
        foreach (var schema in imported.Schemas)
        {
            foreach (var operation in schema.Operations)
            {
                var response = entries[operation.Line].Response;
                if (response is null)
                {
                    continue; // A few entries lost their example in the reference; the test lists them.
                }

                var parsed = ExampleValueParser.Parse(response!.Text, response.FirstLine);
                Assert.True(parsed.Value is not null, $"{operation.Name}: the example response cannot be read: {parsed.Problem}");
                examples[(schema.FolderName, operation.Name)] = parsed.Value!;
            }
        }

        return examples;
    }

    /// <summary>
    /// The example as JSON. A bare type name stands for a value of that type: an object type becomes
    /// <c>{"__typename": "Name"}</c>; a scalar or enum name (the reference writes <c>NonEmptyString</c> too) becomes a
    /// sample value of that type.
    /// </summary>
    private static string ToJson(ExampleValue value, SchemaModel schema)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            Write(json, value, schema);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, ExampleValue value, SchemaModel schema)
    {
        switch (value)
        {
            case ExampleObject obj:
                json.WriteStartObject();
                foreach (var (name, property) in obj.Properties)
                {
                    json.WritePropertyName(name);
                    Write(json, property, schema);
                }

                json.WriteEndObject();
                break;
            case ExampleArray array:
                json.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Write(json, item, schema);
                }

                json.WriteEndArray();
                break;
            case ExampleString text:
                json.WriteStringValue(text.Value);
                break;
            case ExampleNumber number:
                json.WriteRawValue(number.Text);
                break;
            case ExampleBoolean boolean:
                json.WriteBooleanValue(boolean.Value);
                break;
            case ExampleNull:
                json.WriteNullValue();
                break;
            case ExampleTypeName typeName:
                WriteTypeName(json, typeName.Name, schema);
                break;
        }
    }

    private static void WriteTypeName(Utf8JsonWriter json, string name, SchemaModel schema)
    {
        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            json.WriteStartArray();
            WriteTypeName(json, name[1..^1].TrimEnd('!'), schema);
            json.WriteEndArray();
            return;
        }

        switch (schema.GetType(name.TrimEnd('!')))
        {
            case EnumTypeDefinition enumType:
                json.WriteStringValue(enumType.Values[0].Name);
                break;
            case ScalarTypeDefinition scalar:
                WriteScalarSample(json, scalar.Name);
                break;
            default:
                json.WriteStartObject();
                json.WriteString("__typename", name.TrimEnd('!'));
                json.WriteEndObject();
                break;
        }
    }

    private static void WriteScalarSample(Utf8JsonWriter json, string scalar)
    {
        switch (scalar)
        {
            case "Int" or "BigInt":
                json.WriteNumberValue(1);
                break;
            case "Float":
                json.WriteNumberValue(1.0);
                break;
            case "Boolean":
                json.WriteBooleanValue(true);
                break;
            case "Date":
                json.WriteStringValue("2020-01-01");
                break;
            case "DateTime":
                json.WriteStringValue(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue("abc123");
                break;
        }
    }
}
