using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Mutation;
using Kraken.Codegen.Fuzz.Roslyn;
using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>
/// Whole consumer projects through the generator (<c>CSharpGeneratorDriver</c>) and the analyzer
/// (<c>CompilationWithAnalyzers</c>): a corpus schema (SDL or its introspection result, sometimes given hostile names
/// and descriptions) with a few of its operation files, edited so that they mostly stay valid (hostile aliases, token
/// edits) or not (any text edit). Neither may throw (CS8785, AD0001) or report an internal error (KGQL0005,
/// KGQL0505); when nothing is wrong with the GraphQL, the generated code must compile.
/// </summary>
public sealed class GeneratorTarget : FuzzTarget
{
    private static readonly string[] InternalErrors = ["KGQL0005", "KGQL0505"];
    private readonly Dictionary<string, string> _introspection = new(StringComparer.Ordinal);
    private List<CorpusProject> _projects = [];

    public override string Name => "generator";

    public override string Description => "projects: generator + analyzer through Roslyn's drivers; valid GraphQL must give code that compiles";

    public override int FullCount => 5_000;

    public override int SampleCount => 25;

    public override async Task PrepareAsync(Corpora corpora)
    {
        _projects = corpora.Projects.Where(p => p.OperationFiles.Count > 0).ToList();
        foreach (var project in _projects)
        {
            if (await Servers.IntrospectAsync(project) is { } json)
            {
                _introspection[project.Name] = json;
            }
        }
    }

    public override byte[] CreateInput(Random random)
    {
        var project = _projects[random.Next(_projects.Count)];
        var folder = $"/fuzz/{project.Name}/";
        var files = new List<(string Path, string Text)>();
        if (_introspection.TryGetValue(project.Name, out var json) && random.Next(5) == 0)
        {
            files.Add((folder + "schema.schema.json", json));
        }
        else
        {
            var hostile = random.Next(3) == 0;
            files.AddRange(project.SchemaFiles.Select(f => (folder + Path.GetFileNameWithoutExtension(f.Path) + ".graphqls", hostile ? HostileEdits.Schema(f.Text, random) : f.Text)));
        }

        var fragments = project.OperationFiles.Where(f => CorpusProject.IsFragmentFile(f.Path)).ToList();
        var operations = project.OperationFiles.Except(fragments).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        files.AddRange(fragments.Concat(operations).Select(f => (folder + Path.GetFileName(f.Path), f.Text)));

        // Edit one operation file (the fragments stay: most inputs should remain valid and reach the emitter).
        var edited = files.Count - 1 - random.Next(operations.Count);
        var (path, text) = files[edited];
        files[edited] = (path, random.Next(8) switch
        {
            0 or 1 => text,
            2 or 3 => HostileEdits.AliasField(text, random),
            4 => HostileEdits.AliasField(HostileEdits.AliasField(text, random), random),
            5 => TextMutator.MutateTokens(text, random),
            _ => TextMutator.Mutate(text, random, []),
        });
        return TextInput.EncodeFiles(files);
    }

    /// <summary>One untouched project of each kind of schema, so that the first timed input does not pay the JIT.</summary>
    public override void WarmUp()
    {
        foreach (var project in _projects.Take(2))
        {
            var folder = $"/warm-up/{project.Name}/";
            var files = project.SchemaFiles.Select(f => (folder + Path.GetFileNameWithoutExtension(f.Path) + ".graphqls", f.Text))
                .Concat(project.OperationFiles.Take(3).Select(f => (folder + Path.GetFileName(f.Path), f.Text)))
                .ToList();
            GeneratorProject.Run(files).Output.GetDiagnostics();
        }
    }

    public override string Execute(byte[] input)
    {
        var files = TextInput.DecodeFiles(input);

        // The time limit is on the generator and the analyzer; compiling their output is the C# compiler's work.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = GeneratorProject.Run(files);
        TimeUnderTest = watch.Elapsed;
        var reported = run.AnalyzerDiagnostics.Concat(run.GeneratorDiagnostics).ToList();
        CheckLocations(reported, files);
        if (reported.FirstOrDefault(d => InternalErrors.Contains(d.Id)) is { } internalError)
        {
            throw new FuzzViolation("An internal error was reported: " + internalError);
        }

        var compiled = "not compiled (the GraphQL has errors)";
        if (!reported.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new FuzzViolation($"Valid GraphQL, but the generated code does not compile ({errors.Count} errors):\n" + string.Join("\n", errors.Take(10).Select(e => e + " @ " + Excerpt(e))));
            }

            compiled = "compiled";
        }

        var sources = run.Result.Results.Sum(r => r.GeneratedSources.Length);
        return $"{string.Join(" ", reported.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal))}; {sources} sources; {compiled}";
    }

    /// <summary>Diagnostics in a .graphql file lie inside it, at the line and column of their offset.</summary>
    private static void CheckLocations(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<(string Path, string Text)> files)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.Location.Kind == LocationKind.ExternalFile).Take(50))
        {
            var span = diagnostic.Location.GetLineSpan();
            var file = files.FirstOrDefault(f => f.Path == span.Path);
            if (file.Text is null)
            {
                throw new FuzzViolation($"{diagnostic.Id} is located in a file the project does not have: {diagnostic}");
            }

            var source = diagnostic.Location.SourceSpan;
            if (source.End > file.Text.Length || Checks.Position(file.Text, source.Start) != (span.StartLinePosition.Line, span.StartLinePosition.Character))
            {
                throw new FuzzViolation($"{diagnostic.Id}'s span {source} and line span {span.Span} disagree with the text of {span.Path}: {diagnostic}");
            }
        }
    }

    private static string Excerpt(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return string.Empty;
        }

        var text = tree.GetText();
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        return text.Lines[Math.Min(line, text.Lines.Count - 1)].ToString().Trim();
    }
}
