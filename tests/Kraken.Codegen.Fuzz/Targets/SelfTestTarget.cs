using Kraken.Codegen.Fuzz.Corpus;
using Kraken.Codegen.Fuzz.Harness;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>
/// Inputs that fail on purpose, in every way the supervisor must notice: an exception, a failed check, a stack
/// overflow, a hang and an input slower than the limit. The harness's own tests run it and compare the report with
/// the kinds <see cref="KindOf"/> says each input has; it is not part of "all".
/// </summary>
public sealed class SelfTestTarget : FuzzTarget
{
    public const string TargetName = "self-test";

    public enum Kind : byte
    {
        Fine,
        Throws,
        FailsCheck,
        OverflowsStack,
        Hangs,
        Slow,
    }

    public override string Name => TargetName;

    public override string Description => "the harness's own check: inputs that throw, fail a check, overflow the stack, hang or are slow on purpose";

    public override int FullCount => 40;

    public override int SampleCount => 40;

    public override Task PrepareAsync(Corpora corpora) => Task.CompletedTask;

    public static Kind KindOf(Random random) => random.Next(20) switch
    {
        0 => Kind.Throws,
        1 => Kind.FailsCheck,
        2 => Kind.OverflowsStack,
        3 => Kind.Hangs,
        4 => Kind.Slow,
        _ => Kind.Fine,
    };

    public override byte[] CreateInput(Random random) => [(byte)KindOf(random)];

    public override string Execute(byte[] input)
    {
        switch ((Kind)input[0])
        {
            case Kind.Throws:
                throw new InvalidOperationException("Thrown on purpose.");
            case Kind.FailsCheck:
                throw new FuzzViolation("A check failed on purpose.");
            case Kind.OverflowsStack:
                return Recurse(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case Kind.Hangs:
                Thread.Sleep(Timeout.Infinite);
                return "never";
            case Kind.Slow:
                Thread.Sleep(TimeSpan.FromSeconds(2.5));
                return "slow";
            default:
                return "fine";
        }
    }

    // Not tail-recursive and not inlinable, so the JIT cannot turn it into a loop.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long Recurse(long depth) => depth < 0 ? depth : Recurse(depth + 1) + 1;
}
