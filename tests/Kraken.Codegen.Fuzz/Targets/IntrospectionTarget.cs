using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>
/// Mutated introspection results through <see cref="IntrospectionSchemaReader"/>: each corpus schema served by the mock
/// server and introspected by the CLI's client, compact as servers send it and pretty-printed as files hold it.
/// </summary>
public sealed class IntrospectionTarget : FuzzTarget
{
    private const string Path = "fuzz.schema.json";
    private List<string> _results = [];

    public override string Name => "introspection";

    public override string Description => "introspection results: IntrospectionSchemaReader (the mock server's answers, mutated)";

    public override int FullCount => 20_000;

    public override int SampleCount => 300;

    public override async Task PrepareAsync(Corpora corpora)
    {
        _results = [];
        foreach (var project in corpora.Projects.Where(p => p.Sdl.Length < 1_000_000))
        {
            if (await Servers.IntrospectAsync(project) is { } json)
            {
                _results.Add(json);
                _results.Add(JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
        }
    }

    public override byte[] CreateInput(Random random)
    {
        var source = _results[random.Next(_results.Count)];
        // Half structural edits that keep it JSON (so the reader gets past the syntax), half text edits.
        return TextInput.Encode(random.Next(2) == 0
            ? Encoding.UTF8.GetString(JsonMutator.Mutate(Encoding.UTF8.GetBytes(source), random))
            : TextMutator.Mutate(source, random, _results));
    }

    public override string Execute(byte[] input)
    {
        var text = TextInput.Decode(input);
        var schema = IntrospectionSchemaReader.Read(new SourceFile(Path, text));
        Checks.Locations(schema.Diagnostics, Path, text);
        return Checks.Describe(schema.Diagnostics.Where(d => d.Location?.Path == Path));
    }
}
