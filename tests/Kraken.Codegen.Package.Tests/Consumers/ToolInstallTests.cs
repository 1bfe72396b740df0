using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Kraken.Codegen.Package.Tests.Support;
using Xunit.Abstractions;

namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>The CLI as users get it: <c>dotnet tool install --tool-path … --add-source &lt;feed&gt;</c>, run as a child process.</summary>
[Collection(PackageCollection.Name)]
public sealed class ToolInstallTests
{
    private readonly PackageTestBed _bed;
    private readonly ITestOutputHelper _output;

    public ToolInstallTests(PackageTestBed bed, ITestOutputHelper output)
    {
        _bed = bed;
        _output = output;
    }

    [Fact]
    public async Task Version_prints_the_packed_version()
    {
        var result = await RunToolAsync(["--version"]);

        Assert.True(result.ExitCode == 0, result.Describe());
        // The informational version: the package version, then '+' and the commit.
        Assert.StartsWith(_bed.Feed.Version + "+", result.StandardOutput.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_the_command_users_type()
    {
        var result = await RunToolAsync(["--help"]);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("kraken-codegen [command] [options]", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Kraken.Codegen.Tool", result.StandardOutput, StringComparison.Ordinal);
        foreach (var command in new[] { "validate", "diff", "drift", "deprecations", "contract", "mock", "introspect", "import-reference", "lsp" })
        {
            Assert.Contains("  " + command, result.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_reports_a_broken_operation_file_at_its_line_and_column_with_exit_code_1()
    {
        var folder = _bed.Projects.NewFolder("ToolValidate");
        ConsumerFiles.WriteGraphQL(folder, ("Account.graphql", ConsumerFiles.AccountOperation), ("Broken.graphql", ConsumerFiles.BrokenOperation));

        var result = await RunToolAsync(["validate", "--schema", Path.Combine("GraphQL", "schema.graphqls"), "--operations", Path.Combine("GraphQL", "*.graphql")], folder);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("Broken.graphql(4,5): error KGQL0206: Field 'balanc' does not exist on type 'AccountType'.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Account.graphql(", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_a_schema_is_a_usage_error_with_exit_code_2()
    {
        var result = await RunToolAsync(["validate", "--operations", "*.graphql"]);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("kraken-codegen --help", result.StandardError, StringComparison.Ordinal);
    }

    /// <summary>
    /// The language server from the package: its dependencies (StreamJsonRpc and its closure for the protocol,
    /// YamlDotNet for the graphql-config file used here) must be in the tool package, or this fails to start or to read
    /// the project.
    /// </summary>
    [Fact]
    public async Task The_language_server_reports_a_broken_operation_of_a_graphql_config_project()
    {
        var folder = _bed.Projects.NewFolder("ToolLsp");
        ConsumerFiles.WriteGraphQL(folder, ("Account.graphql", ConsumerFiles.AccountOperation), ("Broken.graphql", ConsumerFiles.BrokenOperation));
        File.WriteAllText(Path.Combine(folder, ".graphqlrc.yml"), "schema: GraphQL/schema.graphqls\ndocuments: GraphQL/*.graphql\n");
        var broken = Path.Combine(folder, "GraphQL", "Broken.graphql");
        var brokenUri = new Uri(broken).AbsoluteUri;

        var tool = await _bed.Tool;
        await using var server = tool.Start(["lsp", "--stdio"], folder, rawStandardOutput: true);
        var messages = new LspMessages(server);

        var initialize = await messages.RequestAsync(1, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(folder).AbsoluteUri,
            ["capabilities"] = new JsonObject(),
        });
        Assert.True(initialize["result"] is JsonObject, initialize.ToJsonString());
        await messages.NotifyAsync("initialized", new JsonObject());
        await messages.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = brokenUri, ["languageId"] = "graphql", ["version"] = 1, ["text"] = ConsumerFiles.BrokenOperation },
        });

        var published = await messages.WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == brokenUri);
        var diagnostic = Assert.Single((JsonArray)published["params"]!["diagnostics"]!)!;
        Assert.Equal("KGQL0206", (string?)diagnostic["code"]);
        // LSP positions are zero-based: line 4, column 5 of the file.
        Assert.Equal(3, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(4, (int)diagnostic["range"]!["start"]!["character"]!);

        var shutdown = await messages.RequestAsync(2, "shutdown", null);
        Assert.True(shutdown.ContainsKey("result") && shutdown["error"] is null, shutdown.ToJsonString());
        await messages.NotifyAsync("exit", null);
        using var exited = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var exitedInTime = await server.WaitForExitAsync(exited.Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        Assert.True(exitedInTime, $"the language server did not exit within a minute of 'exit':\n{server.StandardError}");
        Assert.True(server.ExitCode == 0, $"exit code {server.ExitCode}\n{server.StandardError}");
    }

    private async Task<ProcessResult> RunToolAsync(string[] arguments, string? workingDirectory = null)
    {
        var tool = await _bed.Tool;
        _output.WriteLine($"dotnet tool install: {tool.Install.Duration.TotalSeconds:F1} s");
        return await tool.RunAsync(arguments, workingDirectory ?? _bed.WorkRoot);
    }

    /// <summary>Content-Length framed JSON-RPC over the server's stdin and stdout, as an editor speaks it.</summary>
    private sealed class LspMessages
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
        private readonly RunningProcess _server;
        private readonly List<JsonObject> _received = new();
        private readonly Task _reader;

        public LspMessages(RunningProcess server)
        {
            _server = server;
            _reader = Task.Run(ReadAsync);
        }

        public async Task<JsonObject> RequestAsync(int id, string method, JsonNode? parameters)
        {
            await SendAsync(Message(method, parameters, id));
            return await WaitForAsync(m => m["method"] is null && m["id"] is JsonValue value && value.TryGetValue<int>(out var got) && got == id);
        }

        public Task NotifyAsync(string method, JsonNode? parameters) => SendAsync(Message(method, parameters, id: null));

        public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate)
        {
            var deadline = DateTime.UtcNow + Timeout;
            while (DateTime.UtcNow < deadline)
            {
                lock (_received)
                {
                    var found = _received.FirstOrDefault(predicate);
                    if (found is not null)
                    {
                        return found;
                    }
                }

                if (_reader.IsCompleted)
                {
                    break;
                }

                await Task.Delay(20);
            }

            string received;
            lock (_received)
            {
                received = string.Join("\n", _received.Select(m => m.ToJsonString()));
            }

            throw new TimeoutException($"The language server did not send the message waited for within {Timeout}. Received:\n{received}\nStandard error:\n{_server.StandardError}");
        }

        private static JsonObject Message(string method, JsonNode? parameters, int? id)
        {
            var message = new JsonObject { ["jsonrpc"] = "2.0" };
            if (id is not null)
            {
                message["id"] = id.Value;
            }

            message["method"] = method;
            if (parameters is not null)
            {
                message["params"] = parameters;
            }

            return message;
        }

        private async Task SendAsync(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
            await _server.Input.WriteAsync(header);
            await _server.Input.WriteAsync(body);
            await _server.Input.FlushAsync();
        }

        private async Task ReadAsync()
        {
            var stream = _server.RawOutput;
            while (true)
            {
                var length = await ReadHeaderAsync(stream);
                if (length < 0)
                {
                    return;
                }

                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!.AsObject();
                lock (_received)
                {
                    _received.Add(message);
                }
            }
        }

        /// <summary>Reads header lines up to the blank line; returns the Content-Length, or -1 at the end of the stream.</summary>
        private static async Task<int> ReadHeaderAsync(Stream stream)
        {
            var length = -1;
            var line = new StringBuilder();
            var one = new byte[1];
            while (true)
            {
                if (await stream.ReadAsync(one) == 0)
                {
                    return -1;
                }

                if (one[0] != '\n')
                {
                    line.Append((char)one[0]);
                    continue;
                }

                var text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (text.Length == 0)
                {
                    return length;
                }

                if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(text["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
    }
}
