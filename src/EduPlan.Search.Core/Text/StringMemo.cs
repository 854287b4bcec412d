using System.Collections.Concurrent;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Remembers a pure function of a string: a corpus repeats the same symbols, issuers and codes
/// thousands of times. Emptied when it grows past its bound, so odd input cannot grow it forever.
/// </summary>
public sealed class StringMemo<T>(Func<string, T> compute, int maxEntries = 100_000, int maxKeyLength = 200)
{
    private readonly ConcurrentDictionary<string, T> _cache = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Spans => _cache.GetAlternateLookup<ReadOnlySpan<char>>();

    // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _count;

    /// <summary>The value for a key still inside a larger text: no string is made for it when it is remembered.</summary>
    public T Get(ReadOnlySpan<char> key) => Spans.TryGetValue(key, out var value) ? value : Get(key.ToString());

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
