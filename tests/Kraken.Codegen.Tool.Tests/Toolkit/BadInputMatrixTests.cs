using System.Text;
using Kraken.Codegen.Testing;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// Every command of kraken-codegen, every file it reads, and every kind of bad file a user can hand it: the answer is
/// one clear line naming the file (and the line and column where there is one) and the documented exit code, never a
/// stack trace. Exit codes: 1 findings (validate, contract emit: the operations are the subject), 2 input problems.
/// </summary>
public sealed class BadInputMatrixTests : IClassFixture<BadInputMatrixTests.Files>
{
    private readonly Files _files;

    public BadInputMatrixTests(Files files) => _files = files;

    /// <summary>The kinds of bad file, by the name of the file in the fixture.</summary>
    public static readonly string[] Kinds = ["missing", "folder", "empty", "binary", "huge", "not-utf8"];

    public static TheoryData<string, string> SchemaCases => Cross(SchemaSlots.Keys, [.. Kinds, "schema-errors", "partial-introspection", "broken-json"]);

    public static TheoryData<string, string> OperationCases => Cross(OperationSlots.Keys, Kinds);

    public static TheoryData<string, string> JsonCases => Cross(JsonSlots.Keys, [.. Kinds, "broken-json"]);

    /// <summary>Command lines with one schema file replaced by the bad one ({0}).</summary>
    private static readonly Dictionary<string, string[]> SchemaSlots = new()
    {
        ["validate -s"] = ["validate", "-s", "{0}", "-p", "{ops}"],
        ["diff old"] = ["diff", "{0}", "{schema}"],
        ["diff new"] = ["diff", "{schema}", "{0}"],
        ["drift -b"] = ["drift", "-b", "{0}", "-c", "{schema}", "-p", "{ops}"],
        ["drift -c"] = ["drift", "-b", "{schema}", "-c", "{0}", "-p", "{ops}"],
        ["deprecations -s"] = ["deprecations", "-s", "{0}", "-p", "{ops}"],
        ["contract emit -s"] = ["contract", "emit", "-s", "{0}", "-p", "{ops}", "-o", "{out}"],
        ["contract verify -s"] = ["contract", "verify", "-s", "{0}", "-p", "{ops}", "--operation", "Account", "--response", "{response}"],
        ["mock -s"] = ["mock", "-s", "{0}"],
    };

    private static readonly Dictionary<string, string[]> OperationSlots = new()
    {
        ["validate -p"] = ["validate", "-s", "{schema}", "-p", "{0}"],
        ["drift -p"] = ["drift", "-b", "{schema}", "-c", "{schema}", "-p", "{0}"],
        ["deprecations -p"] = ["deprecations", "-s", "{schema}", "-p", "{0}"],
        ["contract emit -p"] = ["contract", "emit", "-s", "{schema}", "-p", "{0}", "-o", "{out}"],
        ["contract verify -p"] = ["contract", "verify", "-s", "{schema}", "-p", "{0}", "--operation", "Account", "--response", "{response}"],
    };

