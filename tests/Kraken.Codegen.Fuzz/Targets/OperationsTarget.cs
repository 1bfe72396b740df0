using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>
/// Mutated operation documents through the parser and the validator, each against the schema it was written for (the
/// input names the corpus project). Every diagnostic must lie in the text, at the line and column of its offset.
/// </summary>
public sealed class OperationsTarget : FuzzTarget
{
    private const string Path = "fuzz.graphql";
    private readonly Dictionary<string, SchemaModel> _schemas = new(StringComparer.Ordinal);
    private readonly List<(string Project, string Text)> _documents = [];
    private List<string> _texts = [];

    public override string Name => "operations";

    public override string Description => "operation documents: parse + validate against their corpus schema";

    public override int FullCount => 100_000;

    public override int SampleCount => 3_000;

    public override Task PrepareAsync(Corpora corpora)
    {
        foreach (var project in corpora.Projects.Where(p => p.OperationFiles.Count > 0))
        {
            _schemas[project.Name] = SchemaBuilder.Build(project.SchemaFiles.Select(f => new SourceFile(f.Path, f.Text)));
            _documents.AddRange(project.SelfContainedOperations().Select(text => (project.Name, text)));
        }

        _texts = _documents.Select(d => d.Text).ToList();
        return Task.CompletedTask;
    }

    public override byte[] CreateInput(Random random)
    {
        var (project, text) = _documents[random.Next(_documents.Count)];
        return TextInput.EncodeNamed(project, TextMutator.Mutate(text, random, _texts));
    }

    public override string Execute(byte[] input)
    {
        var (project, text) = TextInput.DecodeNamed(input);
        var schema = _schemas.TryGetValue(project, out var found) ? found : throw new CorpusMissingException($"No corpus project '{project}' here (the UK corpus needs ../shared).");
        var document = ExecutableDocument.Parse(new SourceFile(Path, text));
        Checks.Locations(document.Diagnostics, Path, text);
        var diagnostics = DocumentValidator.Validate(schema, document);
        Checks.Locations(diagnostics, Path, text);
        return $"{project}: {Checks.Describe(diagnostics)}";
    }
}
