using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// A directive cited by its kind, date and issuer alone: "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo". A body issues one
/// directive (or telegram) on a day, so the three name it: one node for every text naming it so, and the numbered directive itself where
/// the text, or another text of the corpus, gives that issuer's one numbered directive of that day ("Chỉ thị số 29-CT/TW ngày 05/01/2024
/// của Bộ Chính trị"). Two numbered directives of the issuer and day: which one the date names, nothing says, and it joins neither. A letter cited so
/// ("Công văn ngày 12/3/2026 của Bộ GDĐT") is read too, as its own node, and joins no numbered letter: a body sends dozens on a day. Decisions
/// and plans are not read by their date: a text names them by number.
/// </summary>
public static partial class DatedInstruments
{
    /// <summary>
    /// The kinds a body issues one of on a day, and so the numbered one of that day where a text cites them by their date: the directive, and
    /// the telegram, an urgent order sent once a day at most ("Công điện ngày 08/9/2024 của Thủ tướng Chính phủ", testers' 550, 572 and 573).
    /// </summary>
    private const string JoinedKinds = "Chỉ thị|Công điện";

    /// <summary>
    /// The kinds read by their date: those joined, and the letter, which six testers' readers in seven texts listed so ("Công văn ngày
    /// 14/11/2025 của Sở Giáo dục và Đào tạo", "Công văn hỏa tốc ngày 15/01/2026 của Bộ"), though a day's letters are too many to join one.
    /// </summary>
    private const string Kinds = JoinedKinds + "|Công văn";

    /// <summary>
    /// The other kinds read by their date, written with their capital: "Kế hoạch ngày 20/3/2026 của UBND tỉnh", "Quyết định ngày 19/12/2025 của
    /// UBND tỉnh", "Thông báo kết luận ngày 05/3/2026 của Ban Thường vụ Tỉnh ủy" (testers' 905 and 910, fourteen in two texts). In small
    /// letters the words are what a text does on a day ("gửi báo cáo ngày 15/3", "quyết định ngày khai giảng"). Each is its own node, as a
    /// letter is: a body issues many on a day.
    /// </summary>
    private const string CapitalisedKinds = "Thông báo kết luận|Thông báo|Kế hoạch|Quyết định|Hướng dẫn|Nghị quyết|Tờ trình|Báo cáo";

    /// <summary>
    /// The letter's short name, as staff write it in a table's cell or a chat ("CV ngày 05/02/2026", a tester's 778, after "Công văn ngày
    /// 05/02/2026 của Bộ GDĐT" in its text): a letter cited by its date as well.
    /// </summary>
    private const string ShortKinds = "CV";

    /// <summary>What may stand between a kind and its date: how urgent it was sent ("Công văn hỏa tốc ngày …").</summary>
    private const string Urgency = "hỏa tốc|hoả tốc|thượng khẩn|khẩn";

    private static readonly string[] KindNames = [.. Kinds.Split('|'), .. CapitalisedKinds.Split('|')];

    /// <summary>
    /// What a text citing by date holds: a dated kind, without its first letter (typed in either case: "theo công văn ngày 10/9/2025 của
    /// Sở", as staff chat), or an urgency, then "ngày". A text holding none cites nothing by its date. Six searches, not one per kind, case
    /// and urgency: thirty, each over every paragraph, cost a tenth of extraction's time.
    /// </summary>
    private static readonly string[] KindsThenDay = KindNames.Select(kind => kind[1..]).Concat(Urgency.Split('|'))
        .Concat([ShortKinds[1..], ShortKinds[1..].ToLowerInvariant()]).Select(words => words + " ngày").ToArray();

