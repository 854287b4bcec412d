using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;
using FsCheck.Xunit;

namespace EduPlan.Search.Tests.Properties;

/// <summary>Folding and the analysis chain over random text biased towards hard cases.</summary>
public sealed class AnalysisProperties
{
    private static readonly MarkLevel[] Levels = [MarkLevel.Exact, MarkLevel.ToneFolded, MarkLevel.Folded];

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Normalizing_analysing_and_folding_never_throw(HardText input)
    {
        var normal = VietnameseFolding.NormalizeText(input.Value);
        AnalyzedToken.Analyze(input.Value);
        foreach (var token in AnalyzedToken.Analyze(normal))
            foreach (var level in Levels)
                VietnameseFolding.Fold(token.Exact, level);
        foreach (var level in Levels) VietnameseFolding.Fold(normal, level);
        VietnameseFolding.TypedLevel(normal);
    }

    /// <summary>The one-pass analysis scans words by hand and leaves symbols to the tokenizer's expression: the tokens must be the Lucene chain's.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public void The_one_pass_analysis_reads_the_tokens_the_Lucene_chain_reads(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        Assert.Equal(AnalyzedToken.AnalyzeWithLucene(text), AnalyzedToken.Analyze(text));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Normalized_text_is_nfc_and_free_of_lone_surrogates_and_controls(HardText input)
    {
        var normal = VietnameseFolding.NormalizeText(input.Value);
        Assert.Equal(Unicode.Nfc(normal), normal);
        for (var i = 0; i < normal.Length; i++)
        {
            var c = normal[i];
            if (char.IsHighSurrogate(c)) { Assert.True(i + 1 < normal.Length && char.IsLowSurrogate(normal[i + 1]), $"lone high surrogate at {i}"); i++; continue; }
            Assert.False(char.IsLowSurrogate(c), $"lone low surrogate at {i}");
            Assert.False(char.IsControl(c) && c is not ('\n' or '\r' or '\t'), $"control U+{(int)c:X4} at {i}");
        }
        Assert.Equal(normal, VietnameseFolding.NormalizeText(normal));
    }

