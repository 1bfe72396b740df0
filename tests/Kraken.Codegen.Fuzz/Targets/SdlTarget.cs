using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>Mutated SDL through <see cref="SchemaBuilder"/>: the repository's schemas and, with ../shared, the UK and GitHub ones.</summary>
public sealed class SdlTarget : FuzzTarget
{
    private const string Path = "fuzz.graphqls";
    private List<string> _small = [];
    private List<string> _large = [];

    public override string Name => "sdl";

    public override string Description => "SDL schemas: SchemaBuilder";

    public override int FullCount => 20_000;

    public override int SampleCount => 400;

    public override Task PrepareAsync(Corpora corpora)
    {
        // The large schemas (the UK and GitHub ones, 0.7 and 1.2 MB) take milliseconds each: one input in eight.
        var schemas = corpora.Projects.Select(p => p.Sdl).ToList();
        _small = schemas.Where(s => s.Length < 100_000).ToList();
        _large = schemas.Where(s => s.Length >= 100_000).ToList();
        return Task.CompletedTask;
    }

    public override byte[] CreateInput(Random random)
    {
        var source = _large.Count > 0 && random.Next(8) == 0 ? _large[random.Next(_large.Count)] : _small[random.Next(_small.Count)];
        if (source.Length > 100_000 && random.Next(2) == 0)
        {
            // A window of a large schema: its variety at a small schema's cost.
            var start = random.Next(source.Length);
            source = source.Substring(start, Math.Min(source.Length - start, random.Next(1_000, 60_000)));
        }

        return TextInput.Encode(TextMutator.Mutate(source, random, _small));
    }

    public override string Execute(byte[] input)
    {
        var text = TextInput.Decode(input);
        var schema = SchemaBuilder.Build(new SourceFile(Path, text));
        Checks.Locations(schema.Diagnostics, Path, text);
        return Checks.Describe(schema.Diagnostics.Where(d => d.Location?.Path == Path));
    }
}
