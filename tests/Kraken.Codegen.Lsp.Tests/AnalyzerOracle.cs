using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Kraken.Codegen.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>One diagnostic as both sides can state it: ID, message and zero-based range.</summary>
internal sealed record ComparableDiagnostic(string Path, string Id, string Message, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public override string ToString() => $"{Path}({StartLine},{StartCharacter})-({EndLine},{EndCharacter}) {Id}: {Message}";

    public static ComparableDiagnostic FromLsp(string path, JsonNode diagnostic)
    {
        var range = diagnostic["range"]!;
        return new ComparableDiagnostic(
            path,
            (string)diagnostic["code"]!,
            (string)diagnostic["message"]!,
            (int)range["start"]!["line"]!,
            (int)range["start"]!["character"]!,
            (int)range["end"]!["line"]!,
            (int)range["end"]!["character"]!);
    }
}

/// <summary>
/// Runs the real <see cref="GraphQLDocumentAnalyzer"/> the way the compiler does (CompilationWithAnalyzers) over files
/// given as additional files with their MSBuild properties and item metadata.
/// </summary>
internal static class AnalyzerOracle
{
    public static IReadOnlyList<ComparableDiagnostic> Analyze(
        IEnumerable<(string Path, string Text)> files,
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, string>? kindByPath = null)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var global = (properties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value);
        var perFile = (kindByPath ?? new Dictionary<string, string>()).ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.GraphQLKind"] = p.Value });
        var compilation = CSharpCompilation.Create(
            "Oracle",
            new[] { CSharpSyntaxTree.ParseText("namespace Placeholder { internal static class Empty { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(texts, new OptionsProvider(global, perFile));
        var diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GraphQLDocumentAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
        return diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return new ComparableDiagnostic(span.Path, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character);
        }).ToList();
    }

    public static IEnumerable<(string Path, string Text)> Read(IEnumerable<string> paths) => paths.Select(p => (p, File.ReadAllText(p)));

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _perFile;

        public OptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            _global = new Options(global);
            _perFile = perFile;
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(_perFile.TryGetValue(textFile.Path, out var values) ? values : new Dictionary<string, string>());
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
