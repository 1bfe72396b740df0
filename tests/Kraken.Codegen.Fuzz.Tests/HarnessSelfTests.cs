using Kraken.Codegen.Fuzz.Harness;
using Kraken.Codegen.Fuzz.Targets;

namespace Kraken.Codegen.Fuzz.Tests;

/// <summary>
/// The harness notices every way an input can go wrong, at the right input, and carries on after each: without this,
/// "0 stack overflows" could mean that overflows go unnoticed. The self-test target fails on purpose.
/// </summary>
public sealed class HarnessSelfTests
{
    private const long Seed = 7;

    [Fact]
    public async Task Exceptions_failed_checks_stack_overflows_hangs_and_slow_inputs_are_each_reported_at_their_input()
    {
        // As many inputs as it takes for every kind to turn up at least once.
        var kinds = new List<SelfTestTarget.Kind>();
        while (Enum.GetValues<SelfTestTarget.Kind>().Except(kinds).Any())
        {
            kinds.Add(SelfTestTarget.KindOf(FuzzRandom.For(Seed, kinds.Count)));
        }

        var (reports, output) = await FuzzRun.RunAsync("--target", SelfTestTarget.TargetName, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--count", kinds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--hang-kill-s", "5");

        var report = Assert.Single(reports);
        Assert.Equal(kinds.Count, report.Executed);
        var expected = kinds.Select((kind, index) => (Kind: kind, Index: (long)index))
            .Where(k => k.Kind != SelfTestTarget.Kind.Fine)
            .Select(k => (k.Kind switch
            {
                SelfTestTarget.Kind.Throws => FindingKind.Crash,
                SelfTestTarget.Kind.FailsCheck => FindingKind.Violation,
                SelfTestTarget.Kind.OverflowsStack => FindingKind.StackOverflow,
                _ => FindingKind.Hang,
            }, k.Index))
            .OrderBy(f => f.Index);
        Assert.True(
            expected.SequenceEqual(report.Findings.Select(f => (f.Kind, f.Index))),
            $"Expected {string.Join(", ", expected)}; got {string.Join(", ", report.Findings.Select(f => (f.Kind, f.Index)))}\n{output}");
        Assert.All(report.Findings, finding => Assert.True(finding.File is not null && finding.Details.Length > 0, finding.ToString()));
    }
}
