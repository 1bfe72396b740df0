namespace Kraken.Codegen.Core;

/// <summary>
/// A name-keyed collection that keeps declaration order (GraphQL cares about order for printing and generation,
/// and about names for lookups). Most maps in a schema are empty or tiny (a field's arguments), so storage is
/// allocated on first use and the name index only once the map grows past a few items.
/// </summary>
public sealed class OrderedMap<T> : IReadOnlyList<T>
    where T : Schema.SchemaElement
{
    private const int IndexThreshold = 8;

    private List<T>? _items;
    private Dictionary<string, T>? _byName;

    public int Count => _items?.Count ?? 0;

    public T this[int index] => (_items ?? throw new ArgumentOutOfRangeException(nameof(index)))[index];

    public T? this[string name] => TryGet(name, out var item) ? item : null;

    public bool Contains(string name) => TryGet(name, out _);

    public bool TryGet(string name, out T item)
    {
        if (_byName is not null)
        {
            return _byName.TryGetValue(name, out item!);
        }

        if (_items is not null)
        {
            foreach (var candidate in _items)
            {
                if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
                {
                    item = candidate;
                    return true;
                }
            }
        }

        item = null!;
        return false;
    }

    /// <summary>Adds the item; returns false (and keeps the first) when the name is taken.</summary>
    public bool TryAdd(T item)
    {
        if (TryGet(item.Name, out _))
        {
            return false;
        }

        _items ??= new List<T>();
        _items.Add(item);
        if (_byName is not null)
        {
            _byName.Add(item.Name, item);
        }
        else if (_items.Count > IndexThreshold)
        {
            _byName = new Dictionary<string, T>(_items.Count * 2, StringComparer.Ordinal);
            foreach (var existing in _items)
            {
                _byName.Add(existing.Name, existing);
            }
        }

        return true;
    }

    public IEnumerator<T> GetEnumerator() => (_items ?? (IEnumerable<T>)Array.Empty<T>()).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
