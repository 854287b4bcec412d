using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Normalises a symbol token the way citations are identified (no spaces, no "&amp;":
/// "4725/QĐ-BGD&amp;ĐT" = "4725/QĐ-BGDĐT") and also indexes its number at the same position, so
/// "2457" finds "2457/QĐ-BGDĐT". Words lose their "&amp;" too: "GD&amp;ĐT" = "GDĐT".
/// </summary>
public sealed class InstrumentSymbolFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private State? _pending;
    private string? _pendingNumber;

    public InstrumentSymbolFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingNumber is not null)
        {
            RestoreState(_pending);
            _term.SetEmpty().Append(_pendingNumber);
            _position.PositionIncrement = 0;
            _pendingNumber = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var text = _term.ToString();
        if (text.IndexOf('&') < 0 && text.IndexOf('/') < 0) return true;
        var normalised = Normalize(text);
        _term.SetEmpty().Append(normalised);
        if (normalised.IndexOf('/') > 0)
        {
            _pendingNumber = LeadingNumber(normalised);
            _pending = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _pendingNumber = null;
    }

    public static string Normalize(string symbol)
    {
        var chars = new char[symbol.Length];
        var n = 0;
        foreach (var c in symbol)
            if (c != '&' && !char.IsWhiteSpace(c)) chars[n++] = c;
        return new string(chars, 0, n);
    }

    private static string LeadingNumber(string symbol)
    {
        var n = 0;
        while (n < symbol.Length && char.IsDigit(symbol[n])) n++;
        return symbol[..n];
    }
}
