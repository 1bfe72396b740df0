using System.Text.Json.Nodes;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>
/// Completion, hover, go to definition, document symbols and live diagnostics, each through a real stdio session with
/// the built server. The Kraken examples use the imported reference in schema/kraken-oeg; new documents are opened as
/// unsaved buffers in that folder, so nothing is written to the repository.
/// </summary>
public sealed class LanguageFeatureTests
{
    private const string TestSchema = """
        type Query {
          "Finds items."
          search(filter: Filter, mode: Mode = FAST): [Item!]! @deprecated(reason: "Use find.\n- Marked as deprecated on 2024-01-01.\n- Scheduled for removal on or after 2024-06-01.")
          find(filter: Filter): [Item!]!
          node(id: ID!): Node
        }

        input Filter {
          name: String
          tags: [String!]
          nested: Filter
        }

        enum Mode {
          FAST
          SLOW @deprecated(reason: "Too slow.")
        }

        interface Node {
          id: ID!
        }

        type Item implements Node {
          id: ID!
          name: String
        }

        type Other implements Node {
          id: ID!
        }

        type Unrelated {
          x: Int
        }

        directive @cached(ttl: Int) on FIELD
        """;

    private static string KrakenOeg => Path.Combine(RepositoryLayout.Root!, "schema", "kraken-oeg");

