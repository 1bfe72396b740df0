using Kraken.Codegen.Fuzz.Harness;
using Xunit.Abstractions;

namespace Kraken.Codegen.Fuzz.Tests;

/// <summary>
/// A seeded sample of every target, supervised in worker processes like the full run (README: the full run's counts
/// and how to run it). Each must end with no crash, no failed check, no hang over 2 s and no stack overflow.
/// </summary>
public sealed class SeededSampleTests
{
    /// <summary>Fixed, so that a failure here reproduces with the same command line.</summary>
    public const long Seed = 20251201;

    private readonly ITestOutputHelper _output;

    public SeededSampleTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("operations")]
    [InlineData("sdl")]
    [InlineData("introspection")]
    [InlineData("generator")]
    [InlineData("responses")]
    [InlineData("lsp-frames")]
    public async Task A_seeded_sample_has_no_finding(string target)
    {
        var (reports, output) = await FuzzRun.RunAsync("--target", target, "--sample", "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var report = Assert.Single(reports);
        _output.WriteLine(report.ToString());
        Assert.Equal(FuzzTargets.Create(target).SampleCount, report.Executed);
        Assert.True(report.Clean, $"Findings (replay with: dotnet run --project tests/Kraken.Codegen.Fuzz -- run --target {target} --sample --seed {Seed}):\n{output}");
    }
}
