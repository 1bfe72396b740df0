namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// The bound operations of recent runs, by their complete input. Roslyn matches the values of a step by position, so an
/// operation inserted above others in a file shifts them, and the binding step runs again for each one it moved. Binding
/// is a pure function of its input (the operation, its validity, its group's inputs, its hint name), so those get the
/// value bound before, the very same instance, and only the new operation is bound. Bounded: the least recently used
/// entries go first.
/// </summary>
internal static class RecentBindings
{
    // More than the operations of any one project, so that an IDE session with a few projects keeps them all.
    private const int Capacity = 2048;

    private static readonly object Gate = new();
    private static readonly Dictionary<BindingInput, LinkedListNode<(BindingInput Input, BoundOperation Bound)>> ByInput = new();
    private static readonly LinkedList<(BindingInput Input, BoundOperation Bound)> ByUse = new();

    public static BoundOperation GetOrBind(BindingInput input, CancellationToken cancellationToken, Func<BindingInput, CancellationToken, BoundOperation> bind)
    {
        lock (Gate)
        {
            if (ByInput.TryGetValue(input, out var node))
            {
                ByUse.Remove(node);
                ByUse.AddFirst(node);
                return node.Value.Bound;
            }
        }

        var bound = bind(input, cancellationToken);
        lock (Gate)
        {
            if (!ByInput.ContainsKey(input))
            {
                ByInput[input] = ByUse.AddFirst((input, bound));
                while (ByUse.Count > Capacity)
                {
                    ByInput.Remove(ByUse.Last!.Value.Input);
                    ByUse.RemoveLast();
                }
            }
        }

        return bound;
    }
}
