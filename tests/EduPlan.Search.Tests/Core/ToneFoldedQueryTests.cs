using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Searching;
using EduPlan.Search.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduPlan.Search.Tests.Core;

public sealed class ToneFoldedQueryTests
{
    private const string Field = "body_e";

    [Fact]
    public void A_phrase_typed_without_tones_finds_every_spelling_with_its_letters_and_no_other()
    {
        var found = Search(new ToneFoldedQuery(Field, ["phô", "câp", "giao", "duc"], [0, 1, 2, 3]),
            "phổ cập giáo dục", "Phổ cấp giao dục", "phô cáp giáo dục", "giáo dục phổ cập", "phổ cập đức");
        Assert.Equal([0, 1], found);
    }

    [Fact]
    public void A_word_typed_without_its_tone_finds_each_of_its_tones()
    {
        Assert.Equal([0, 1, 3], Search(new ToneFoldedQuery(Field, ["câp"], [0]), "cấp học", "cập nhật", "cáp quang", "CẬP"));
    }

    [Fact]
    public void A_word_with_no_form_in_the_index_finds_nothing()
    {
        Assert.Empty(Search(new ToneFoldedQuery(Field, ["phô", "ơư"], [0, 1]), "phổ cập"));
    }

    [Fact]
    public void A_phrase_of_words_with_many_forms_seeks_a_bounded_number_of_spellings()
    {
        using var index = Index("a á à ả ã ạ");
        var rewritten = new IndexSearcher(index).Rewrite(new ToneFoldedQuery(Field, ["a", "a", "a"], [0, 1, 2]));
        var clauses = Assert.IsType<BooleanQuery>(rewritten).Clauses;
        Assert.InRange(clauses.Count, 2, ToneFoldedQuery.MaxSpellings);
    }

    private static List<int> Search(Query query, params string[] texts)
    {
        using var index = Index(texts);
        return new IndexSearcher(index).Search(query, 100).ScoreDocs.Select(d => d.Doc).Order().ToList();
    }

    /// <summary>Each text one document, its exact forms in the field as the index keeps them.</summary>
    private static DirectoryReader Index(params string[] texts)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer(MarkLevel.Exact))))
            foreach (var text in texts)
                writer.AddDocument([new TextField(Field, new TokenListStream(AnalyzedToken.Analyze(text), MarkLevel.Exact))]);
        return DirectoryReader.Open(directory);
    }
}
