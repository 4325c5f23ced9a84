using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace CryptrecCheck.Policy.Internal;

/// <summary>
/// A thread-safe cache of bounded size for long-lived processes (an IDE session analyses arbitrary inputs for hours).
/// Two generations: entries go into the young one; when it is full it becomes the old one and the previous old one is
/// dropped. A hit in the old generation is promoted. Recently used entries therefore survive, memory stays below twice
/// the capacity, and every operation is a dictionary probe or two (no locks, no per-entry bookkeeping).
/// The young generation's size is counted here rather than read from <see cref="ConcurrentDictionary{TKey,TValue}.Count"/>,
/// which takes every lock of the dictionary (and, the first time in a process, builds an event source by reflection:
/// 66 ms of CPU in a profile of the compiler running the analyzers).
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly int _capacity;
    private readonly IEqualityComparer<TKey> _comparer;
    private volatile ConcurrentDictionary<TKey, TValue> _young;
    private volatile ConcurrentDictionary<TKey, TValue> _old;
    private int _youngCount;

    internal BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        if (capacity < 2) { throw new ArgumentOutOfRangeException(nameof(capacity)); }
        _capacity = capacity;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _young = new ConcurrentDictionary<TKey, TValue>(_comparer);
        _old = new ConcurrentDictionary<TKey, TValue>(_comparer);
    }

    /// <summary>Entries held now (both generations); at most twice the capacity. Takes every lock: for tests, not for hot paths.</summary>
    internal int Count => _young.Count + _old.Count;

    [MethodImpl(HotPath.Options)]
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
        if (Volatile.Read(ref _youngCount) >= _capacity)
        {
            lock (_gate)
            {
                if (ReferenceEquals(young, _young))
                {
                    // The count is reset before the new generation is published: a thread that sees the new one must not
                    // see the old count and swap again (retiring the new, nearly empty one and dropping the full one).
                    Volatile.Write(ref _youngCount, 0);
                    _old = young;
                    _young = young = new ConcurrentDictionary<TKey, TValue>(_comparer);
                }
                else
                {
                    young = _young;
                }
            }
        }
        // Racing adds may count an entry into the generation that was just retired: the count is approximate by a few
        // entries at a swap, which moves the next swap, never the bound of twice the capacity by more than the racing threads.
        if (young.TryAdd(key, value)) { Interlocked.Increment(ref _youngCount); }
    }
}
