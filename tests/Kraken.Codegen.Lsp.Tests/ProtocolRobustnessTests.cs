using System.Text;
using System.Text.Json.Nodes;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>Malformed messages, unknown methods and lifecycle mistakes get LSP errors; the server keeps serving.</summary>
public sealed class ProtocolRobustnessTests
{
    [Fact]
    public async Task Broken_frames_and_invalid_json_get_parse_errors_and_the_server_keeps_serving()
    {
        await using var client = await LspClient.StartInitializedAsync(null);
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Length: abc\r\n\r\n"));
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc\r\n\r\n"));
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Length: 99999999999\r\n\r\n"));
        await client.SendRawAsync(LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ")));
        await client.SendRawAsync(LspClient.Frame(Encoding.UTF8.GetBytes("\u00ff\u00fe not json")));
        await client.SendRawAsync(Encoding.ASCII.GetBytes("garbage without a line end then Content-Length: 2\r\n\r\n{}"));

        var errors = await WaitForErrorsAsync(client, 6);
        Assert.Equal(
            new[]
            {
                (-32700, "The Content-Length 'abc' is not a number of bytes."),
                (-32700, "The header block has no Content-Length header."),
                (-32700, "The Content-Length '99999999999' is not a number of bytes."),
            },
            errors.Take(3).Select(e => ((int)e["error"]!["code"]!, (string)e["error"]!["message"]!)));
        Assert.All(errors.Skip(3).Take(2), e => Assert.Equal(-32700, (int)e["error"]!["code"]!));
        Assert.All(errors, e => Assert.Null(e["id"]?.GetValue<object>()));
        Assert.Equal(-32600, (int)errors[5]["error"]!["code"]!); // "{}" parses but is no message.

        Assert.Equal(0, await client.ShutdownAsync());
        Assert.DoesNotContain("Unhandled exception", client.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_valid_utf8_or_utf16_gets_a_parse_error_and_the_server_keeps_serving()
    {
        // Found by the frame fuzzer: the JSON parses, but reading the strings fails inside StreamJsonRpc's read loop.
        await using var client = await LspClient.StartInitializedAsync(null);
        var invalidUtf8 = Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"textDocument/hov\u00e9r\"}");
        invalidUtf8[Array.IndexOf(invalidUtf8, (byte)0xC3) + 1] = 0x28;
        await client.SendRawAsync(LspClient.Frame(invalidUtf8));
        await client.SendRawAsync(LspClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 8, \"method\": \"\\ud800\"}")));

        var errors = await WaitForErrorsAsync(client, 2);
        Assert.All(errors, e => Assert.Equal(-32700, (int)e["error"]!["code"]!));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Invalid_requests_unknown_methods_and_wrong_params_get_their_error_codes()
    {
        await using var client = await LspClient.StartInitializedAsync(null);

        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 101 });
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "1.0", ["id"] = 102, ["method"] = "shutdown" });
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 103, ["method"] = 7 });
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 104, ["method"] = "textDocument/hover", ["params"] = 42 });
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = new JsonArray(), ["method"] = "shutdown" });
        Assert.Equal(-32600, await ErrorCodeOfAsync(client, 101));
        Assert.Equal(-32600, await ErrorCodeOfAsync(client, 102));
        Assert.Equal(-32600, await ErrorCodeOfAsync(client, 103));
        Assert.Equal(-32600, await ErrorCodeOfAsync(client, 104));

        var unknown = await client.RequestAsync("kraken/noSuchMethod", new JsonObject());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);

        var wrongShape = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = 5, ["position"] = LspClient.Position(0, 0) });
        Assert.Equal(-32602, (int)wrongShape["error"]!["code"]!);
        Assert.Null(wrongShape["error"]!["data"]);

        var missing = await client.RequestAsync("textDocument/completion", new JsonObject());
        Assert.Equal(-32602, (int)missing["error"]!["code"]!);

        var notAFile = await client.RequestAsync("textDocument/definition", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "untitled:Untitled-1" }, ["position"] = LspClient.Position(0, 0) });
        Assert.Equal(-32602, (int)notAFile["error"]!["code"]!);

        // A notification with bad params, or one the server does not know, is dropped without an answer.
        await client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = "x" });
        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "off" });
        var stillThere = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(Path.Combine(Path.GetTempPath(), "none.graphql")) } });
        Assert.Empty(stillThere["result"]!.AsArray());

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Requests_before_initialize_and_after_shutdown_are_refused()
    {
        await using var client = LspClient.Start();
        var early = await client.RequestAsync("textDocument/hover", LspClient.At(Path.Combine(Path.GetTempPath(), "a.graphql"), 0, 0));
        Assert.Equal(-32002, (int)early["error"]!["code"]!);

        Assert.True((await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() }))["result"] is JsonObject);
        Assert.True((await client.RequestAsync("shutdown", null)).ContainsKey("result"));
        var late = await client.RequestAsync("textDocument/hover", LspClient.At(Path.Combine(Path.GetTempPath(), "a.graphql"), 0, 0));
        Assert.Equal(-32600, (int)late["error"]!["code"]!);

        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1_and_a_closed_input_ends_the_server()
    {
        await using (var client = await LspClient.StartInitializedAsync(null))
        {
            await client.NotifyAsync("exit", null);
            Assert.Equal(1, await client.WaitForExitAsync());
        }

        await using (var client = await LspClient.StartInitializedAsync(null))
        {
            client.CloseInput();
            Assert.Equal(1, await client.WaitForExitAsync());
            Assert.DoesNotContain("Unhandled exception", client.StandardError, StringComparison.Ordinal);
        }
    }

    private static async Task<int> ErrorCodeOfAsync(LspClient client, int id)
    {
        var answer = await client.WaitForAsync(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var got) && got == id, "the answer to request " + id);
        return (int)answer["error"]!["code"]!;
    }

    private static async Task<IReadOnlyList<JsonObject>> WaitForErrorsAsync(LspClient client, int count)
    {
        await client.WaitForAsync(m => m["error"] is not null, count + " errors", skip: count - 1);
        return client.Received.Where(m => m["error"] is not null).ToList();
    }
}