    [Fact]
    public async Task Fields_complete_with_their_type_and_deprecated_fields_are_tagged_with_their_dates()
    {
        var probe = Path.Combine(KrakenOeg, "operations", "__Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(probe, "query Probe {\n  account(accountNumber: \"A\") {\n    \n  }\n  \n}\n");

        var accountFields = await CompleteAsync(client, probe, 2, 4);
        Assert.Contains("balance", accountFields.Select(Label));
        Assert.Contains("users", accountFields.Select(Label));
        Assert.Contains("__typename", accountFields.Select(Label));
        Assert.Equal("Int", (string?)accountFields.Single(i => Label(i) == "balance")["detail"]);

        var rootFields = await CompleteAsync(client, probe, 4, 2);
        var deprecated = rootFields.Single(i => Label(i) == "chargePointDevices");
        Assert.Equal(1, (int)deprecated["tags"]![0]!);
        var documentation = (string)deprecated["documentation"]!["value"]!;
        Assert.Contains("**Deprecated** since 2023-05-10, removal on or after 2024-01-01", documentation, StringComparison.Ordinal);
        Assert.Null(rootFields.Single(i => Label(i) == "account")["tags"]);
        Assert.True(string.CompareOrdinal((string?)rootFields.Single(i => Label(i) == "account")["sortText"], (string?)deprecated["sortText"]) < 0, "deprecated fields sort last");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Arguments_and_enum_values_complete_from_the_kraken_schema()
    {
        var probe = Path.Combine(KrakenOeg, "operations", "__Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        const string text = "query Probe {\n  costOfCharge(accountNumber: \"A\", frequency: ) { __typename }\n}\n";
        await client.OpenAsync(probe, text);

        var arguments = await CompleteAsync(client, probe, 1, 15);
        Assert.Equal(new[] { "accountNumber", "frequency", "reportDate", "startDate" }, arguments.Select(Label).Order(StringComparer.Ordinal));

        var afterFirst = await CompleteAsync(client, probe, 1, 35);
        Assert.DoesNotContain("accountNumber", afterFirst.Select(Label));

        var values = await CompleteAsync(client, probe, 1, 45);
        Assert.Contains("DAILY", values.Select(Label));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Input_fields_type_conditions_directives_and_variables_complete()
    {
        using var folder = new TemporaryFolder();
        folder.Write("schema.graphqls", TestSchema);
        var probe = Path.Combine(folder.Path, "Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        const string text = """
            query Probe($mode: Mode, $name: String) {
              find(filter: { name: "a", nested: {  } }) { id }
              node(id: "1") { ... on  }
              search(mode: $) { name @ }
              other: search(mode: ) { id }
            }
            """;
        await client.OpenAsync(probe, text);

        Assert.Equal(new[] { "name", "nested", "tags" }, (await CompleteAsync(client, probe, 1, 38)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "nested", "tags" }, (await CompleteAsync(client, probe, 1, 29)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Item", "Node", "Other" }, (await CompleteAsync(client, probe, 2, 25)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "mode", "name" }, (await CompleteAsync(client, probe, 3, 16)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "cached", "include", "skip" }, (await CompleteAsync(client, probe, 3, 27)).Select(Label).Order(StringComparer.Ordinal));

        var modes = await CompleteAsync(client, probe, 4, 21);
        Assert.Equal(new[] { "$mode", "$name", "FAST", "SLOW", "null" }, modes.Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(1, (int)modes.Single(i => Label(i) == "SLOW")["tags"]![0]!);

        var types = await CompleteAsync(client, probe, 0, 20);
        Assert.Equal(new[] { "Boolean", "Filter", "Float", "ID", "Int", "Mode", "String" }, types.Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Fragment_names_booleans_and_definition_keywords_complete()
    {
        using var folder = new TemporaryFolder();
        folder.Write("schema.graphqls", TestSchema);
        folder.Write("Fragments.graphql", "fragment ItemParts on Item { name }\nfragment OtherParts on Other { id }\nfragment Loose on Unrelated { x }\n");
        var probe = Path.Combine(folder.Path, "Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        await client.OpenAsync(probe, "query Probe {\n  node(id: \"1\") { ... }\n  find { id @include(if: ) }\n}\n\n");

        Assert.Equal(new[] { "ItemParts", "OtherParts", "on" }, (await CompleteAsync(client, probe, 1, 20)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "false", "true" }, (await CompleteAsync(client, probe, 2, 24)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "fragment", "mutation", "query", "subscription" }, (await CompleteAsync(client, probe, 4, 0)).Select(Label).Order(StringComparer.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Definition_goes_from_arguments_input_fields_enum_values_types_and_directives_into_the_schema()
    {
        using var folder = new TemporaryFolder();
        var schema = folder.Write("schema.graphqls", TestSchema);
        var probe = Path.Combine(folder.Path, "Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        await client.OpenAsync(probe, "query Probe {\n  search(filter: { tags: [] }, mode: SLOW) { name @cached }\n  node(id: \"1\") { ... on Item { id } }\n}\n");
        var schemaLines = TestSchema.ReplaceLineEndings("\n").Split('\n');

        async Task AssertGoesTo(int line, int character, string schemaLine, string name)
        {
            var answer = await client.RequestAsync("textDocument/definition", LspClient.At(probe, line, character));
            var target = answer["result"]![0]!;
            Assert.Equal(LspClient.Uri(schema), (string?)target["uri"]);
            var index = Array.FindIndex(schemaLines, l => l.Contains(schemaLine, StringComparison.Ordinal));
            var column = schemaLines[index].IndexOf(name, StringComparison.Ordinal);
            Assert.Equal(LspClient.Range(index, column, index, column + name.Length).ToJsonString(), target["range"]!.ToJsonString());
        }

        await AssertGoesTo(1, 10, "search(filter", "filter");
        await AssertGoesTo(1, 20, "tags: [String!]", "tags");
        await AssertGoesTo(1, 38, "SLOW @deprecated", "SLOW");
        await AssertGoesTo(1, 52, "directive @cached", "cached");
        await AssertGoesTo(2, 26, "type Item implements", "Item");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Files_changed_on_disk_are_read_again_when_the_editor_says_so()
    {
        using var folder = new TemporaryFolder();
        folder.Write("schema.graphqls", TestSchema);
        var fragments = folder.Write("Fragments.graphql", "fragment ItemParts on Item { name }\n");
        var operation = Path.Combine(folder.Path, "Operation.graphql");
        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        await client.OpenAsync(operation, "query Items { find { ...ItemParts } }\n");
        Assert.Empty((await client.WaitForDiagnosticsAsync(LspClient.Uri(operation), 1))["params"]!["diagnostics"]!.AsArray());

        File.WriteAllText(fragments, "fragment Renamed on Item { name }\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(fragments), ["type"] = 2 }) });

        Assert.Equal("Unknown fragment 'ItemParts'.", (string?)(await WaitForCodeAsync(client, operation, "KGQL0216"))["message"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_names_the_clr_type_a_project_maps_a_scalar_to()
    {
        using var folder = new TemporaryFolder();
        folder.Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <KrakenCodegenScalar Include="DateTime" ClrType="NodaTime.Instant" Converter="App.InstantConverter" IsValueType="true" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("GraphQL/schema.graphqls", "scalar DateTime\ntype Query { createdAt: DateTime name: String }\n");
        var operation = folder.Write("GraphQL/Created.graphql", "query Created { createdAt name }\n");
        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        await client.OpenAsync(operation, File.ReadAllText(operation));

        var mapped = (string)(await client.RequestAsync("textDocument/hover", LspClient.At(operation, 0, 18)))["result"]!["contents"]!["value"]!;
        var plain = (string)(await client.RequestAsync("textDocument/hover", LspClient.At(operation, 0, 28)))["result"]!["contents"]!["value"]!;

        Assert.EndsWith("`DateTime` is read as `NodaTime.Instant` (KrakenCodegenScalar, converter `App.InstantConverter`).", mapped, StringComparison.Ordinal);
        Assert.DoesNotContain("KrakenCodegenScalar", plain, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_on_account_shows_its_type_description_and_error_codes()
    {
        var account = Path.Combine(KrakenOeg, "operations", "Account.graphql");
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(account, File.ReadAllText(account));

        var hover = await client.RequestAsync("textDocument/hover", LspClient.At(account, 1, 4));

        const string expected = """
            ```graphql
            Query.account(accountNumber: String!): AccountType
            ```

            Get details about an account.
            The possible errors that can be raised are:
            - KT-CT-4177: Unauthorized.
            - KT-CT-1113: Disabled GraphQL field requested.

            **Possible errors**

            - `KT-CT-4177` Unauthorized.
            - `KT-CT-1113` Disabled GraphQL field requested.
            """;
        Assert.Equal("markdown", (string?)hover["result"]!["contents"]!["kind"]);
        Assert.Equal(expected.ReplaceLineEndings("\n"), (string?)hover["result"]!["contents"]!["value"]);
        Assert.Equal(LspClient.Range(1, 2, 1, 9).ToJsonString(), hover["result"]!["range"]!.ToJsonString());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_on_a_deprecated_field_shows_the_marked_and_removal_dates()
    {
        var operation = Path.Combine(KrakenOeg, "operations", "ChargePointDevices.graphql");
        var text = File.ReadAllText(operation);
        var line = text.Split('\n').Select((l, i) => (l, i)).First(p => p.l.Contains("chargePointDevices", StringComparison.Ordinal));
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(operation, text);

        var hover = await client.RequestAsync("textDocument/hover", LspClient.At(operation, line.i, line.l.IndexOf("chargePointDevices", StringComparison.Ordinal) + 3));

        var value = (string)hover["result"]!["contents"]!["value"]!;
        Assert.StartsWith("```graphql\nQuery.chargePointDevices: [Query_chargePointDevices]\n```", value, StringComparison.Ordinal);
        Assert.EndsWith(
            "**Deprecated** since 2023-05-10, removal on or after 2024-01-01: The 'chargePointDevices' field is deprecated. Please use chargePointVariants instead of this query. - Marked as deprecated on 2023-05-10. - Scheduled for removal on or after 2024-01-01.",
            value,
            StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Definition_goes_from_a_field_into_the_schema_and_from_a_spread_to_its_fragment()
    {
        var account = Path.Combine(KrakenOeg, "operations", "Account.graphql");
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(account, File.ReadAllText(account));

        var field = await client.RequestAsync("textDocument/definition", LspClient.At(account, 1, 4));
        Assert.Equal(LspClient.Uri(Path.Combine(KrakenOeg, "schema.graphqls")), (string?)field["result"]![0]!["uri"]);
        Assert.Equal(LspClient.Range(12, 2, 12, 9).ToJsonString(), field["result"]![0]!["range"]!.ToJsonString());

        var spread = await client.RequestAsync("textDocument/definition", LspClient.At(account, 9, 12));
        Assert.Equal(LspClient.Uri(Path.Combine(KrakenOeg, "fragments.graphql")), (string?)spread["result"]![0]!["uri"]);
        Assert.Equal(LspClient.Range(85, 9, 85, 32).ToJsonString(), spread["result"]![0]!["range"]!.ToJsonString());

        var nothing = await client.RequestAsync("textDocument/definition", LspClient.At(account, 0, 0));
        Assert.Empty(nothing["result"]!.AsArray());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Document_symbols_list_operations_and_fragments_even_while_the_file_is_broken()
    {
        var probe = Path.Combine(KrakenOeg, "operations", "__Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(probe, "query One { viewer { id } }\n\nfragment Parts on AccountType {\n  id\n}\nmutation Two { x(\n");

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(probe) } }))["result"]!.AsArray();

        Assert.Equal(new[] { "One", "Parts", "Two" }, symbols.Select(s => (string)s!["name"]!));
        Assert.Equal(new[] { 12, 5, 12 }, symbols.Select(s => (int)s!["kind"]!));
        Assert.Equal(LspClient.Range(0, 0, 0, 27).ToJsonString(), symbols[0]!["range"]!.ToJsonString());
        Assert.Equal(LspClient.Range(2, 9, 2, 14).ToJsonString(), symbols[1]!["selectionRange"]!.ToJsonString());
        Assert.Equal("on AccountType", (string?)symbols[1]!["detail"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Lines_of_hundreds_of_thousands_of_unreadable_characters_still_get_symbols_and_hover()
    {
        // Found by the frame fuzzer (lsp-frames, seed 11): for each character the lexer rejected, GraphQL-Parser formatted
        // an error message holding the whole line, so the editor features' cost grew with the square of a line's length
        // (a line of 60,000 characters kept the server busy for 15 s). These lines would keep it busy for hours.
        var probe = Path.Combine(KrakenOeg, "operations", "__Probe.graphql");
        var text = "query One { viewer { id } }\n"
            + new string('~', 400_000) + "\n"
            + string.Concat(Enumerable.Repeat("-x", 150_000)) + "\n"
            + "fragment Parts on AccountType {\n  id\n}\n";
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(probe, text);

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(probe) } }))["result"]!.AsArray();
        var hover = await client.RequestAsync("textDocument/hover", LspClient.At(probe, 4, 3));

        Assert.Equal(new[] { "One", "Parts" }, symbols.Select(s => (string)s!["name"]!));
        Assert.Equal(LspClient.Range(3, 9, 3, 14).ToJsonString(), symbols[1]!["selectionRange"]!.ToJsonString());
        Assert.Equal("```graphql\nAccountType.id: String\n```", (string?)hover["result"]!["contents"]!["value"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Diagnostics_follow_every_change_with_exact_ranges()
    {
        var probe = Path.Combine(KrakenOeg, "operations", "__Probe.graphql");
        await using var client = await LspClient.StartInitializedAsync(KrakenOeg);
        await client.OpenAsync(probe, "query Probe {\n  account(accountNumber: \"A\") {\n    balance\n  }\n}\n");
        Assert.Empty((await client.WaitForDiagnosticsAsync(LspClient.Uri(probe), 1))["params"]!["diagnostics"]!.AsArray());

        await client.ChangeAsync(probe, 2, 2, 10, 2, 11, string.Empty);
        var broken = (await client.WaitForDiagnosticsAsync(LspClient.Uri(probe), 2))["params"]!["diagnostics"]!.AsArray();
        var diagnostic = Assert.Single(broken)!;
        Assert.Equal("KGQL0206", (string?)diagnostic["code"]);
        Assert.Equal("Field 'balanc' does not exist on type 'AccountType'. Did you mean 'balance' or 'brand'?", (string?)diagnostic["message"]);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal(LspClient.Range(2, 4, 2, 10).ToJsonString(), diagnostic["range"]!.ToJsonString());

        await client.ChangeAsync(probe, 3, 2, 10, 2, 10, "e");
        Assert.Empty((await client.WaitForDiagnosticsAsync(LspClient.Uri(probe), 3))["params"]!["diagnostics"]!.AsArray());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_fragment_in_another_open_document_and_an_edited_schema_count()
    {
        using var folder = new TemporaryFolder();
        var schema = folder.Write("schema.graphqls", TestSchema);
        var fragments = Path.Combine(folder.Path, "Fragments.graphql");
        var operation = Path.Combine(folder.Path, "Operation.graphql");
        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        await client.OpenAsync(fragments, "fragment ItemParts on Item { name }\n");
        await client.OpenAsync(operation, "query Items { find { ...ItemParts } }\n");
        Assert.Empty((await client.WaitForDiagnosticsAsync(LspClient.Uri(operation), 1))["params"]!["diagnostics"]!.AsArray());

        // Renaming the fragment in its own (unsaved) document breaks the spread in the other one.
        await client.ChangeAsync(fragments, 2, 0, 13, 0, 13, "2");
        var spread = await WaitForCodeAsync(client, operation, "KGQL0216");
        Assert.Equal("Unknown fragment 'ItemParts'. Did you mean 'Item2Parts'?", (string?)spread["message"]);

        // Editing the schema in the editor re-validates the operations against it.
        await client.OpenAsync(schema, TestSchema);
        await client.ChangeAsync(fragments, 3, 0, 13, 0, 14, string.Empty);
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(schema), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = TestSchema.Replace("  name: String\n}", "  title: String\n}", StringComparison.Ordinal) }),
        });
        var field = await WaitForCodeAsync(client, fragments, "KGQL0206");
        Assert.Equal("Field 'name' does not exist on type 'Item'.", (string?)field["message"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    private static async Task<JsonNode> WaitForCodeAsync(LspClient client, string path, string code)
    {
        var message = await client.WaitForAsync(
            m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == LspClient.Uri(path) && m["params"]!["diagnostics"]!.AsArray().Any(d => (string?)d!["code"] == code),
            $"{code} in {path}");
        return message["params"]!["diagnostics"]!.AsArray().First(d => (string?)d!["code"] == code)!;
    }

    private static async Task<IReadOnlyList<JsonNode>> CompleteAsync(LspClient client, string path, int line, int character)
    {
        var answer = await client.RequestAsync("textDocument/completion", LspClient.At(path, line, character));
        Assert.True(answer["result"] is JsonObject, "completion failed: " + answer.ToJsonString());
        return answer["result"]!["items"]!.AsArray().Select(i => i!).ToList();
    }

    private static string Label(JsonNode item) => (string)item["label"]!;
}
