using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Whether a folded word is spelt as a Vietnamese syllable can be: an initial consonant, a vowel group that the language
/// writes, and a final consonant ("nghiêng" is ngh + iê + ng, "khuỷu" kh + uyu). A word that is not ("dụcc", "cậpp", "gáio")
/// is misspelt; a word that is ("xổ", "cạp") may be a word the corpus lacks, not a slip.
/// </summary>
public static partial class VietnameseSyllable
{
    /// <summary>Whether <paramref name="folded"/> (lower case, marks removed) has the shape of one syllable.</summary>
    public static bool IsWellFormed(string folded) => Shape().IsMatch(folded);

    // Vowel groups as folded (ươ is "uo", iê "ie", uyê "uye"), longest first so each is read whole; a final k is the highlands' ("Đắk Lắk").
    [GeneratedRegex("^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?" +
                    "(?:oai|oay|oeo|uoi|uou|ieu|yeu|uya|uye|uyu|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|[aeiouy])" +
                    "(?:ng|nh|ch|[ckmnpt])?$")]
    private static partial Regex Shape();
}
