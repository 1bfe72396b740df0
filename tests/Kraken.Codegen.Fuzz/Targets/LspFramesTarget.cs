using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;
using Kraken.Codegen.Tool.Lsp;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>
/// Mutated JSON-RPC message sequences fed to the language server (<c>kraken-codegen lsp</c>, its real host and transport,
/// in this process over a pair of pipes). A sequence holds requests and notifications of every kind the server knows,
/// unknown methods, parameters of the wrong shape, requests before <c>initialize</c>, edits of documents never opened,
/// out-of-range positions and huge documents; bodies are mutated as JSON and frames get wrong, missing, huge or
/// non-numeric Content-Length headers, and sometimes the whole byte stream is mutated. After the sequence, blank lines
/// complete any body a wrong Content-Length left open, and a valid <c>initialize</c> and <c>documentSymbol</c> follow.
/// The server must answer that request, write only well-formed JSON-RPC, never throw out of its host, and exit cleanly
/// on <c>shutdown</c> and <c>exit</c>.
/// </summary>
/// <remarks>
/// The input is the byte stream sent to the server. It names files in a folder under the temporary directory, which
/// <see cref="PrepareAsync"/> fills with a corpus project, so the server finds a schema as it would in a real project.
/// </remarks>
public sealed class LspFramesTarget : FuzzTarget
{
    private const string ProbePrefix = "kraken-fuzz-probe-";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    private static readonly string[] KnownMethods =
    [
        "textDocument/completion", "textDocument/hover", "textDocument/definition", "textDocument/documentSymbol",
    ];

    private static readonly string[] UnknownMethods =
    [
        "workspace/symbol", "textDocument/formatting", "$/unknown", "", "initialize/", "INITIALIZE", "textDocument/didOpen/x",
        "rpc.discover", "$/cancelRequest/", new string('m', 5_000), "textDocument/\u0000hover", "shutdown ",
    ];

    private string _root = string.Empty;
    private List<(string Path, string Text)> _files = [];
    private List<string> _texts = [];

    public override string Name => "lsp-frames";

    public override string Description => "JSON-RPC/LSP message sequences, mutated: the language server in process, answering a valid request after them";

    public override int FullCount => 20_000;

    public override int SampleCount => 200;

    public override Task PrepareAsync(Corpora corpora)
    {
        // The end-to-end project: a real schema with operations and fragments, small enough for a server per input.
        var project = corpora.Project("e2e");
        _root = Path.Combine(Path.GetTempPath(), "kraken-codegen-fuzz-lsp", project.Name);
        Directory.CreateDirectory(_root);
        _files = [];
        foreach (var file in project.SchemaFiles.Concat(project.OperationFiles))
        {
            var path = Path.Combine(_root, Path.GetFileName(file.Path));
            WriteIfChanged(path, file.Text);
            _files.Add((path, file.Text));
        }

        _texts = _files.Select(f => f.Text).ToList();
        return Task.CompletedTask;
    }

    public override void WarmUp() => Execute(Encoding.UTF8.GetBytes(string.Empty));

    public override byte[] CreateInput(Random random)
    {
        var stream = new MemoryStream();
        var initializeFirst = random.Next(5) != 0;
        if (initializeFirst)
        {
            WriteFrame(stream, Body(Initialize(random.Next(1_000))), random, mutate: random.Next(10) == 0);
            if (random.Next(2) == 0)
            {
                WriteFrame(stream, Body(Notification("initialized", new JsonObject())), random, mutate: false);
            }
        }

        var count = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            var message = Message(random, i);
            WriteFrame(stream, message is null ? RandomBytes(random) : Body(message), random, mutate: random.Next(4) == 0);
        }

        var bytes = stream.ToArray();
        if (random.Next(7) == 0)
        {
            // Damage across frame boundaries: cut, repeated and spliced ranges, flipped bytes, broken headers.
            bytes = new FrameMutator(random).Mutate(bytes, Body(Message(random, count) ?? new JsonObject()));
        }

