namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// The bound operations of recent runs, by their complete input. Roslyn matches the values of a step by position, so an
/// operation inserted above others in a file shifts them, and the binding step runs again for each one it moved. Binding
/// is a pure function of its input (the operation, its validity, its group's inputs, its hint name), so those get the
/// value bound before, the very same instance, and only the new operation is bound. Entries are keyed by plain values
/// (no schema model is kept alive by them) and bounded: the least recently used go first.
/// </summary>
internal static class RecentBindings
{
    // Enough for the operations of a large project; each entry holds one operation's specs (tens of kilobytes at most).
    private const int Capacity = 512;

    private static readonly object Gate = new();
    private static readonly Dictionary<Key, LinkedListNode<(Key Key, BoundOperation Bound)>> ByKey = new();
    private static readonly LinkedList<(Key Key, BoundOperation Bound)> ByUse = new();

    public static BoundOperation GetOrBind(BindingInput input, CancellationToken cancellationToken, Func<BindingInput, CancellationToken, BoundOperation> bind)
    {
        var key = new Key(input.Operation, input.HintName, input.Group?.Key);
        lock (Gate)
        {
            if (ByKey.TryGetValue(key, out var node))
            {
                ByUse.Remove(node);
                ByUse.AddFirst(node);
                return node.Value.Bound;
            }
        }

        var bound = bind(input, cancellationToken);
        lock (Gate)
        {
            if (!ByKey.ContainsKey(key))
            {
                ByKey[key] = ByUse.AddFirst((key, bound));
                while (ByUse.Count > Capacity)
                {
                    ByKey.Remove(ByUse.Last!.Value.Key);
                    ByUse.RemoveLast();
                }
            }
        }

        return bound;
    }

    private sealed record Key(CheckedOperation Operation, string HintName, Binding.GroupBindingKey? Group);
}
