namespace Kraken.Codegen.Core;

/// <summary>
/// A name-keyed collection that keeps declaration order (GraphQL cares about order for printing and generation,
/// and about names for lookups).
/// </summary>
public sealed class OrderedMap<T> : IReadOnlyList<T>
    where T : Schema.SchemaElement
{
    private readonly List<T> _items = new();
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public T? this[string name] => _byName.TryGetValue(name, out var item) ? item : null;

    public bool Contains(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, out T item) => _byName.TryGetValue(name, out item!);

    /// <summary>Adds the item; returns false (and keeps the first) when the name is taken.</summary>
    public bool TryAdd(T item)
    {
        if (_byName.ContainsKey(item.Name))
        {
            return false;
        }

        _byName.Add(item.Name, item);
        _items.Add(item);
        return true;
    }

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
