using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.TestSupport;
using Kraken.Codegen.Tool.Lsp.Protocol;
using Kraken.Codegen.Tool.Lsp.Workspace;

namespace Kraken.Codegen.Benchmarks.Lsp;

/// <summary>
/// Keystroke <c>i</c> types an <c>x</c> after a field name (even <c>i</c>: one KGQL0206 expected) or deletes it again
/// (odd <c>i</c>: no diagnostics expected). Each runner checks the count, so a wrong answer cannot look fast.
/// </summary>
internal static class Keystroke
{
    public static bool Typing(int i) => i % 2 == 0;

    public static int ExpectedDiagnostics(int i) => Typing(i) ? 1 : 0;

    public static void Check(string who, int i, int count)
    {
        if (count != ExpectedDiagnostics(i))
        {
            throw new InvalidOperationException($"{who}, keystroke {i}: expected {ExpectedDiagnostics(i)} diagnostics, got {count}.");
        }
    }
}

/// <summary>The built <c>kraken-codegen lsp</c> as a child process: didChange written, timed until its publishDiagnostics is read.</summary>
internal sealed class ProcessServer(string workspace, string operationPath, string text, int line, int column)
{
    private readonly string _uri = new Uri(operationPath).AbsoluteUri;
    private Process? _server;

    public async Task StartAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryLayout.Root!, "tool", "Kraken.Codegen.Tool", "bin", configuration, "net10.0", "Kraken.Codegen.Tool.dll"));
        start.ArgumentList.Add("lsp");
        _server = Process.Start(start)!;
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginErrorReadLine();
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["rootUri"] = new Uri(workspace).AbsoluteUri, ["capabilities"] = new JsonObject() } });
        await ReadUntilAsync(m => (int?)m["id"] == 1);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() });
        await SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = _uri, ["languageId"] = "graphql", ["version"] = 1, ["text"] = text } },
        });
        await ReadUntilAsync(m => IsDiagnostics(m, 1));
    }

    public async Task<double> KeystrokeAsync(int i)
    {
        var version = i + 2;
        var change = new JsonObject
        {
            ["range"] = Range(line, column, line, Keystroke.Typing(i) ? column : column + 1),
            ["text"] = Keystroke.Typing(i) ? "x" : string.Empty,
        };
        var stopwatch = Stopwatch.StartNew();
        await SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didChange",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = _uri, ["version"] = version }, ["contentChanges"] = new JsonArray(change) },
        });
        var published = await ReadUntilAsync(m => IsDiagnostics(m, version));
        stopwatch.Stop();
        Keystroke.Check("server process", i, published["params"]!["diagnostics"]!.AsArray().Count);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    public async Task StopAsync()
    {
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "shutdown" });
        await ReadUntilAsync(m => (int?)m["id"] == 2);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "exit" });
        await _server!.WaitForExitAsync();
        _server.Dispose();
    }

    private static JsonObject Range(int line, int character, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    private bool IsDiagnostics(JsonObject message, int version) =>
        (string?)message["method"] == "textDocument/publishDiagnostics" && (string?)message["params"]!["uri"] == _uri && (int?)message["params"]!["version"] == version;

    private async Task SendAsync(JsonObject message)
    {
        var input = _server!.StandardInput.BaseStream;
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        await input.WriteAsync(Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    private async Task<JsonObject> ReadUntilAsync(Func<JsonObject, bool> predicate)
    {
        var output = _server!.StandardOutput.BaseStream;
        var one = new byte[1];
        while (true)
        {
            var header = new StringBuilder();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await output.ReadAsync(one) == 0)
                {
                    throw new EndOfStreamException("The server closed its output.");
                }

                header.Append((char)one[0]);
            }

            var length = int.Parse(header.ToString().Split("\r\n")[0].Substring("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            var body = new byte[length];
            await output.ReadExactlyAsync(body);
            var message = JsonNode.Parse(body)!.AsObject();
            if (predicate(message))
            {
                return message;
            }
        }
    }
}

/// <summary>The server's own work without the process and the pipe: apply the edit, validate the project, find what to publish.</summary>
internal sealed class InProcessServer
{
    private readonly GraphQLWorkspace _workspace = new(_ => { });
    private readonly string _operationPath;
    private readonly int _line;
    private readonly int _column;

    public InProcessServer(string workspace, string operationPath, string text, int line, int column)
    {
        _operationPath = operationPath;
        _line = line;
        _column = column;
        _workspace.AddWorkspaceFolder(workspace);
        _workspace.Open(new Uri(operationPath).AbsoluteUri, operationPath, 1, text);
    }

    public double Keystroke(int i)
    {
        var typing = Lsp.Keystroke.Typing(i);
        var change = new TextDocumentContentChangeEvent(new Kraken.Codegen.Tool.Lsp.Protocol.Range(new Position(_line, _column), new Position(_line, typing ? _column : _column + 1)), typing ? "x" : string.Empty);
        var stopwatch = Stopwatch.StartNew();
        var published = _workspace.Change(_operationPath, i + 2, current => TextPositions.Apply(current, change));
        stopwatch.Stop();
        Lsp.Keystroke.Check("in process", i, published.Single(f => f.Path == _operationPath).Diagnostics.Count);
        return stopwatch.Elapsed.TotalMilliseconds;
    }
}

/// <summary>The floor: the document parsed and validated against the already loaded schema, nothing else.</summary>
internal sealed class BareValidation(SchemaModel schema, string operationPath, string text, int line)
{
    private readonly string _typed = string.Join("\n", text.Split('\n').Select((l, i) => i == line ? l + "x" : l));

    public double Keystroke(int i)
    {
        var current = Lsp.Keystroke.Typing(i) ? _typed : text;
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = DocumentValidator.Validate(schema, ExecutableDocument.Parse(operationPath, current));
        stopwatch.Stop();
        Lsp.Keystroke.Check("bare validation", i, diagnostics.Count);
        return stopwatch.Elapsed.TotalMilliseconds;
    }
}
