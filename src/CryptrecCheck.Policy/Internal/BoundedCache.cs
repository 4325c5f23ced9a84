using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Internal;

/// <summary>
/// A thread-safe cache of bounded size for long-lived processes (an IDE session analyses arbitrary inputs for hours).
/// Two generations: entries go into the young one; when it is full it becomes the old one and the previous old one is
/// dropped. A hit in the old generation is promoted. Recently used entries therefore survive, memory stays below twice
/// the capacity, and every operation is a dictionary probe or two (no locks, no per-entry bookkeeping).
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly int _capacity;
    private readonly IEqualityComparer<TKey> _comparer;
    private volatile ConcurrentDictionary<TKey, TValue> _young;
    private volatile ConcurrentDictionary<TKey, TValue> _old;

    internal BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        if (capacity < 2) { throw new ArgumentOutOfRangeException(nameof(capacity)); }
        _capacity = capacity;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _young = new ConcurrentDictionary<TKey, TValue>(_comparer);
        _old = new ConcurrentDictionary<TKey, TValue>(_comparer);
    }

    /// <summary>Entries held now (both generations); at most twice the capacity.</summary>
    internal int Count => _young.Count + _old.Count;

    internal TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        var young = _young;
        if (young.TryGetValue(key, out var v)) { return v; }
        if (_old.TryGetValue(key, out v))
        {
            Add(key, v);
            return v;
        }
        v = create(key);
        Add(key, v);
        return v;
    }

    private void Add(TKey key, TValue value)
    {
        var young = _young;
        if (young.Count >= _capacity)
        {
            lock (_gate)
            {
                if (ReferenceEquals(young, _young))
                {
                    _old = young;
                    _young = young = new ConcurrentDictionary<TKey, TValue>(_comparer);
                }
                else
                {
                    young = _young;
                }
            }
        }
        young.TryAdd(key, value);
    }
}
