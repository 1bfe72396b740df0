using Kraken.Codegen.Core;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// The bound operations of recent runs, by their complete input. Binding is a pure function of its input (the
/// operation, its validity, its group's inputs, its hint name), so an input seen before gets the value bound before,
/// the very same instance. Two cases need this beyond Roslyn's own caching: Roslyn matches the values of a step by
/// position, so an operation inserted above others in a file shifts them and the binding step runs again for each one
/// it moved; and a compiler server starts a new generator driver for every build, which has no cached step values at
/// all. Entries are keyed by plain values (no schema model is kept alive by them) and bounded: the least recently used
/// go first.
/// </summary>
internal static class RecentBindings
{
    // Enough for the operations of a few large projects built by one compiler server; each entry holds one operation's
    // specs (tens of kilobytes at most).
    public const int Capacity = 2048;

    private static readonly BoundedCache<Key, BoundOperation> Cache = new(Capacity, maxWeight: Capacity, _ => 1);

    public static BoundOperation GetOrBind(BindingInput input, CancellationToken cancellationToken, Func<BindingInput, CancellationToken, BoundOperation> bind) =>
        Cache.GetOrAdd(KeyOf(input), (input, cancellationToken, bind), static state => state.bind(state.input, state.cancellationToken));

    /// <summary>Whether an equal input was bound recently (its value is held).</summary>
    public static bool Holds(BindingInput input) => Cache.TryGet(KeyOf(input), out _);

    private static Key KeyOf(BindingInput input) => new(input.Operation, input.HintName, input.Group?.Key);

    private sealed record Key(CheckedOperation Operation, string HintName, Binding.GroupBindingKey? Group);
}
