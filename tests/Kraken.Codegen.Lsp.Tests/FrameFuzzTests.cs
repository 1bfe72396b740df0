using System.Text;
using System.Text.Json.Nodes;
using Kraken.Codegen.Fuzz.Mutation;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>
/// Random mutations of real frames of a session (initialize, didOpen, didChange, completion, hover, definition,
/// symbols). After each mutated frame a probe request follows; at the end, padding completes any body a mutated
/// Content-Length left open, and one last probe must be answered. The server must never crash, never answer with
/// anything but well-formed JSON-RPC, and shut down cleanly.
/// </summary>
public sealed class FrameFuzzTests
{
    private const int FramesPerSession = 150;

    public static TheoryData<int> Seeds => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_frames_never_crash_the_server(int seed)
    {
        using var folder = new TemporaryFolder();
        var schema = folder.Write("schema.graphqls", "type Query { item(id: ID!): Item }\ntype Item { id: ID! name: String @deprecated(reason: \"- Marked as deprecated on 2024-01-01.\") }\n");
        var operation = Path.Combine(folder.Path, "Item.graphql");
        var frames = RealFrames(folder.Path, operation, schema);
        var mutator = new FrameMutator(seed);
        var random = new Random(seed);

        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        for (var i = 0; i < FramesPerSession; i++)
        {
            var frame = frames[random.Next(frames.Count)];
            var mutated = mutator.Mutate(frame, frames[random.Next(frames.Count)]);
            try
            {
                await client.SendRawAsync(mutated);
                await client.SendRawAsync(Probe(100_000 + i));
            }
            catch (IOException exception)
            {
                Assert.Fail($"seed {seed}, frame {i}: the server stopped reading ({exception.Message}) after {Convert.ToBase64String(mutated)}. Exit: {(client.Process.HasExited ? client.Process.ExitCode : null)}. Stderr: {client.StandardError}");
            }
        }

        // A mutated Content-Length may still wait for bytes: blank lines complete it and are skipped between frames.
        try
        {
            await client.SendRawAsync(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("\r\n", 40_000))));
            await client.SendRawAsync(Probe(999_999));
        }
        catch (IOException exception)
        {
            Assert.Fail($"seed {seed}: the server stopped reading ({exception.Message}). Exit: {(client.Process.HasExited ? client.Process.ExitCode : null)}. Stderr: {client.StandardError}");
        }

        var last = await client.WaitForAsync(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var id) && id == 999_999, $"the answer to the last probe (seed {seed})");
        Assert.True(last["result"] is JsonArray, $"seed {seed}: {last.ToJsonString()}");

        Assert.All(client.Received, m => Assert.Equal("2.0", (string?)m["jsonrpc"]));
        Assert.Contains(client.Received, m => m["error"] is not null);
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.DoesNotContain("Unhandled exception", client.StandardError, StringComparison.Ordinal);
    }

    private static byte[] Probe(int id) => LspClient.Frame(Encoding.UTF8.GetBytes(new JsonObject
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["method"] = "textDocument/documentSymbol",
        ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(Path.Combine(Path.GetTempPath(), "probe.graphql")) } },
    }.ToJsonString()));

    private static List<byte[]> RealFrames(string root, string operation, string schema)
    {
        const string text = "query Item($id: ID!) {\n  item(id: $id) {\n    id\n    name\n  }\n}\n";
        var messages = new List<JsonObject>
        {
            Notification("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(operation), ["languageId"] = "graphql", ["version"] = 1, ["text"] = text } }),
            Notification("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(operation), ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = LspClient.Range(3, 4, 3, 8), ["text"] = "nam" }),
            }),
            Notification("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(operation), ["version"] = 3 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            }),
            Request(50_002, "textDocument/completion", LspClient.At(operation, 2, 4)),
            Request(50_003, "textDocument/hover", LspClient.At(operation, 3, 5)),
            Request(50_004, "textDocument/definition", LspClient.At(operation, 1, 3)),
            Request(50_005, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(operation) } }),
            Request(50_006, "initialize", new JsonObject { ["rootUri"] = LspClient.Uri(root), ["capabilities"] = new JsonObject() }),
            Notification("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(schema), ["type"] = 2 }) }),
            Notification("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(operation) } }),
        };
        return messages.Select(m => LspClient.Frame(Encoding.UTF8.GetBytes(m.ToJsonString()))).ToList();
    }

    private static JsonObject Request(int id, string method, JsonNode parameters) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };

    private static JsonObject Notification(string method, JsonNode parameters) =>
        new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };
}
