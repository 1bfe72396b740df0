using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kraken.Codegen.Benchmarks.Generator;

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild properties as the compiler would pass them; no per-file metadata.</summary>
internal sealed class BenchOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly BenchOptions _global;

    public BenchOptionsProvider(IReadOnlyDictionary<string, string> global) => _global = new BenchOptions(global);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => BenchOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => BenchOptions.Empty;

    private sealed class BenchOptions : AnalyzerConfigOptions
    {
        public static readonly BenchOptions Empty = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> _values;

        public BenchOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
