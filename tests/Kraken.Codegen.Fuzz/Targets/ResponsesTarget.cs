using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;
using Kraken.Codegen.Fuzz.Roslyn;
using Kraken.Codegen.Runtime;
using Kraken.Codegen.Runtime.Json;
using Kraken.Codegen.Testing;
using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>
/// Mutated server responses through the runtime and the generated readers. The client for every operation of the
/// corpus (the Kraken reference's 102, and the UK corpus's with ../shared) is generated and compiled once; the mock
/// server answers each operation once; then each input is one of those answers, mutated, given to
/// <see cref="KrakenGraphQLExecutor"/> as the HTTP body. The call must end in a result, a
/// <see cref="GraphQLResponseReadException"/> or a <see cref="GraphQLTransportException"/>; any other exception is a
/// finding. Only public contracts are used: the generated operation classes through
/// <see cref="IGraphQLOperation{TData}"/>, the executor through its constructor.
/// </summary>
public sealed class ResponsesTarget : FuzzTarget
{
    private static readonly string[] Projects = ["kraken-oeg", "kraken-uk"];
    private static readonly MethodInfo ExecuteDefinition = typeof(ResponsesTarget).GetMethod(nameof(ExecuteTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly ReplayHandler _handler = new();
    private readonly List<(string Name, Func<IGraphQLExecutor, object, Task<string>> Call, object Operation, byte[] Body)> _operations = [];
    private IGraphQLExecutor _executor = null!;

    public override string Name => "responses";

    public override string Description => "response bodies: KrakenGraphQLExecutor + generated readers (the mock server's answers, mutated)";

    public override int FullCount => 100_000;

    public override int SampleCount => 3_000;

    public override async Task PrepareAsync(Corpora corpora)
    {
        foreach (var project in corpora.Projects.Where(p => Projects.Contains(p.Name)))
        {
            var assembly = Compile(project);
            var schema = SchemaBuilder.Build(project.SchemaFiles.Select(f => new SourceFile(f.Path, f.Text)));
            await using var server = await MockGraphQLServer.StartAsync(project.Sdl);
            using var http = new HttpClient();
            foreach (var (type, data) in OperationTypes(assembly))
            {
                // The generated reader reads statically; the instance (and so its variables) is never touched.
                var operation = RuntimeHelpers.GetUninitializedObject(type);
                var descriptor = (GraphQLOperationDescriptor)typeof(IGraphQLOperation<>).MakeGenericType(data).GetProperty(nameof(IGraphQLOperation<object>.Descriptor))!.GetValue(operation)!;
                var request = new JsonObject { ["query"] = descriptor.Document, ["operationName"] = descriptor.Name, ["variables"] = SampleVariables.For(descriptor.Document, schema) };
                using var answer = await http.PostAsync(server.Endpoint, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));
                var body = await answer.Content.ReadAsByteArrayAsync();
                if (JsonNode.Parse(body)?["data"] is JsonObject)
                {
                    var call = ExecuteDefinition.MakeGenericMethod(data).CreateDelegate<Func<IGraphQLExecutor, object, Task<string>>>();
                    _operations.Add((descriptor.Name, call, operation, body));
                }
            }
        }

        if (_operations.Count == 0)
        {
            throw new InvalidOperationException("No operation got an answer with data from the mock server.");
        }

        var options = new KrakenClientOptions { Endpoint = new Uri("http://127.0.0.1/graphql/"), Retry = { MaxAttempts = 1 } };
        _executor = new KrakenGraphQLExecutor(new HttpClient(_handler), options);
    }

    /// <summary>The operation's name (length-prefixed UTF-8), then the body: replays find their operation by name.</summary>
    public override byte[] CreateInput(Random random)
    {
        var (name, _, _, body) = _operations[random.Next(_operations.Count)];
        var nameBytes = Encoding.UTF8.GetBytes(name);
        return [.. BitConverter.GetBytes(nameBytes.Length), .. nameBytes, .. JsonMutator.Mutate(body, random)];
    }

    public override string Execute(byte[] input)
    {
        var nameLength = BitConverter.ToInt32(input, 0);
        var wanted = Encoding.UTF8.GetString(input, 4, nameLength);
        var (name, call, operation, _) = _operations.FirstOrDefault(o => o.Name == wanted);
        if (call is null)
        {
            throw new CorpusMissingException($"No operation '{wanted}' in this corpus (the UK operations need ../shared).");
        }

        _handler.Body = input.AsSpan(4 + nameLength).ToArray();
        try
        {
            return name + ": " + call(_executor, operation).GetAwaiter().GetResult();
        }
        catch (GraphQLResponseReadException exception)
        {
            return $"{name}: {nameof(GraphQLResponseReadException)} at {exception.JsonPath}";
        }
        catch (GraphQLTransportException)
        {
            return $"{name}: {nameof(GraphQLTransportException)}";
        }
    }

    private static async Task<string> ExecuteTypedAsync<TData>(IGraphQLExecutor executor, object generated)
    {
        var result = await executor.ExecuteAsync(new VariablesFree<TData>((IGraphQLOperation<TData>)generated));
        return $"{(result.Data is null ? "no data" : "data")}, {result.Errors.Count} errors";
    }

    /// <summary>The project's generated client, compiled and loaded (an assembly of its own name per project).</summary>
    private static Assembly Compile(CorpusProject project)
    {
        var files = project.SchemaFiles.Select(f => ($"/fuzz/{project.Name}/{Path.GetFileNameWithoutExtension(f.Path)}.graphqls", f.Text))
            .Concat(project.OperationFiles.Select(f => ($"/fuzz/{project.Name}/{Path.GetFileName(f.Path)}", f.Text)))
            .ToList();
        var run = GeneratorProject.Run(files, assemblyName: "Fuzz.Responses." + project.Name);
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The corpus client does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }

    private static IEnumerable<(Type Type, Type Data)> OperationTypes(Assembly assembly) =>
        from type in assembly.GetTypes()
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IGraphQLOperation<>)
        orderby type.FullName
        select (type, contract.GetGenericArguments()[0]);

    /// <summary>A generated operation sent without variables: the answer comes from the input, not from a server.</summary>
    private sealed class VariablesFree<TData>(IGraphQLOperation<TData> generated) : IGraphQLOperation<TData>
    {
        public GraphQLOperationDescriptor Descriptor => generated.Descriptor;

        public bool HasVariables => false;

        public void WriteVariables(Utf8JsonWriter writer) => throw new InvalidOperationException("No variables are sent.");

        public TData ReadData(ref Utf8JsonReader reader, GraphQLReadContext context) => generated.ReadData(ref reader, context);
    }

    /// <summary>Answers every request with the current input as an HTTP 200 JSON body.</summary>
    private sealed class ReplayHandler : HttpMessageHandler
    {
        public byte[] Body { get; set; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
