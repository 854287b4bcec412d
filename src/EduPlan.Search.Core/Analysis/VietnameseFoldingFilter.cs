using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>Rewrites each token to its form at one <see cref="MarkLevel"/> (lower case included).</summary>
public sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly MarkLevel _level;

    public VietnameseFoldingFilter(TokenStream input, MarkLevel level) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _level = level;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var folded = VietnameseFolding.Fold(_term.ToString(), _level);
        _term.SetEmpty().Append(folded);
        return true;
    }
}
