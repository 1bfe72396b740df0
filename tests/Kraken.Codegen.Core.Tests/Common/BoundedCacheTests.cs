using Kraken.Codegen.Core;

namespace Kraken.Codegen.Core.Tests.Common;

/// <summary>The process-wide caches keep what was used last, within their entry and weight limits, from any thread.</summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public void The_least_recently_used_entry_goes_first_when_the_entry_limit_is_reached()
    {
        var cache = new BoundedCache<string, string>(maxEntries: 2, maxWeight: 100, _ => 1);
        cache.GetOrAdd("a", "A", s => s);
        cache.GetOrAdd("b", "B", s => s);
        Assert.True(cache.TryGet("a", out _)); // a is now more recent than b
        cache.GetOrAdd("c", "C", s => s);

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal("A", a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Entries_go_when_their_total_weight_exceeds_the_limit_and_a_value_heavier_than_the_limit_is_not_kept()
    {
        var cache = new BoundedCache<int, string>(maxEntries: 100, maxWeight: 10, text => text.Length);
        cache.GetOrAdd(1, "12345", s => s);
        cache.GetOrAdd(2, "1234", s => s);
        Assert.Equal(9, cache.Weight);
        cache.GetOrAdd(3, "123", s => s);

        Assert.False(cache.TryGet(1, out _));
        Assert.Equal(7, cache.Weight);

        var heavy = cache.GetOrAdd(4, new string('x', 11), s => s);
        Assert.Equal(11, heavy.Length);
        Assert.False(cache.TryGet(4, out _));
        Assert.Equal(7, cache.Weight);
    }

    [Fact]
    public void A_remembered_value_is_returned_without_creating_it_again()
    {
        var cache = new BoundedCache<string, object>(maxEntries: 10, maxWeight: 10, _ => 1);
        var created = 0;
        var first = cache.GetOrAdd("key", 0, _ => { created++; return new object(); });
        var second = cache.GetOrAdd(new string("key".ToCharArray()), 0, _ => { created++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, created);
    }

    [Fact]
    public void Many_threads_at_once_get_one_value_per_key_and_the_limits_hold()
    {
        var cache = new BoundedCache<int, string>(maxEntries: 50, maxWeight: 1_000, text => text.Length);
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<int, System.Collections.Concurrent.ConcurrentBag<string>>();
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var key = i % 40;
            var value = cache.GetOrAdd(key, key, k => "value" + k.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("value" + key.ToString(System.Globalization.CultureInfo.InvariantCulture), value);
            seen.GetOrAdd(key, _ => new()).Add(value);
        });

        // 40 keys fit: every key holds one value, every caller got that value, and the weight adds up.
        Assert.Equal(40, cache.Count);
        Assert.Equal(Enumerable.Range(0, 40).Sum(k => ("value" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)).Length), cache.Weight);
        foreach (var key in Enumerable.Range(0, 40))
        {
            Assert.True(cache.TryGet(key, out var value));
            // A value created by a thread that lost the race to store it is never handed out.
            Assert.All(seen[key], returned => Assert.Same(value, returned));
        }
    }
}
