namespace Kraken.Codegen.Fuzz.Harness;

/// <summary>
/// One thing under test. A target makes its inputs (from a corpus, by mutation) and runs one input at a time. An
/// exception out of <see cref="Execute"/> is a finding: <see cref="FuzzViolation"/> when the target's own check
/// failed (a wrong location, code that does not compile), any other exception when the code under test threw. Hangs
/// and stack overflows are found by the supervisor, which runs targets in worker processes.
/// </summary>
/// <remarks>
/// To add a target: derive from this class and add one line to <see cref="FuzzTargets"/>. Inputs are bytes so that a
/// target can feed anything (UTF-16 text with lone surrogates, invalid UTF-8, binary frames); <see cref="TextInput"/>
/// converts text without loss.
/// </remarks>
public abstract class FuzzTarget
{
    /// <summary>The name on the command line and in findings (lower case, no spaces).</summary>
    public abstract string Name { get; }

    /// <summary>One line for <c>list</c>: what is driven with what.</summary>
    public abstract string Description { get; }

    /// <summary>Inputs in the full run.</summary>
    public abstract int FullCount { get; }

    /// <summary>Inputs in the test suite's seeded sample (a few seconds).</summary>
    public abstract int SampleCount { get; }

    /// <summary>Loads the corpus and everything execution needs (compilations, servers). Runs once per worker.</summary>
    public abstract Task PrepareAsync(Corpus.Corpora corpora);

    /// <summary>Makes one input; the same random sequence always gives the same input.</summary>
    public abstract byte[] CreateInput(Random random);

    /// <summary>
    /// Runs one input and returns a short, stable description of what came out (diagnostics with positions, the
    /// exception type of a rejected response…), which regression files pin. Throws on a finding.
    /// </summary>
    public abstract string Execute(byte[] input);

    /// <summary>
    /// Runs something typical once before inputs are timed, so that the first input does not carry the JIT and caches
    /// of the whole process (seconds for the generator and the compiler).
    /// </summary>
    public virtual void WarmUp()
    {
    }

    /// <summary>
    /// How long the code under test took in the last <see cref="Execute"/>, when the target does more than run it
    /// (the generator target also compiles the generated code); null means the whole call. The time limit applies to it.
    /// </summary>
    public TimeSpan? TimeUnderTest { get; protected set; }
}

/// <summary>A check of the target failed: the code under test did not throw, but what it produced is wrong.</summary>
public sealed class FuzzViolation : Exception
{
    public FuzzViolation(string message)
        : base(message)
    {
    }
}

/// <summary>The input belongs to a corpus this checkout lacks (the UK corpus without ../shared): it cannot run here.</summary>
public sealed class CorpusMissingException : Exception
{
    public CorpusMissingException(string message)
        : base(message)
    {
    }
}