    /// <summary>The kind a <see cref="KindThenDate"/> match names, however its letters were typed.</summary>
    public static string KindOf(Match kindThenDate) =>
        kindThenDate.Groups["kind"].Value.Equals(ShortKinds, StringComparison.OrdinalIgnoreCase) ? DocumentKinds.FromShortName(ShortKinds)!
            : kindThenDate.Groups["kind"].Value == "Thông báo kết luận" ? "Thông báo"
            : KindNames.First(kind => kind.Equals(kindThenDate.Groups["kind"].Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a numbered instrument of the kind is the one its issuer's dated citation of that day names.</summary>
    private static bool IsJoinedKind(string kind) => JoinedKindNames.Contains(kind);

    private static readonly string[] JoinedKindNames = JoinedKinds.Split('|');

    /// <summary>Whether a text may cite an instrument by its date: it holds a dated kind followed by "ngày".</summary>
    /// <remarks>"ngày" first: every word sought ends with it, and half the blocks hold no date to read.</remarks>
    public static bool MayCite(string text) => text.Contains("ngày", StringComparison.Ordinal) && Substrings.AnyIn(text, KindsThenDay);

    /// <summary>"Chỉ thị ngày …", "Công văn hỏa tốc ngày …", "CV ngày …": the kind, then its date, with no number between.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>(?i:" + Kinds + "|" + ShortKinds + @")|" + CapitalisedKinds + @")(?:\s+(?:" + Urgency + @"))?(?=\s+ngày\s)")]
    internal static partial Regex KindThenDate();

    /// <summary>The key of a directive cited so: "chi-thi-2024-08-26-bo-giao-duc-va-dao-tao", and its scope, as a local instrument's.</summary>
    public static string Key(string kind, string date, string issuer, string scope) => InstrumentKeys.ForDated(kind, date, issuer, scope);

    /// <summary>Whether an instrument is one cited by its kind, date and issuer alone (its key says so: nothing else is keyed by a date).</summary>
    public static bool IsDated(Instrument i) =>
        i is { Symbol: null, Date: { } date, Issuer: { } issuer } && i.Key == Key(i.Kind, date, issuer, i.Scope);

    /// <summary>What a directive cited by date shares with the numbered one it names: scope, kind, day and issuer.</summary>
    public static string Identity(string scope, string kind, string date, string issuer) =>
        $"{scope}|{kind}|{date}|{VietnameseFolding.FoldAll(Districts.WithoutProvince(issuer))}";

    /// <summary>
    /// The identities a numbered instrument answers to by its date: with the issuer a text names, and the one its code does (2457/QĐ-BGDĐT is
    /// the Bộ Giáo dục và Đào tạo's whether named or not; TW names no single body, <see cref="IssuerCodes.IssuingBody"/>).
    /// </summary>
    public static IEnumerable<string> IdentitiesOf(string scope, string kind, string? date, string? issuer, string? issuerCode)
    {
        // Only a kind joined by its date: a corpus's thousands of numbered decisions and letters have nothing to be joined with.
        if (date is null || date.Length != 10 || !IsJoinedKind(kind)) yield break;
        if (issuer is not null) yield return Identity(scope, kind, date, issuer);
        if (IssuerCodes.IssuingBody(issuerCode) is not { } body) yield break;
        // In a province, the province's body, named as a citation naming it without its province is ("Tỉnh ủy" is "Tỉnh ủy Sơn La"); not
        // where the issuer names a district, whose body bears the code.
        if (Provinces.Canonical(scope) is { } province && Districts.Named(issuer) is null) body = IssuerCodes.OfProvince(body, province);
        if (body != issuer) yield return Identity(scope, kind, date, body);
    }

    /// <summary>
    /// The one numbered instrument of each identity, or null where two answer to it: the numbered instruments a dated citation may name,
    /// gathered as they are met.
    /// </summary>
    public sealed class Numbered<T> where T : class
    {
        private readonly Dictionary<string, T?> _byIdentity = new(StringComparer.Ordinal);

        public void Add(IEnumerable<string> identities, T numbered, Func<T, T, bool> same)
        {
            foreach (var identity in identities)
                if (!_byIdentity.TryGetValue(identity, out var known)) _byIdentity[identity] = numbered;
                else if (known is not null && !same(known, numbered)) _byIdentity[identity] = null;
        }

        /// <summary>The one numbered instrument answering to the identity; null for none or two.</summary>
        public T? Named(string identity) => _byIdentity.GetValueOrDefault(identity);
    }
}