    /// <summary>FoldAll takes a table for text it covers; wherever it does, ICU must say the same.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Folding_through_the_table_agrees_with_icu(HardText input)
    {
        foreach (var text in new[] { input.Value, Unicode.Nfc(input.Value), Unicode.Nfd(input.Value) })
            foreach (var word in text.Split(' ').Append(text))
                if (AsciiFolding.TryFold(word) is { } folded)
                    Assert.True(folded == VietnameseFolding.RemoveMarks(word),
                        $"table {Unicode.Show(folded)}, ICU {Unicode.Show(VietnameseFolding.RemoveMarks(word))} for {Unicode.Show(word)}");
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Each_fold_is_idempotent(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        var words = new List<string> { text };
        words.AddRange(AnalyzedToken.Analyze(text).Select(t => t.Exact));
        words.AddRange(text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var word in words)
            foreach (var level in Levels)
            {
                var once = VietnameseFolding.Fold(word, level);
                Assert.True(once == VietnameseFolding.Fold(once, level),
                    $"{level}: Fold({Unicode.Show(word)}) = {Unicode.Show(once)} but folding that again gives {Unicode.Show(VietnameseFolding.Fold(once, level))}");
            }
    }

    /// <summary>A tone-folded word is sought as its exact forms (ToneFoldedQuery): every word's exact form must be among them.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Every_exact_form_is_among_the_forms_its_tone_folded_form_stands_for(HardText input)
    {
        foreach (var token in AnalyzedToken.Analyze(VietnameseFolding.NormalizeText(input.Value)))
        {
            var forms = VietnameseFolding.EveryTone(token.ToneFolded);
            Assert.True(forms.Contains(token.Exact), $"{Unicode.Show(token.Exact)} is not among {string.Join(", ", forms.Select(Unicode.Show))}");
            Assert.All(forms, form => Assert.Equal(token.ToneFolded, VietnameseFolding.ToneFold(form)));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void The_levels_nest_exact_then_tone_folded_then_folded(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        foreach (var word in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Append(text))
        {
            var exact = VietnameseFolding.Canonical(word);
            var tone = VietnameseFolding.ToneFold(word);
            var folded = VietnameseFolding.FoldAll(word);
            Assert.Equal(tone, VietnameseFolding.ToneFold(exact));
            Assert.Equal(folded, VietnameseFolding.FoldAll(exact));
            Assert.Equal(folded, VietnameseFolding.FoldAll(tone));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Nfc_and_nfd_input_analyse_to_the_same_tokens(HardText input)
    {
        var nfc = VietnameseFolding.NormalizeText(Unicode.Nfc(input.Value));
        var nfd = VietnameseFolding.NormalizeText(Unicode.Nfd(input.Value));
        Assert.Equal(nfc, nfd);
        Assert.Equal(AnalyzedToken.Analyze(nfc), AnalyzedToken.Analyze(nfd));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Folding_a_word_does_not_depend_on_its_normalization_form(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        foreach (var word in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            foreach (var level in Levels)
                Assert.Equal(VietnameseFolding.Fold(word, level), VietnameseFolding.Fold(Unicode.Nfd(word), level));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Token_offsets_lie_in_the_text_in_order_and_positions_never_go_back(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        var tokens = AnalyzedToken.Analyze(text);
        int lastStart = 0, lastPosition = -1;
        foreach (var t in tokens)
        {
            Assert.InRange(t.Start, 0, text.Length);
            Assert.InRange(t.End, t.Start + 1, text.Length);
            Assert.True(t.Start >= lastStart, $"token {Unicode.Show(t.Exact)} starts at {t.Start}, before the previous token's {lastStart}");
            Assert.True(t.Position >= lastPosition, $"position {t.Position} after {lastPosition}");
            // A token dropped for its length leaves a gap (phrases must not match across it), so only order is fixed.
            Assert.True(t.IsSymbolPart ? t.Position == lastPosition : t.Position > lastPosition,
                $"token {Unicode.Show(t.Exact)}: position {t.Position} after {lastPosition}");
            Assert.True(t.End - t.Start <= VietnameseAnalyzer.MaxTokenLength, $"a token of {t.End - t.Start} chars got through");
            lastStart = t.Start;
            lastPosition = t.Position;
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Each_token_is_its_surface_folded_and_all_its_forms_fold_alike(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        AnalyzedToken? previous = null;
        foreach (var t in AnalyzedToken.Analyze(text))
        {
            var surface = text[t.Start..t.End];
            if (t.IsSymbolPart)
            {
                // A part indexed beside a symbol is one of its pieces between '/' and '-', compared folded: in the whole
                // symbol's spelling a tone may sit on another piece's vowel, and i/y is unified only in a piece alone.
                // Beside a word of abbreviations an '&' joins ("GDNN&GDTX"), one of those.
                Assert.NotNull(previous);
                var pieces = previous.Value.Exact.Split('/', '-').Concat(surface.Split('&')).Select(VietnameseFolding.FoldAll).ToList();
                Assert.True(t.Exact.Length > 0 && pieces.Contains(t.Folded),
                    $"part {Unicode.Show(t.Exact)} beside symbol {Unicode.Show(previous.Value.Exact)}");
                Assert.Equal(VietnameseFolding.FoldAll(t.Exact), t.Folded);
                continue;
            }
            var written = InstrumentSymbolFilter.Normalize(surface);
            var expected = VietnameseFolding.Canonical(written);
            Assert.True(expected == t.Exact, $"surface {Unicode.Show(surface)}: exact {Unicode.Show(t.Exact)}, expected {Unicode.Show(expected)}");
            Assert.Equal(VietnameseFolding.FoldAll(written), t.Folded);
            Assert.Equal(VietnameseFolding.FoldAll(t.Exact), t.Folded);
            Assert.Equal(VietnameseFolding.ToneFold(t.Exact), t.ToneFolded);
            Assert.Equal(VietnameseFolding.FoldAll(t.ToneFolded), t.Folded);
            previous = t;
        }
    }

    /// <summary>An empty term matches nothing a user typed, and code reading a form's first letter fails on it.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Every_token_has_a_form_at_every_level(HardText input)
    {
        var text = VietnameseFolding.NormalizeText(input.Value);
        foreach (var t in AnalyzedToken.Analyze(text))
            Assert.True(t.Exact.Length > 0 && t.ToneFolded.Length > 0 && t.Folded.Length > 0,
                $"token {Unicode.Show(text[t.Start..t.End])} at {t.Start}: exact {Unicode.Show(t.Exact)}, tone-folded {Unicode.Show(t.ToneFolded)}, folded {Unicode.Show(t.Folded)}");
    }
}
