using System.Collections;
using System.Collections.Immutable;

namespace Kraken.Codegen.Generator.Common;

/// <summary>
/// An immutable array that compares element by element. Incremental-generator models hold these instead of
/// <see cref="ImmutableArray{T}"/> (which compares by reference and would defeat caching).
/// </summary>
/// <remarks>
/// A class, not a struct, on purpose: Roslyn's incremental driver instantiates its node tables, entry builders and
/// comparers over every value that flows through the pipeline. Over reference types those instantiations share one
/// compiled body (the runtime's canonical form), compiled once for all of them; over a struct each one is compiled
/// anew by the JIT in every fresh compiler process, which cost the generator's first run over five hundred methods.
/// </remarks>
public sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

    private readonly ImmutableArray<T> _items;

    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    public EquatableArray(IEnumerable<T> items) => _items = items.ToImmutableArray();

    private ImmutableArray<T> Items => _items;

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public bool IsEmpty => Items.IsEmpty;

    public bool Equals(EquatableArray<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || Items.AsSpan().SequenceEqual(other.Items.AsSpan()));

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }

        return hash;
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    public static bool operator ==(EquatableArray<T>? left, EquatableArray<T>? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(EquatableArray<T>? left, EquatableArray<T>? right) => !(left == right);
}

public static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);
}