        return bytes;
    }

    public override string Execute(byte[] input)
    {
        var toServer = new Pipe();
        var fromServer = new Pipe();
        var log = new StringWriter();
        using var stop = new CancellationTokenSource();
        var host = Task.Run(() => LanguageServerHost.RunAsync(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), log, stop.Token));
        var received = new List<JsonObject>();
        var reader = Task.Run(() => ReadMessagesAsync(fromServer.Reader.AsStream(), received));
        var probe = new Uri(_files.First(f => f.Path.EndsWith(".graphql", StringComparison.Ordinal)).Path).AbsoluteUri;

        try
        {
            // Written from another thread: a server that stops reading must show as a finding, not block the harness.
            var writer = toServer.Writer.AsStream();
            var writing = Task.Run(() =>
            {
                writer.Write(input);
                writer.Write(Padding(input));
                writer.Write(Frame(Body(Initialize(ProbePrefix + "initialize"))));
                writer.Write(Frame(Body(Request(ProbePrefix + "symbols", "textDocument/documentSymbol", TextDocument(probe)))));
                writer.Flush();
            });

            var answered = WaitFor(received, ProbePrefix + "symbols", host, reader);
            string outcome;
            if (answered is null)
            {
                // The server may stop only when told to: an exit notification the mutations produced.
                if (!host.IsCompleted || !Contains(input, "\"exit\""))
                {
                    throw new FuzzViolation($"The server did not answer a valid request after the input within {AnswerTimeout.TotalSeconds:0} s (host {(host.IsCompleted ? "ended" : "still running")}). Log: {Truncate(log.ToString())}");
                }

                outcome = "exit in input";
            }
            else
            {
                outcome = CheckProbeAnswer(answered, input);
            }

            if (!host.IsCompleted)
            {
                if (!writing.Wait(AnswerTimeout))
                {
                    throw new FuzzViolation("The server answered but stopped reading its input.");
                }

                writer.Write(Frame(Body(Request(ProbePrefix + "shutdown", "shutdown", null))));
                writer.Flush();

                // As an LSP client must: exit only after the answer to shutdown (sent together, the exit could end the
                // server before that answer was written, and the count of results below would depend on timing).
                WaitFor(received, ProbePrefix + "shutdown", host, reader);
                writer.Write(Frame(Body(Notification("exit", null))));
                writer.Flush();
                if (!host.Wait(AnswerTimeout))
                {
                    throw new FuzzViolation("The server did not exit after shutdown and exit.");
                }

                if (host.Result != 0)
                {
                    throw new FuzzViolation($"The server exited with {host.Result} after shutdown and exit.");
                }
            }
            else if (host.IsFaulted)
            {
                // An exception out of the host is a crash of the real process.
                host.GetAwaiter().GetResult();
            }

            toServer.Writer.Complete();
            fromServer.Writer.Complete();
            if (!reader.Wait(AnswerTimeout))
            {
                throw new FuzzViolation("The server's output did not end after it exited.");
            }

            reader.GetAwaiter().GetResult();
            lock (received)
            {
                CheckMessages(received);
                // Notifications (diagnostics) are left out: the outcome pins what the server answered.
                var errors = received.Count(m => m["error"] is not null);
                var results = received.Count(m => m.ContainsKey("result"));
                return $"{outcome}; {results} results, {errors} errors";
            }
        }
        finally
        {
            // Unblocks a write the server never read (the reader side gone, writes return) and ends the host.
            stop.Cancel();
            toServer.Reader.Complete();
            toServer.Writer.Complete();
            fromServer.Writer.Complete();
        }
    }

    private static string CheckProbeAnswer(JsonObject answer, byte[] input)
    {
        if (answer["result"] is JsonArray)
        {
            return "answered";
        }

        // After a shutdown request, requests are refused with an error; that is the protocol.
        if (answer["error"] is JsonObject && Contains(input, "shutdown"))
        {
            return "refused after shutdown";
        }

        throw new FuzzViolation("A valid documentSymbol request after the input was answered with " + Truncate(answer.ToJsonString()));
    }

    /// <summary>Every message the server wrote must be JSON-RPC 2.0: a response with a result or an error of the right shape, or a notification.</summary>
    private static void CheckMessages(IReadOnlyList<JsonObject> messages)
    {
        foreach (var message in messages)
        {
            if ((string?)message["jsonrpc"] != "2.0")
            {
                throw new FuzzViolation("The server wrote a message without \"jsonrpc\": \"2.0\": " + Truncate(message.ToJsonString()));
            }

            var isResponse = message.ContainsKey("id") && !message.ContainsKey("method");
            if (isResponse)
            {
                if (message.ContainsKey("result") == message.ContainsKey("error"))
                {
                    throw new FuzzViolation("A response holds neither or both of result and error: " + Truncate(message.ToJsonString()));
                }

                if (message["error"] is { } error && (error is not JsonObject errorObject
                    || errorObject["code"] is not JsonValue code || !code.TryGetValue<int>(out _)
                    || errorObject["message"] is not JsonValue text || !text.TryGetValue<string>(out _)))
                {
                    throw new FuzzViolation("An error response is not of the JSON-RPC shape: " + Truncate(message.ToJsonString()));
                }
            }
            else if (message["method"] is not JsonValue method || !method.TryGetValue<string>(out _))
            {
                throw new FuzzViolation("The server wrote a message that is neither a response nor a notification: " + Truncate(message.ToJsonString()));
            }
        }
    }

    private static JsonObject? WaitFor(List<JsonObject> received, string id, Task host, Task reader)
    {
        var deadline = DateTime.UtcNow + AnswerTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (reader.IsFaulted)
            {
                // The server wrote something that is not a well-formed frame: that is the finding.
                reader.GetAwaiter().GetResult();
            }

            lock (received)
            {
                if (received.FirstOrDefault(m => m["id"] is JsonValue value && value.TryGetValue<string>(out var text) && text == id) is { } answer)
                {
                    return answer;
                }
            }

            if (host.IsCompleted)
            {
                // Whatever it wrote before ending has been read by now, or never will be.
                Thread.Sleep(50);
                lock (received)
                {
                    return received.FirstOrDefault(m => m["id"] is JsonValue value && value.TryGetValue<string>(out var text) && text == id);
                }
            }

            Thread.Sleep(1);
        }

        return null;
    }

    /// <summary>Reads the server's frames; a frame that is not Content-Length framed JSON is a finding.</summary>
    private static async Task ReadMessagesAsync(Stream output, List<JsonObject> received)
    {
        var buffer = new List<byte>();
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var read = await output.ReadAsync(chunk);
            if (read == 0)
            {
                if (buffer.Count > 0)
                {
                    throw new FuzzViolation("The server's output ended inside a frame.");
                }

                return;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
            while (TakeFrame(buffer) is { } body)
            {
                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(body);
                }
                catch (JsonException exception)
                {
                    throw new FuzzViolation("The server wrote a body that is not JSON: " + exception.Message);
                }

                if (node is not JsonObject message)
                {
                    throw new FuzzViolation("The server wrote a body that is not a JSON object: " + Truncate(node?.ToJsonString() ?? "null"));
                }

                lock (received)
                {
                    received.Add(message);
                }
            }
        }
    }

    private static byte[]? TakeFrame(List<byte> buffer)
    {
        var bytes = buffer.ToArray();
        var separator = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (separator < 0)
        {
            return null;
        }

        var header = Encoding.ASCII.GetString(bytes, 0, separator);
        const string Prefix = "Content-Length: ";
        if (!header.StartsWith(Prefix, StringComparison.Ordinal) || !int.TryParse(header.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new FuzzViolation("The server wrote a frame header that is not 'Content-Length: N': " + Truncate(header));
        }

        var start = separator + 4;
        if (bytes.Length - start < length)
        {
            return null;
        }

        buffer.RemoveRange(0, start + length);
        return bytes.AsSpan(start, length).ToArray();
    }

    /// <summary>
    /// Blank lines enough to complete any body a wrong Content-Length left waiting (the server skips blank lines between
    /// frames): more bytes than the input holds and than any Content-Length in it under the server's limit.
    /// </summary>
    private static byte[] Padding(byte[] input)
    {
        var largest = 0L;
        var text = Encoding.Latin1.GetString(input);
        for (var at = text.IndexOf("content-length", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("content-length", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var digits = text.Skip(at + "content-length".Length).SkipWhile(c => c is ':' or ' ' or '\t').TakeWhile(char.IsAsciiDigit).Take(12).ToArray();
            if (digits.Length > 0 && long.TryParse(digits, out var value) && value <= Tool.Lsp.Transport.FrameReader.MaxBodyBytes)
            {
                largest = Math.Max(largest, value);
            }
        }

        var length = (int)Math.Max(input.Length, largest) + 4096;
        var padding = new byte[length + (length & 1)];
        for (var i = 0; i < padding.Length; i += 2)
        {
            padding[i] = (byte)'\r';
            padding[i + 1] = (byte)'\n';
        }

        return padding;
    }

    /// <summary>One message of a session, or null for a body of random bytes.</summary>
    private JsonObject? Message(Random random, int index)
    {
        var id = Id(random, index);
        var path = random.Next(4) == 0 ? Path.Combine(_root, "New" + random.Next(3) + ".graphql") : _files[random.Next(_files.Count)].Path;
        var message = random.Next(20) switch
        {
            0 or 1 or 2 => Notification("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["uri"] = DocumentUri(path, random),
                    ["languageId"] = "graphql",
                    ["version"] = random.Next(-2, 5),
                    ["text"] = DocumentText(random),
                },
            }),
            3 or 4 or 5 => Notification("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(path, random), ["version"] = random.Next(-2, 100) },
                ["contentChanges"] = new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => (JsonNode)Change(random)).ToArray()),
            }),
            6 => Notification(random.Next(2) == 0 ? "textDocument/didClose" : "textDocument/didSave", TextDocument(DocumentUri(path, random))),
            7 or 8 or 9 or 10 => Request(id, KnownMethods[random.Next(KnownMethods.Length)], new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(path, random) },
                ["position"] = Position(random),
            }),
            11 => Request(id, UnknownMethods[random.Next(UnknownMethods.Length)], new JsonObject { ["x"] = random.Next() }),
            12 => Notification(UnknownMethods[random.Next(UnknownMethods.Length)], null),
            13 => Notification("$/cancelRequest", new JsonObject { ["id"] = Id(random, random.Next(index + 1)) }),
            14 => Initialize(id),
            15 when random.Next(4) == 0 => Request(id, "shutdown", null),
            16 => Notification("$/setTrace", new JsonObject { ["value"] = random.Next(2) == 0 ? "verbose" : "\u0000" }),
            17 => new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = random.Next(2) == 0 ? null : new JsonArray() },
            18 => null,
            _ => Request(id, KnownMethods[random.Next(KnownMethods.Length)], TextDocument(DocumentUri(path, random))),
        };

        if (message is null)
        {
            return random.Next(2) == 0 ? null : new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/hover" };
        }

        // Parameters of the wrong shape, a wrong protocol version, a batch (LSP has none).
        switch (random.Next(12))
        {
            case 0:
                message["params"] = WrongValue(random);
                break;
            case 1 when message["params"] is JsonObject parameters && parameters["textDocument"] is not null:
                parameters["textDocument"] = WrongValue(random);
                break;
            case 2:
                message["jsonrpc"] = random.Next(2) == 0 ? "1.0" : null;
                break;
            case 3:
                message.Remove("params");
                break;
        }

        return message;
    }

    private string DocumentText(Random random)
    {
        var text = _texts[random.Next(_texts.Count)];
        return random.Next(40) switch
        {
            0 => string.Concat(Enumerable.Repeat(text + "\n", 1 + (1_000_000 / Math.Max(1, text.Length)))),
            1 => "query Q { " + TextMutator.HugeName(random) + " }",
            2 => string.Empty,
            < 20 => TextMutator.Mutate(text, random, _texts),
            _ => text,
        };
    }

    private static JsonObject Change(Random random) => random.Next(3) == 0
        ? new JsonObject { ["text"] = random.Next(2) == 0 ? "query X { __typename }" : "{" }
        : new JsonObject
        {
            ["range"] = new JsonObject { ["start"] = Position(random), ["end"] = Position(random) },
            ["text"] = random.Next(3) switch { 0 => string.Empty, 1 => "\r\n  id\r", _ => "}}}}{{{{" },
        };

    private static JsonNode Position(Random random) => new JsonObject
    {
        ["line"] = random.Next(4) == 0 ? Edge(random) : random.Next(0, 40),
        ["character"] = random.Next(4) == 0 ? Edge(random) : random.Next(0, 80),
    };

    private static long Edge(Random random) => random.Next(5) switch
    {
        0 => -1,
        1 => int.MaxValue,
        2 => int.MinValue,
        3 => uint.MaxValue,
        _ => long.MaxValue,
    };

    private static JsonNode? WrongValue(Random random) => random.Next(6) switch
    {
        0 => null,
        1 => new JsonArray(1, "a", null),
        2 => "text",
        3 => 42,
        4 => new JsonObject { ["uri"] = new JsonArray() },
        _ => true,
    };

    private static JsonNode? Id(Random random, int index) => random.Next(10) switch
    {
        0 => "id-" + index,
        1 => null,
        2 => long.MaxValue,
        3 => -index,
        4 => 1.5,
        5 => new JsonObject { ["id"] = index },
        _ => index + 1,
    };

    private static string DocumentUri(string path, Random random) => random.Next(12) switch
    {
        0 => "not a uri",
        1 => "file:///../../../../etc/passwd",
        2 => "untitled:Untitled-1",
        3 => "file://" + new string('a', 3000) + "/x.graphql",
        4 => string.Empty,
        _ => new Uri(path).AbsoluteUri,
    };

    private static JsonObject TextDocument(string uri) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
    };

    private JsonObject Initialize(JsonNode? id) => Request(id, "initialize", new JsonObject
    {
        ["processId"] = null,
        ["rootUri"] = new Uri(_root).AbsoluteUri,
        ["capabilities"] = new JsonObject(),
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(_root).AbsoluteUri, ["name"] = "fuzz" }),
    });

    private static JsonObject Request(JsonNode? id, string method, JsonNode? parameters)
    {
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            request["params"] = parameters;
        }

        return request;
    }

    private static JsonObject Notification(string method, JsonNode? parameters)
    {
        var notification = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            notification["params"] = parameters;
        }

        return notification;
    }

    private static byte[] Body(JsonNode message) => Encoding.UTF8.GetBytes(message.ToJsonString());

    private static byte[] Frame(byte[] body) =>
        [.. Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n"), .. body];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 64)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Writes one frame: mostly well framed (so the body reaches JSON-RPC), sometimes with a broken header.</summary>
    private static void WriteFrame(Stream stream, byte[] body, Random random, bool mutate)
    {
        if (mutate)
        {
            body = JsonMutator.Mutate(body, random);
        }

        var length = body.Length.ToString(CultureInfo.InvariantCulture);
        var header = random.Next(16) switch
        {
            0 => string.Empty,
            1 => "Content-Length: " + Math.Max(0, body.Length - random.Next(1, 64)).ToString(CultureInfo.InvariantCulture) + "\r\n\r\n",
            2 => "Content-Length: " + (body.Length + random.Next(1, 512)).ToString(CultureInfo.InvariantCulture) + "\r\n\r\n",
            3 => "Content-Length: " + (random.Next(2) == 0 ? "2147483648" : random.Next(2) == 0 ? "99999999999999999999" : "67108865") + "\r\n\r\n",
            4 => "Content-Length: " + (random.Next(2) == 0 ? "-1" : random.Next(2) == 0 ? "0x10" : "ten") + "\r\n\r\n",
            5 => "Content-Length: " + length + "\n\n",
            6 => "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: " + length + "\r\n\r\n",
            7 => "content-length:" + length + "\r\n\r\n",
            8 => "Content-Length: " + length + "\r\nContent-Length: " + length + "\r\n\r\n",
            9 => "garbage" + "Content-Length: " + length + "\r\n\r\n",
            10 => "Content-Length " + length + "\r\n\r\n",
            _ => "Content-Length: " + length + "\r\n\r\n",
        };
        stream.Write(Encoding.ASCII.GetBytes(header));
        stream.Write(body);
    }

    private static bool Contains(byte[] input, string text) => input.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        // Workers prepare at the same time: write aside and move, so no worker reads a half-written file.
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
