namespace Kraken.Codegen.Core;

/// <summary>
/// A thread-safe map from plain values to results, bounded by entry count and by a total weight (for example the
/// characters of the cached text): the least recently used entries go first. The generator keeps work here that a new
/// generator driver in the same process (a compiler server's next build, an IDE's next compilation) would otherwise
/// redo. Keys and values must be plain values compared by content; never Roslyn objects or a schema model, which
/// would keep a compilation alive.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly IEqualityComparer<TKey> _comparer;
    private readonly Dictionary<HashedKey, LinkedListNode<Entry>> _byKey;
    private readonly LinkedList<Entry> _byUse = new();
    private readonly int _maxEntries;
    private readonly long _maxWeight;
    private readonly Func<TValue, long> _weigh;
    private long _weight;

    public BoundedCache(int maxEntries, long maxWeight, Func<TValue, long> weigh, IEqualityComparer<TKey>? comparer = null)
    {
        _maxEntries = maxEntries;
        _maxWeight = maxWeight;
        _weigh = weigh;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _byKey = new Dictionary<HashedKey, LinkedListNode<Entry>>(new HashedKeyComparer(_comparer));
    }

    /// <summary>The number of entries held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byKey.Count;
            }
        }
    }

    /// <summary>The total weight of the entries held.</summary>
    public long Weight
    {
        get
        {
            lock (_gate)
            {
                return _weight;
            }
        }
    }

    /// <summary>
    /// The value cached for <paramref name="key"/>, or a new one from <paramref name="create"/>, which runs outside the
    /// lock (two threads asking for the same new key may both create it; the first stored wins and both return it).
    /// </summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TState, TValue> create)
    {
        var hashed = Hash(key);
        if (TryGet(hashed, out var cached))
        {
            return cached;
        }

        var created = create(state);
        var weight = _weigh(created);
        lock (_gate)
        {
            if (_byKey.TryGetValue(hashed, out var node))
            {
                Touch(node);
                return node.Value.Value;
            }

            if (weight > _maxWeight)
            {
                // Larger than the whole budget: returned, not kept.
                return created;
            }

            _byKey[hashed] = _byUse.AddFirst(new Entry(hashed, created, weight));
            _weight += weight;
            while (_byUse.Count > _maxEntries || _weight > _maxWeight)
            {
                var last = _byUse.Last!;
                _byUse.RemoveLast();
                _byKey.Remove(last.Value.Key);
                _weight -= last.Value.Weight;
            }
        }

        return created;
    }

    public bool TryGet(TKey key, out TValue value) => TryGet(Hash(key), out value);

    // Keys are hashed once, outside the lock: a key can be a whole spec, whose hash walks all of it, and threads
    // rendering in parallel would otherwise wait on each other's hashing.
    private HashedKey Hash(TKey key) => new(key, _comparer.GetHashCode(key));

    private bool TryGet(HashedKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var node))
            {
                Touch(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        if (node != _byUse.First)
        {
            _byUse.Remove(node);
            _byUse.AddFirst(node);
        }
    }

    private readonly record struct Entry(HashedKey Key, TValue Value, long Weight);

    // A class, not a struct: the dictionary over it then runs the framework's precompiled code for reference types,
    // where a struct key would cost a fresh compiler process its JIT compilation.
    private sealed class HashedKey
    {
        public HashedKey(TKey key, int hash)
        {
            Key = key;
            Hash = hash;
        }

        public TKey Key { get; }

        public int Hash { get; }
    }

    private sealed class HashedKeyComparer : IEqualityComparer<HashedKey>
    {
        private readonly IEqualityComparer<TKey> _keys;

        public HashedKeyComparer(IEqualityComparer<TKey> keys) => _keys = keys;

        public bool Equals(HashedKey? x, HashedKey? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.Hash == y.Hash && _keys.Equals(x.Key, y.Key));

        public int GetHashCode(HashedKey key) => key.Hash;
    }
}
