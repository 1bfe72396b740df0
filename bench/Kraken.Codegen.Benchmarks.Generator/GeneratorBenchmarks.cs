using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kraken.Codegen.Benchmarks.Generator;

/// <summary>
/// The generator driven as the compiler drives it, on GitHub's schema and 150 operations (see <see cref="Workload"/>).
/// Step tracking is off, as in a normal build; <see cref="Verification"/> turns it on to check what re-ran.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class GeneratorBenchmarks
{
    private Workload _workload = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationA = null!;
    private CSharpCompilation _compilationB = null!;
    private GeneratorDriver _warmDriver = null!;
    private GeneratorDriver _editDriver = null!;
    private GeneratorDriver _csharpDriver = null!;
    private InMemoryAdditionalText _editCurrent = null!;
    private int _editNumber;
    private GeneratorDriver _buildDriver = null!;
    private List<AdditionalText> _buildFiles = null!;
    private int _buildEditNumber;
    private bool _csharpShowsB;
    private InMemoryAdditionalText _coldSchema = null!;
    private int _coldRun;
    private List<AdditionalText> _serverFiles = null!;
    private int _serverEditNumber;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Load();
        _compilation = Workload.CreateCompilation();
        _compilationA = _compilation;
        _compilationB = Workload.WithUserCode(_compilation, Workload.UserCodeB);

        // One full run per driver: the state an IDE or compiler server holds after the first build.
        _warmDriver = FirstRun();
        _editDriver = FirstRun();
        _editCurrent = _workload.EditOriginal;
        _buildDriver = FirstRun();
        _buildFiles = _workload.AllFiles().ToList();
        _csharpDriver = FirstRun();
    }

    /// <summary>
    /// The schema text differs in a trailing comment on every iteration, so the generator's in-process cache of recent
    /// schemas misses and the cold run really parses and loads the 1.2 MB schema; the root namespace differs too, so no
    /// bound operation or rendered file remembered from an earlier iteration can be reused.
    /// </summary>
    [IterationSetup(Target = nameof(ColdRun))]
    public void NewSchemaText() =>
        _coldSchema = new InMemoryAdditionalText(Workload.SchemaPath, _workload.SchemaText + "\n# cold run " + (++_coldRun).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");

    /// <summary>(1) A new driver on the full input: schema load, parsing, binding and emission of everything.</summary>
    [Benchmark]
    public GeneratorDriver ColdRun() =>
        Workload.CreateDriver(_workload.AllFiles(_coldSchema), trackSteps: false, rootNamespace: "GitHub.Client.Cold" + _coldRun.ToString(System.Globalization.CultureInfo.InvariantCulture)).RunGenerators(_compilation);

    /// <summary>
    /// Every file as a compiler server's next build reads it: new text objects with the same content (so nothing is
    /// found by reference), and the edit target at its next edit.
    /// </summary>
    [IterationSetup(Target = nameof(NewDriverOneFileEdit))]
    public void ReadFilesAnew()
    {
        var edited = _workload.Edit(++_serverEditNumber);
        _serverFiles = _workload.AllFiles()
            .Select(file => file.Path == edited.Path ? edited : file)
            .Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, new string(file.GetText()!.ToString().AsSpan())))
            .ToList();
    }

    /// <summary>
    /// (6) What a compiler server does for a one-edit build: a new driver (servers do not keep one between builds) on
    /// every file read anew, one operation edited, in a process that has run the generator before.
    /// </summary>
    [Benchmark]
    public GeneratorDriver NewDriverOneFileEdit() =>
        Workload.CreateDriver(_serverFiles, trackSteps: false).RunGenerators(_compilation);

    /// <summary>(2) The same driver run again with no change: every step cached.</summary>
    [Benchmark]
    public GeneratorDriver WarmFullRun() => _warmDriver.RunGenerators(_compilation);

    /// <summary>(3) One operation file replaced by a new version (see <see cref="Workload.Edit"/>), as a user's keystroke does.</summary>
    [Benchmark]
    public GeneratorDriver OneFileEdit()
    {
        var next = _workload.Edit(++_editNumber);
        _editDriver = _editDriver.ReplaceAdditionalText(_editCurrent, next).RunGenerators(_compilation);
        _editCurrent = next;
        return _editDriver;
    }

    /// <summary>
    /// (5) The same kind of edit, then the GraphQL analyzer on the edited files, as a build runs both: the analyzer
    /// reuses the validation the generator did for the same files.
    /// </summary>
    [Benchmark]
    public int OneFileEditWithAnalyzer()
    {
        var index = _buildFiles.FindIndex(f => f.Path == _workload.EditOriginal.Path);
        var next = _workload.Edit(++_buildEditNumber);
        _buildDriver = _buildDriver.ReplaceAdditionalText(_buildFiles[index], next).RunGenerators(_compilation);
        _buildFiles[index] = next;
        return Workload.Analyze(_compilation, _buildFiles);
    }

    /// <summary>(4) The only C# file replaced (alternating between two versions); no GraphQL input changes.</summary>
    [Benchmark]
    public GeneratorDriver CSharpOnlyEdit()
    {
        _csharpShowsB = !_csharpShowsB;
        _csharpDriver = _csharpDriver.RunGenerators(_csharpShowsB ? _compilationB : _compilationA);
        return _csharpDriver;
    }

    private GeneratorDriver FirstRun() => Workload.CreateDriver(_workload.AllFiles(), trackSteps: false).RunGenerators(_compilation);
}
