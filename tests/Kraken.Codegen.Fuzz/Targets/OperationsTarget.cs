using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>Mutated operation documents through the parser and the validator, against every corpus schema with operations.</summary>
public sealed class OperationsTarget : FuzzTarget
{
    private const string Path = "fuzz.graphql";
    private List<string> _documents = [];
    private List<SchemaModel> _schemas = [];

    public override string Name => "operations";

    public override string Description => "operation documents: parse + validate against each corpus schema";

    public override int FullCount => 100_000;

    public override int SampleCount => 3_000;

    public override Task PrepareAsync(Corpora corpora)
    {
        var projects = corpora.Projects.Where(p => p.OperationFiles.Count > 0).ToList();
        _documents = projects.SelectMany(p => p.SelfContainedOperations()).ToList();
        _schemas = projects.Select(p => SchemaBuilder.Build(p.SchemaFiles.Select(f => new SourceFile(f.Path, f.Text)))).ToList();
        return Task.CompletedTask;
    }

    public override byte[] CreateInput(Random random) =>
        TextInput.Encode(TextMutator.Mutate(_documents[random.Next(_documents.Count)], random, _documents));

    public override string Execute(byte[] input)
    {
        var text = TextInput.Decode(input);
        var document = ExecutableDocument.Parse(new SourceFile(Path, text));
        Checks.Locations(document.Diagnostics, Path, text);
        var outcome = "parse: " + Checks.Describe(document.Diagnostics);
        for (var i = 0; i < _schemas.Count; i++)
        {
            var diagnostics = DocumentValidator.Validate(_schemas[i], document);
            Checks.Locations(diagnostics, Path, text);
            if (i == 0)
            {
                // The outcome names the first schema's diagnostics only (the Kraken reference's, always present),
                // so that it is the same with and without ../shared.
                outcome += "; validate: " + Checks.Describe(diagnostics);
            }
        }

        return outcome;
    }
}
