using EduPlan.Search.Core.Text;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// The documents of one index generation by corpus ordinal, in arrays a collector can read per hit
/// without hashing or allocating: the metadata, the rank of the id (the tie-break of every ranking)
/// and, per facet, the number of the value each document has.
/// </summary>
internal sealed class DocumentTable
{
    public static readonly string[] FacetNames = ["province", "kind", "year", "schoolYear"];

    private readonly DocumentInfo?[] _info;
    private readonly int[] _idRank;
    private readonly int[][] _facetValue;
    private readonly string[][] _facetValues;

    public DocumentTable(IReadOnlyDictionary<int, DocumentInfo> byOrdinal)
    {
        var size = byOrdinal.Count == 0 ? 0 : byOrdinal.Keys.Max() + 1;
        _info = new DocumentInfo?[size];
        foreach (var (ordinal, info) in byOrdinal) _info[ordinal] = info;

        _idRank = new int[size];
        var inIdOrder = new List<DocumentInfo>(byOrdinal.Count);
        foreach (var (ordinal, info) in byOrdinal.OrderBy(p => p.Value.Id, StringComparer.Ordinal))
        {
            _idRank[ordinal] = inIdOrder.Count;
            inIdOrder.Add(info);
        }
        InIdOrder = inIdOrder;

        _facetValue = new int[FacetNames.Length][];
        _facetValues = new string[FacetNames.Length][];
        for (var f = 0; f < FacetNames.Length; f++)
        {
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var column = new int[size];
            for (var ordinal = 0; ordinal < size; ordinal++)
            {
                column[ordinal] = -1;
                if (_info[ordinal] is { } info && FacetOf(info, f) is { } value)
                {
                    if (!numbers.TryGetValue(value, out var n)) numbers[value] = n = numbers.Count;
                    column[ordinal] = n;
                }
            }
            _facetValue[f] = column;
            _facetValues[f] = numbers.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        }
    }

    private static string? FacetOf(DocumentInfo info, int facet) => facet switch
    {
        0 => info.Province,
        1 => info.Kind,
        2 => info.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => info.SchoolYear,
    };

    /// <summary>Every document, by id in ordinal string order.</summary>
    public IReadOnlyList<DocumentInfo> InIdOrder { get; }

    public bool Contains(int ordinal) => (uint)ordinal < (uint)_info.Length && _info[ordinal] is not null;

    public DocumentInfo this[int ordinal] => _info[ordinal]!;

    /// <summary>Where the document's id falls in ordinal string order: ties in score go to the smaller id.</summary>
    public int IdRank(int ordinal) => _idRank[ordinal];

    /// <summary>Counters for <see cref="Count"/>, one array per facet.</summary>
    public int[][] NewFacetCounters() => _facetValues.Select(v => new int[v.Length]).ToArray();

    public void Count(int[][] counters, int ordinal)
    {
        for (var f = 0; f < counters.Length; f++)
            if (_facetValue[f][ordinal] is var n and >= 0) counters[f][n]++;
    }

    /// <summary>Each facet's values that matched, most frequent first, then by value.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Facets(int[][] counters)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var f = 0; f < FacetNames.Length; f++)
            facets[FacetNames[f]] = counters[f].Select((count, n) => new FacetValue(_facetValues[f][n], count))
                .Where(v => v.Count > 0)
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, VietnameseOrder.Comparer).ToList();
        return facets;
    }
}