    private static readonly Dictionary<string, string[]> JsonSlots = new()
    {
        ["contract verify --response"] = ["contract", "verify", "-s", "{schema}", "-p", "{ops}", "--operation", "Account", "--response", "{0}"],
        ["contract verify --variables"] = ["contract", "verify", "-s", "{schema}", "-p", "{ops}", "--operation", "Account", "--variables", "{0}"],
        ["import-reference --reference"] = ["import-reference", "--reference", "{0}", "--output", "{out}"],
    };

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public async Task A_bad_schema_file_is_one_line_and_exit_code_2(string slot, string kind)
    {
        var file = _files.Schema(kind);
        var run = await Run(SchemaSlots[slot], file);

        AssertOneLine(run, 2, kind switch
        {
            "missing" => $"error: the schema file '{file}' does not exist.",
            "folder" => $"error: the schema file '{file}' is a folder, not a file.",
            "empty" => $"error: the schema file '{file}' is empty.",
            "binary" => $"error: the schema file '{file}' is binary, not text (it contains NUL bytes).",
            "huge" => $"error: {file}(1,1): error KGQL0002: The document has 52,4",
            "not-utf8" => $"error: the schema file '{file}' is not UTF-8 text (byte 0xE9 at line 2, column 6); save it as UTF-8.",
            "schema-errors" => $"error: {file}(7,3): error KGQL0101: Field 'Account.owner' has the unknown type 'Persn'.",
            "partial-introspection" => $"error: {file}(13,13): error KGQL0107: Introspection result at $.data.__schema.types[0].fields[0] (line 13, column 13): the result is incomplete ('type' missing on 40 of 40 fields).",
            _ => $"error: {file}(4,17): error KGQL0107: Introspection result at $ (line 4, column 17): the file is not valid JSON: Unexpected character ','.",
        });
        if (kind == "partial-introspection")
        {
            Assert.Contains("fetch a complete result with 'kraken-codegen introspect <url> --format json --output schema.schema.json'", run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(OperationCases))]
    public async Task A_bad_operation_file_is_one_line_and_a_documented_exit_code(string slot, string kind)
    {
        var file = _files.Operations(kind);
        var run = await Run(OperationSlots[slot], file);

        // validate and contract emit judge the operations: a file that does not parse is a finding of theirs (exit 1);
        // the other commands need parsed operations to analyse, so for them it is an input problem (exit 2).
        var isFinding = kind is "empty" or "huge" && slot is "validate -p" or "contract emit -p";
        var message = kind switch
        {
            "missing" or "folder" => $"error: '{file}' matches no operation file.",
            "binary" => $"error: the operation file '{file}' is binary, not text (it contains NUL bytes).",
            "not-utf8" => $"error: the operation file '{file}' is not UTF-8 text (byte 0xE9 at line 2, column 6); save it as UTF-8.",
            "empty" => $"{file}(1,1): error KGQL0001: Expected an operation or a fragment, found the end of the document; a GraphQL document holds at least one definition.",
            _ => $"{file}(1,1): error KGQL0002: The document has 52,4",
        };
        if (slot == "validate -p" && isFinding)
        {
            // validate prints its findings as its report, on standard output.
            Assert.True(run.ExitCode == 1 && run.Error.Length == 0, run.ToString());
            Assert.StartsWith(message, run.Output, StringComparison.Ordinal);
            return;
        }

        AssertOneLine(run, isFinding ? 1 : 2, kind is "empty" or "huge" && slot is "drift -p" or "deprecations -p" ? "error: " + message : message);
    }

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task A_bad_response_variables_or_reference_file_is_one_line_and_exit_code_2(string slot, string kind)
    {
        var isReference = slot.StartsWith("import-reference", StringComparison.Ordinal);
        var role = isReference ? "reference file" : slot.EndsWith("--response", StringComparison.Ordinal) ? "response file" : "variables file";
        var file = _files.Json(kind);
        var run = await Run(JsonSlots[slot], file);

        AssertOneLine(run, 2, kind switch
        {
            "missing" => $"error: the {role} '{file}' does not exist.",
            "folder" => $"error: the {role} '{file}' is a folder, not a file.",
            "binary" => $"error: the {role} '{file}' is binary, not text (it contains NUL bytes).",
            "not-utf8" => $"error: the {role} '{file}' is not UTF-8 text (byte 0xE9 at line 2, column 6); save it as UTF-8.",
            _ when isReference => $"error: the reference file '{file}' holds no documented query (expected an \"API Site\" section with entries); nothing was written.",
            "empty" => $"error: {file}(1,1): the {role} is not valid JSON: Unexpected end of JSON.",
            "huge" => $"error: {file}(1,1): the {role} is not valid JSON: Unexpected character 't'.",
            _ => $"error: {file}(4,17): the {role} is not valid JSON: Unexpected character ','.",
        });
        if (isReference)
        {
            Assert.False(Directory.Exists(Path.Combine(_files.Output, "kraken-oeg")), "Nothing is written for a bad reference.");
        }
    }

    public static TheoryData<string, int, string> IntrospectionAnswers => new()
    {
        { "HTTP 500 with an HTML page", 500, "html" },
        { "HTTP 200 with an HTML page", 200, "html" },
        { "HTTP 502 with an empty body", 502, "empty" },
        { "HTTP 500 with GraphQL errors", 500, "errors" },
        { "a partial introspection result", 200, "partial" },
        { "JSON that is not a GraphQL response", 200, "array" },
    };

    [Theory]
    [MemberData(nameof(IntrospectionAnswers))]
    public async Task Introspect_and_drift_against_a_server_that_answers_badly_give_one_line_and_exit_code_2(string answer, int status, string body)
    {
        var html = "<!DOCTYPE html>\n<html>\n<head><title>Internal Server Error</title></head>\n<body>\n<h1>Oops</h1>\n</body>\n</html>\n";
        await using var server = await MockGraphQLServer.StartAsync(LineEndingCases.Join(LineEndingCases.SchemaLines, "LF"), new MockGraphQLServerOptions
        {
            OnRequest = _ => body switch
            {
                "html" => MockHttpResponse.Html(status, html),
                "empty" => MockHttpResponse.Raw(status, "text/plain", string.Empty),
                "errors" => MockHttpResponse.Json(status, """{"errors": [{"message": "Internal error, try again."}]}"""),
                "partial" => MockHttpResponse.Json(status, File.ReadAllText(_files.Schema("partial-introspection"))),
                _ => MockHttpResponse.Json(status, "[1, 2, 3]"),
            },
        });
        var url = server.Endpoint.ToString();

        var introspect = await Run(["introspect", url, "--timeout", "60"], url);
        var introspectJson = await Run(["introspect", url, "--format", "json", "--timeout", "60", "-o", Path.Combine(_files.Output, "schema.json")], url);
        var drift = await Run(["drift", "-b", "{schema}", "-c", url, "-p", "{ops}"], url);

        var expected = body switch
        {
            "html" => $"error: the answer of {url} (HTTP {status}) is not JSON: <!DOCTYPE html> <html> <head><title>Internal Server Error</title></head> <body> <h1>Oops</h1> </body> </html>",
            "empty" => $"error: the answer of {url} (HTTP 502) is not JSON: (an empty body)",
            "errors" => $"error: the server at {url} answered the introspection query with errors: Internal error, try again.",
            "partial" => $"error: {url}(13,13): error KGQL0107: Introspection result at $.data.__schema.types[0].fields[0] (line 13, column 13): the result is incomplete",
            _ => $"error: the answer of {url} (HTTP 200) is JSON but not a GraphQL response: [1, 2, 3]",
        };
        AssertOneLine(introspect, 2, expected);
        AssertOneLine(introspectJson, 2, expected);
        AssertOneLine(drift, 2, expected);
        Assert.False(File.Exists(Path.Combine(_files.Output, "schema.json")), "A bad answer is not written: " + answer);
    }

    [Fact]
    public async Task Introspect_of_an_unreachable_url_is_one_line_and_exit_code_2()
    {
        // Port 9 (discard) on loopback: nothing listens there on a test machine, so the connection is refused at once.
        var run = await Run(["introspect", "http://127.0.0.1:9/graphql/", "--timeout", "30"], string.Empty);

        AssertOneLine(run, 2, "error: cannot reach http://127.0.0.1:9/graphql/: Connection refused (127.0.0.1:9)");
    }

    private Task<CliRun> Run(string[] template, string file) =>
        CliRun.OfAsync(TimeSpan.FromMinutes(2), template.Select(part => part
            .Replace("{0}", file, StringComparison.Ordinal)
            .Replace("{schema}", _files.GoodSchema, StringComparison.Ordinal)
            .Replace("{ops}", _files.GoodOperations, StringComparison.Ordinal)
            .Replace("{response}", _files.GoodResponse, StringComparison.Ordinal)
            .Replace("{out}", _files.Output, StringComparison.Ordinal)).ToArray());

    /// <summary>The exit code, and standard error is exactly one line starting with <paramref name="start"/>: no stack trace.</summary>
    private static void AssertOneLine(CliRun run, int exitCode, string start)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(run.ExitCode == exitCode && lines.Length == 1 && lines[0].StartsWith(start, StringComparison.Ordinal), $"Expected exit {exitCode} and one line starting with:\n{start}\nGot {run}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Cross(IEnumerable<string> slots, IEnumerable<string> kinds)
    {
        var data = new TheoryData<string, string>();
        foreach (var slot in slots)
        {
            foreach (var kind in kinds)
            {
                data.Add(slot, kind);
            }
        }

        return data;
    }

    /// <summary>One folder with a good schema, operations and response, and every bad file, the 50 MB ones written once.</summary>
    public sealed class Files : IDisposable
    {
        private const int HugeBytes = 50 * 1024 * 1024;
        private readonly TemporaryDirectory _folder = new();

        public Files()
        {
            GoodSchema = Write("good.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, "LF"));
            GoodOperations = Path.Combine(_folder.Path, "operations");
            Directory.CreateDirectory(GoodOperations);
            File.WriteAllText(Path.Combine(GoodOperations, "Account.graphql"), "query Account($n: String!) { account(accountNumber: $n) { id number } }\n");
            GoodResponse = Write("account.json", """{"data": {"account": {"id": "1", "number": "A-1"}}}""");
            Output = Path.Combine(_folder.Path, "output");
            Directory.CreateDirectory(Path.Combine(_folder.Path, "folder"));

            foreach (var extension in new[] { ".graphqls", ".graphql", ".json" })
            {
                Write("empty" + extension, string.Empty);
                File.WriteAllBytes(Path.Combine(_folder.Path, "binary" + extension), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);
                File.WriteAllBytes(Path.Combine(_folder.Path, "not-utf8" + extension), [.. Encoding.ASCII.GetBytes("type Query {\n  caf"), 0xE9, .. Encoding.ASCII.GetBytes(": Int\n}\n")]);
                WriteHuge("huge" + extension);
            }

            Write("schema-errors.graphqls", LineEndingCases.Join(LineEndingCases.BrokenSchemaLines, "LF"));
            Write("broken-json.json", "{\n  \"data\": {\n    \"__schema\": {\n      \"types\": [,]\n    }\n  }\n}\n");
            Write("partial-introspection.json", PartialIntrospection());
        }

        public string GoodSchema { get; }

        public string GoodOperations { get; }

        public string GoodResponse { get; }

        public string Output { get; }

        public string Schema(string kind) => Bad(kind, kind is "partial-introspection" or "broken-json" ? ".json" : ".graphqls");

        public string Operations(string kind) => Bad(kind, ".graphql");

        public string Json(string kind) => Bad(kind, ".json");

        public void Dispose() => _folder.Dispose();

        private string Bad(string kind, string extension) => kind switch
        {
            "missing" => Path.Combine(_folder.Path, "missing" + extension),
            "folder" => Path.Combine(_folder.Path, "folder"),
            _ => Path.Combine(_folder.Path, kind + extension),
        };

        private string Write(string name, string text)
        {
            var path = Path.Combine(_folder.Path, name);
            File.WriteAllText(path, text);
            return path;
        }

        /// <summary>50 MB of SDL-looking text (valid as nothing else): over every size limit, and not JSON.</summary>
        private void WriteHuge(string name)
        {
            using var writer = new StreamWriter(Path.Combine(_folder.Path, name));
            for (var i = 0; writer.BaseStream.Position < HugeBytes; i++)
            {
                writer.Write($"type T{i} {{ a: Int }}\n");
                if (i % 1000 == 0)
                {
                    writer.Flush();
                }
            }
        }

        /// <summary>A pretty-printed result with type and field names and descriptions only, as some tools save it.</summary>
        private static string PartialIntrospection()
        {
            var fields = string.Join(",\n", Enumerable.Range(0, 40).Select(i => $"            {{\n              \"name\": \"field{i}\",\n              \"description\": \"Field number {i}.\"\n            }}"));
            return "{\n  \"data\": {\n    \"__schema\": {\n      \"queryType\": {\n        \"name\": \"Query\"\n      },\n      \"types\": [\n        {\n          \"kind\": \"OBJECT\",\n          \"name\": \"Query\",\n          \"description\": null,\n          \"fields\": [\n"
                + fields + "\n          ]\n        }\n      ]\n    }\n  }\n}\n";
        }
    }
}
