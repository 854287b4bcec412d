using System.Collections.Concurrent;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Remembers a pure function of a string: a corpus repeats the same symbols, issuers and codes
/// thousands of times. Emptied when it grows past its bound, so odd input cannot grow it forever.
/// </summary>
public sealed class StringMemo<T>
{
    private readonly Func<string, T> compute;
    private readonly int maxEntries, maxKeyLength;
    private readonly ConcurrentDictionary<string, T> _cache = new(StringComparer.Ordinal);
    // Made once: the analyser asks for every token of every document.
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public StringMemo(Func<string, T> compute, int maxEntries = 100_000, int maxKeyLength = 200)
    {
        this.compute = compute;
        this.maxEntries = maxEntries;
        this.maxKeyLength = maxKeyLength;
        _spans = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _count;

    /// <summary>The value for a key still inside a larger text: no string is made for it when it is remembered.</summary>
    public T Get(ReadOnlySpan<char> key) => _spans.TryGetValue(key, out var value) ? value : Get(key.ToString());

    public T Get(string key)
    {
        if (_cache.TryGetValue(key, out var value)) return value;
        value = compute(key);
        if (key.Length <= maxKeyLength && _cache.TryAdd(key, value) && Interlocked.Increment(ref _count) > maxEntries)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        return value;
    }
}
