using System.Collections.Concurrent;
using System.Diagnostics;
using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;

namespace Kraken.Codegen.Fuzz.Tests;

/// <summary>
/// Every input the fuzzer found a problem with, kept under Regressions/&lt;target&gt;/ as it was found, run again
/// through the same target: it must finish (well within the harness's time limit) with the outcome recorded beside
/// it in &lt;name&gt;.expected.txt, the behaviour of the fix. Adding a finding is adding its two files.
/// </summary>
public sealed class RegressionTests
{
    /// <summary>Generous on a loaded machine; the hangs these inputs were found with lasted a minute and more.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static readonly ConcurrentDictionary<string, Lazy<FuzzTarget>> Targets = new();

    public static TheoryData<string, string> Inputs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Regressions"), "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileNameWithoutExtension(file));
            }

            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void A_kept_input_has_its_recorded_outcome(string target, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Regressions", target);
        var input = File.ReadAllBytes(Path.Combine(folder, name + ".bin"));
        var expectedFile = Path.Combine(folder, name + ".expected.txt");
        var runner = Targets.GetOrAdd(target, _ => new Lazy<FuzzTarget>(() => Prepare(target))).Value;

        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            outcome = runner.Execute(input);
        }
        catch (CorpusMissingException exception)
        {
            throw new SkipException(exception.Message);
        }

        Assert.True(watch.Elapsed < Limit, $"{target}/{name} took {watch.Elapsed.TotalSeconds:F1} s.");
        Assert.True(File.Exists(expectedFile), $"Record the outcome of {target}/{name} in {name}.expected.txt:\n{outcome}");
        Assert.Equal(File.ReadAllText(expectedFile).TrimEnd(), outcome);
    }

    private static FuzzTarget Prepare(string name)
    {
        var target = FuzzTargets.Create(name);
        target.PrepareAsync(Corpora.Load()).GetAwaiter().GetResult();
        return target;
    }
}
