using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Normalises a symbol token the way citations are identified (no spaces, no "&amp;":
/// "4725/QĐ-BGD&amp;ĐT" = "4725/QĐ-BGDĐT") and also indexes its parts at the same position, so
/// "2457", "QĐ 2457", "29-CT" and "2457/QĐ" find "2457/QĐ-BGDĐT" or "29-CT/TW" as users type them.
/// Words lose their "&amp;" too: "GD&amp;ĐT" = "GDĐT". A percentage is its number, with the figure written whole at its position
/// ("12%" is 12 and 12%): "12" finds it, and "12%" finds no day of a date or document's number.
/// </summary>
public sealed class InstrumentSymbolFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private State? _pending;
    private readonly Queue<string> _pendingParts = new();

    public InstrumentSymbolFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingParts.TryDequeue(out var part))
        {
            RestoreState(_pending);
            _term.SetEmpty().Append(part);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var text = _term.ToString();
        if (text.IndexOf('&') < 0 && text.IndexOf('/') < 0 && text.IndexOf('%') < 0) return true;
        var (term, parts) = Read(text);
        _term.SetEmpty().Append(term);
        foreach (var p in parts) _pendingParts.Enqueue(p);
        if (_pendingParts.Count > 0) _pending = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _pendingParts.Clear();
    }

    /// <summary>What a token holding "&amp;", "/" or "%" is indexed as: its term, and what is indexed beside it at its position.</summary>
    public static (string Term, IEnumerable<string> Parts) Read(string raw)
    {
        var normalised = Normalize(raw);
        // A decimal percentage ("70,1%") is its last number, which follows its whole part's, with the figure beside it.
        return normalised.EndsWith('%') ? (normalised[(normalised.AsSpan(0, normalised.Length - 1).LastIndexOfAny(',', '.') + 1)..^1], [normalised])
            : (normalised, PartsOf(raw, normalised));
    }

    /// <summary>A symbol as one word: no spaces, no "&amp;", and its dashes hyphens ("29 – NQ/TW", the hyphen Word made a dash between spaces).</summary>
    public static string Normalize(string symbol)
    {
        var chars = new char[symbol.Length];
        var n = 0;
        foreach (var c in symbol)
            if (c != '&' && !char.IsWhiteSpace(c)) chars[n++] = VietnameseFolding.IsDash(c) ? '-' : c;
        return new string(chars, 0, n);
    }

    /// <summary>
    /// What is indexed beside a token at its position: a symbol's parts, or the abbreviations an "&amp;" joins, each of two letters or
    /// more and one longer ("GDNN&amp;GDTX" is GDNN and GDTX, so "GDTX" finds the centre's name; "GD&amp;ĐT" is one abbreviation).
    /// </summary>
    /// <param name="raw">The token as written.</param>
    /// <param name="normalised">The same, <see cref="Normalize"/>d.</param>
    private static IEnumerable<string> PartsOf(string raw, string normalised)
    {
        if (normalised.IndexOf('/') > 0) return Parts(normalised);
        if (raw.IndexOf('&') < 0) return [];
        var joined = raw.Split('&', StringSplitOptions.RemoveEmptyEntries);
        return joined.Length > 1 && joined.All(p => p.Length > 1) && joined.Any(p => p.Length > 2) ? joined.Distinct(StringComparer.OrdinalIgnoreCase) : [];
    }

    /// <summary>
    /// A normalised symbol's parts, number first: "30/2021/QĐ-TTg" is 30, 2021, QĐ and TTg; "29-CT/TW" is 29,
    /// CT and TW. A part appears once, whatever its case ("QĐ/qđ" is one part), and only with a letter or digit.
    /// Compared ignoring case, not lower-cased: lower-casing every part of every symbol went through ICU, a thirtieth of a build.
    /// </summary>
    public static IEnumerable<string> Parts(string symbol) =>
        symbol.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Any(char.IsLetterOrDigit)).Distinct(StringComparer.OrdinalIgnoreCase);
}
