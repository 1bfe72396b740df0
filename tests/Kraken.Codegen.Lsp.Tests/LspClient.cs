using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>
/// A minimal LSP client: starts the built <c>kraken-codegen lsp</c> (the tool project's own build output) as a child
/// process and exchanges Content-Length framed JSON-RPC messages with it over stdin and stdout.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly List<JsonObject> _received = new();
    private readonly object _lock = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Every message the server sent so far, in order.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_lock)
            {
                return _received.ToList();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public Process Process => _process;

    /// <summary>The tool's build output, next to this test project's configuration (Debug or Release).</summary>
    public static string ToolPath
    {
        get
        {
            var root = RepositoryLayout.Root ?? throw new InvalidOperationException("The repository root (Kraken.Codegen.sln) was not found above the test assembly.");
            // This assembly runs from bin/<Configuration>/net10.0/; the tool was built in the same configuration.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = Path.Combine(root, "tool", "Kraken.Codegen.Tool", "bin", configuration, "net10.0", "Kraken.Codegen.Tool.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The built tool is missing; build the solution first.", path);
        }
    }

    public static LspClient Start(string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(ToolPath);
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new LspClient(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Starts the server and runs initialize/initialized with <paramref name="rootFolder"/> as the workspace.</summary>
    public static async Task<LspClient> StartInitializedAsync(string? rootFolder)
    {
        var client = Start();
        var result = await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootFolder is null ? null : Uri(rootFolder),
            ["capabilities"] = new JsonObject(),
        });
        Assert.True(result["result"] is JsonObject, "initialize failed: " + result.ToJsonString());
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        await SendAsync(message);
        return await WaitForAsync(m => m["id"] is JsonValue value && value.TryGetValue<int>(out var got) && got == id && m["method"] is null, "the answer to " + method);
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return SendAsync(message);
    }

    public Task SendAsync(JsonObject message) => SendRawAsync(Frame(Encoding.UTF8.GetBytes(message.ToJsonString())));

    public static byte[] Frame(byte[] body) =>
        Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n").Concat(body).ToArray();

    public async Task SendRawAsync(byte[] bytes)
    {
        await _input.WriteAsync(bytes);
        await _input.FlushAsync();
    }

    public void CloseInput() => _input.Close();

    /// <summary>The first message (from the start of the session) matching <paramref name="predicate"/>, waiting for it.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, string what, int skip = 0)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = Received.Where(predicate).Skip(skip).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }

            if (_reader.IsCompleted)
            {
                break;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The server did not send {what}. Stderr: {StandardError}");
    }

    public Task<JsonObject> WaitForDiagnosticsAsync(string uri, int version) =>
        WaitForAsync(
            m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri && m["params"]!["version"] is JsonValue v && v.GetValue<int>() == version,
            $"diagnostics for {uri} version {version}");

    /// <summary>The last diagnostics published for each URI.</summary>
    public IReadOnlyDictionary<string, JsonArray> LatestDiagnostics()
    {
        var latest = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var message in Received.Where(m => (string?)m["method"] == "textDocument/publishDiagnostics"))
        {
            latest[(string)message["params"]!["uri"]!] = (JsonArray)message["params"]!["diagnostics"]!;
        }

        return latest;
    }

    public async Task OpenAsync(string path, string text, int version = 1)
    {
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["languageId"] = "graphql", ["version"] = version, ["text"] = text },
        });
    }

    public Task ChangeAsync(string path, int version, int line, int character, int endLine, int endCharacter, string text) =>
        NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = Range(line, character, endLine, endCharacter),
                ["text"] = text,
            }),
        });

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int line, int character, int endLine, int endCharacter) =>
        new() { ["start"] = Position(line, character), ["end"] = Position(endLine, endCharacter) };

    public static JsonObject At(string path, int line, int character) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = Uri(path) }, ["position"] = Position(line, character) };

    /// <summary>shutdown, exit, and the process's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var answer = await RequestAsync("shutdown", null);
        Assert.True(answer.ContainsKey("result") && answer["error"] is null, "shutdown failed: " + answer.ToJsonString());
        await NotifyAsync("exit", null);
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        var header = new List<byte>();
        var buffer = new byte[1];
        while (true)
        {
            header.Clear();
            while (!(header.Count >= 4 && header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
            {
                if (await output.ReadAsync(buffer) == 0)
                {
                    return;
                }

                header.Add(buffer[0]);
            }

            var headerText = Encoding.ASCII.GetString(header.ToArray());
            var lengthLine = headerText.Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.Ordinal));
            var length = int.Parse(lengthLine.Substring("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            var body = new byte[length];
            await output.ReadExactlyAsync(body);

            // Anything that is not a JSON object here is a defect of the server; let the tests see it.
            var message = JsonNode.Parse(body)!.AsObject();
            lock (_lock)
            {
                _received.Add(message);
            }
        }
    }
}
