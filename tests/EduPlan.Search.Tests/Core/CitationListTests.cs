using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Tests.Evaluation;

namespace EduPlan.Search.Tests.Core;

public sealed class CitationListTests
{
    [Fact]
    public void The_extractor_finds_the_hand_checked_citations_of_every_seed()
    {
        var pairs = HandChecked(TestPaths.Seeds, Path.Combine(TestPaths.Data, "citations"));
        Assert.Equal(5, pairs.Count);
        var (occurrences, numbered, instruments, _) = CitationEvaluation.Score(pairs);
        Assert.True(numbered.Recall >= 0.98, numbered.ToString());
        Assert.True(numbered.Precision >= 0.98, numbered.ToString());
        Assert.True(occurrences.Recall >= 0.9, occurrences.ToString());
        Assert.True(occurrences.Precision >= 0.85, occurrences.ToString());
        Assert.True(instruments.Recall >= 0.9, instruments.ToString());
    }

    /// <summary>
    /// Twenty-seven directives written and hand-checked after the extractor was built, by readers who had not read it (Data/heldout):
    /// shapes the seeds lack (thay thế, bãi bỏ, hướng dẫn, an amending law with the laws it amends, letters with no type code,
    /// lists under one kind word) and traps ("ban hành kèm theo Thông tư …" that a plan implements, a plan naming itself).
    /// </summary>
    [Fact]
    public void The_extractor_finds_the_hand_checked_citations_of_directives_it_was_not_built_on()
    {
        var heldOut = TestPaths.HeldOut;
        var pairs = HandChecked(heldOut, heldOut);
        Assert.Equal(27, pairs.Count);
        var (occurrences, numbered, instruments, relations) = CitationEvaluation.Score(pairs);
        Assert.Equal(1.0, numbered.Recall);
        Assert.Equal(1.0, numbered.Precision);
        // Extraction is deterministic: these are today's figures (483 of 484 occurrences, the one missed "Nghị định 24" in 125, which no full
        // mention in its text names; 472 relations agree, 97.7 %, since a consolidated text in brackets is a mention and
        // years of carrying an instrument out review it), not a margin for noise. The relations left are readings the readers disagree on, and some the extractor does not make
        // yet (a relation nested in another citation's subject, a Party reading of "quán triệt"; Data/citations/README.md).
        Assert.True(occurrences.Recall >= 0.98, occurrences.ToString());
        Assert.True(occurrences.Precision >= 0.98, occurrences.ToString());
        Assert.True(instruments.Recall >= 0.95, instruments.ToString());
        Assert.True(relations.Precision >= 0.95, relations.ToString());
    }

    /// <summary>
    /// The directives black-box testers and fixers wrote with their lists before the extractor ran on them (Data/testers), after the fixes
    /// what each led to: 2,001 of 2,083 relations agree (358-366, a second three of the thirty-third session's: an HĐND resolution, a joint
    /// guidance, a chairman's conclusions, web portals' Markdown, district letters before the reform: 253 of 268, the rest mostly reviews read
    /// as carried out, "phù hợp với", and a block quote's question); before them 1,748 of 1,815 (349-357, the thirty-third session's three, central legal texts, Party and ward
    /// texts since the reform, texts typed carelessly or flattened from PDF: 276 of 308, the rest mostly a circular's subject amending a
    /// Điều lệ "ban hành kèm theo" another, a flattened table's column "Theo văn bản", narrated replacements, "quy định tại"); before them 1,471 of 1,507 (337-342, the last pair, before the 2025 merger and as Word's converters leave Markdown:
    /// 12 of their 199 left, half in 341's table of instruments and narrative); 1,285 of 1,309 before them (331-336, a fourth pair: texts flattened from PDF, and bodies outside the sector, left
    /// eleven of their 199 after the fixes, readings of "căn cứ" in a task, of the Youth Union's congresses, of "Luật Bảo hiểm y tế" as amended,
    /// and of a Party committee's grounds). Left besides: 308's "Kinh phí thực hiện từ nguồn … theo phân cấp hiện hành, lồng ghép nguồn vốn
    /// của Chương trình mục tiêu quốc gia …" and 322's alike, which the lists read as mentions and the extractor as implemented (the clause's
    /// first governing word wins); 204's second 215/KH-UBND; 301's "Nghị quyết 29"; 323's 202/2025/QH15 in brackets after a statement of the
    /// merger, and its 156/KH-UBND, an item of a list to carry out whose own words after it say it has expired; 326's three plans after
    /// "đã tổng kết kết quả thực hiện các kế hoạch …:" (a review) and its "đúng tiêu chuẩn quy định tại Nghị định 20"; 327's short form nested in
    /// a briefed plan's subject; 328's resolution in the subject of a plan still to be issued; 330's decision told of after a plan's subject
    /// ("… về thực hiện nhiệm vụ năm học … và ngày 12/8/2025 ban hành Quyết định số …"). 313-336 (the thirty-second session's, after the 2025
    /// merger) found every numbered occurrence but four short forms (now found), every instrument but one whose issuer a comma cut, and every
    /// dated one but three letters and plans; the rules their relations led to are in
    /// Data/citations/README.md. 312's (a Văn bản hợp nhất) enacting formula of the
    /// amending circular quoted in a footnote is a mention, as its list says (<see cref="A_quoted_enacting_formula_is_another_texts_and_amends_nothing_here"/>).
    /// </summary>
    [Fact]
    public void The_extractor_finds_the_hand_checked_citations_of_the_testers_directives()
    {
        var testers = TestPaths.Testers;
        var pairs = HandChecked(testers, testers);
        Assert.Equal(712, pairs.Count);
        var (occurrences, numbered, instruments, relations) = CitationEvaluation.Score(pairs);
        // All but 327's "Công văn ngày 14/11/2025 của Sở …" (twice) and "Kế hoạch ngày 08/9/2025 của Giám đốc Trung tâm": letters and plans
        // cited by their date alone name none of the dozen a body issues on a day, and are not read so (DatedInstruments); 372's "13/2016/TTLT-" cut
        // by a flattened table's column, its "BYT-BGDĐT" on the next line; 385's "Chương trình 135", a programme known by its number, which
        // no numbered citation of the text has; 389's Đề án named in capitals ("… PHÁT TRIỂN GIÁO DỤC MẦM NON HUYỆN TÂN KỲ GIAI ĐOẠN …"); and 414's "Số: 1152/BGDĐT-QLCL", the forwarded letter's
        // own number in its letterhead, quoted whole under the forwarding letter (read as a letterhead's number, no citation); 427-438's 428 "số 45/KH-" cut at a line's end and
        // 431's Điều lệ and Đại hội resolution of the Công đoàn; and the thirty-fifth session's: 441's "Thông tư liên tịch 07/2013", never
        // cited in full; 442's "Đề án Ngoại ngữ quốc gia 2020" named again by its popular name; 456's "thông báo 57" in small letters (a verb
        // as often: "thông báo 24 chỉ tiêu"); 462's short forms of circulars and decisions by number alone, which its text never cites in full ("TT 37", five,
        // "QĐ 836": a school's report, which a text standing alone cannot name); 467's "Công văn số 6165 … của Bộ", twice, likewise;
        // 468's second "NĐ 142", after a law's short name ("Luật TCCQĐP và NĐ 142"); and the thirty-sixth session's: 469's and 470's "NĐ116" (three,
        // glued, never cited in full, without a year), 472's "Đề án 06" (never cited
        // in full), 479's plan named by its title alone, 480's "Chương trình phối hợp 03" (its programme cited by a bare symbol in a table);
        // 485's "TT O8/2023", a circular by number and year scanned, and 489's "TTLT 42/2013" in a table's note (a joint circular's codes are
        // not guessed); the Youth Union's and the Pioneers' charters (496-498,
        // "Điều lệ Đoàn", seven: a reading the lists before them did not make), 496's "CTr 48", 497's "Chương trình phối hợp số 07" never
        // cited in full, 494's "NQ Đại hội XX" (twice), 495's "Nghị quyết chuyên đề 09", 500's "Nghị định 127", 501's
        // "Kết luận thanh tra 24"; 514-516's circular of 1988 by its symbol without a year, "08/TT" (five, and a short form), and by its title
        // ("Quy chế khen thưởng học sinh"); 510's "Đề án 1677" and "NĐ 105"; and the thirty-seventh session's: short forms whose full citation is in another of
        // the testers' texts (518's "nghị quyết 52", 519's "NĐ 175"), 523's and 524's plans named by their year alone ("Kế hoạch xóa mù chữ năm
        // 2024"), 524's letter of the Sở by its date alone (twice), 526's free trade agreement by its title; 536's plan named by its title and
        // school year (twice), 540's "KH 312" (cited in full only in 538 and 539) and its "Giấy mời 45" (an invitation by its kind's name);
        // 545's Zalo message, twelve: short forms typed in small letters without marks ("cv 618", "tt 29", "kh 89"), which no official
        // text writes (its symbols in small letters are read: "56/qđ-ubnd"); 544's own number quoted by the e-mails forwarding it, 546's "Thông tư 22" and
        // "Công văn 97" (never cited in full), 547's and 549's "Điều lệ trường trung học" by its title alone, 550's telegram by its date alone;
        // 562's symbol glued to a quoted word by a slash ("“Kơ'ăn adŏh”/34/2020/TT-BGDĐT"),
        // 563's district office's code glued to a village's name by a slash ("Pơ'nang/312/PGDĐT-KBang") and its "Đề án 1008"; and the
        // thirty-eighth session's: letters and a notice cited by their date alone (571's "Công văn ngày 16/01/2026", 572's and 573's "Công văn
        // hỏa tốc ngày 15/01/2026 của Bộ …", thrice, 572's "Thông báo ngày …", 583's "Công văn ngày 20/3/2026", thrice), 573's "Thông tư liên
        // tịch 13/2016" (never cited in full), 576's "Điều lệ Sáng kiến" by its title alone, 577-579's resolution by its title alone ("Nghị
        // quyết của Quốc hội về phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi", thrice), 587's and 597's "Đề án 06" (never cited in
        // full there), and short forms whose full citation is in another text (591's "CV 865", 593's "Quyết định 4660", "KH 1893",
        // 606's "Nghị định 71", twice), 606's "Luật khiếu nại năm 2011" (a law's name in small letters, found since the fifty-first session), and 604's amending law
        // ("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14"), found whole from its first word,
        // which the list anchors at its number and the law it names first; and the thirty-ninth session's: 621's "Công văn 186" and "CV 186"
        // (thrice), the Sở's letter cited in full only in 620; 627's "Thông tư 33" (a number alone) and "Quyết định 861", never cited in
        // full there; 631's question session, where delegates cite by number alone and never in full ("Nghị quyết 29 của Trung ương",
        // "Nghị định 81 về học phí, nay là Nghị định 238", "Nghị quyết số 217 của Quốc hội": ten); 632's "Thông tư 29", which the list reads
        // as the Sở's correction of a petition's "Thông tư 29/2025"; 642's teacher's "luật viên chức" and "hướng dẫn 24" in small letters,
        // 648's forum post's "nq 217" (twice) and "nđ 238", 645's "Thông tư 22" by number alone; 652's and 653's English short forms
        // ("Decision 1482", "Decree 86/2018", "Circular 14/2026", "Scheme 2371", "Law on Education 2019": the service reads Vietnamese ones);
        // 657's "quyết định 2874" in small letters, 660's "TTLT 13/2016" (a joint circular by number and year), 666's "Thông tư 21"; and the
        // fortieth session's: short forms never cited in full there (669's "Nghị định 116", 671's "TTLT 42/2013" and "NQ 18/2025", 675's
        // "Thông tư số 19", 680's "văn bản số 903", "văn bản 958", "văn bản 1102", 684's "Kết luận thanh tra 45" twice), 673's parents' chat
        // ("tt19", "nđ 80", "ct 18") and its "08/TT" of 1988 (a symbol of a kind's code alone), 677's and 678's "Điều lệ Công đoàn Việt Nam"
        // (four: a charter by its title), 690's "39/2021" inside another circular's subject; 694's amending law ("Luật sửa đổi, bổ sung một
        // số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14", found from its first word, as 604's), 697-699's "Đề án 06"
        // (thrice), 699's "theo mẫu TT 24/2018" (a form's "mẫu" before it), 702's minutes citing by number alone ("Quyết định 13", "Quyết
        // định 13/2025", "Thông tư 29"); 708's parent's question in small letters ("nq 217" twice, "nq217", "nđ81", "thông báo 86"), 712's
        // number alone ("2563"), 713's "Kế hoạch 2286" and "Nghị quyết 218" never cited in full there; 717's teacher's application ("QĐ 861", "hướng dẫn 1968", "QĐ 35/2025") and reply ("Nghị định 142"), 721's news article ("Nghị quyết 71", "Công văn 612"),
        // 723's "QĐ 522", 726's "Kế hoạch 2847" and "công điện hôm 26/9", all never cited in full there; 724's amending law anchored at its
        // number (60/2020/QH14, as 694's); 728's "TB 5630" and "Quyết định 2318", 729's school notice pasted from a chat (letters and notices
        // by date or number alone, "cv 3415", "cv cũ số 2988"), 734's "Kế hoạch 1186", 736's and 738's inspection conclusion and decisions
        // by number alone ("Kết luận thanh tra số 27", "QĐ 1523", "quyết định số 215", "Thông tư 04"); and the forty-second session's blind
        // 739-747: 741's "Kết luận thanh tra 41" and 747's "TTLT 07/2013", "TTLT 07", "Nghị định 90", "Nghị quyết 217" (a school's short
        // forms, never cited in full there); and the forty-third session's blind 748-756: 749's "Điều lệ Ban đại diện cha mẹ học sinh" (a
        // charter by its title); and the forty-fourth session's blind 757-765: 758's "Đề án tiếng Anh" (a short name never given in full),
        // 759's letter its own body sent cited by its date with no issuer named ("Như Bộ đã đề nghị tại Công văn ngày 03/11/2025") and
        // "Thông báo ngày 15/01/2026", 764's "Nghị quyết Đại hội Đảng bộ tỉnh"; and two texts' own numbers their readers listed (307's
        // circular's in the clause it writes into another, 412's "như Thông báo số 37/TB-THCSHD nêu trên"), since the forty-fourth session
        // read as the text itself wherever its kind and number stand undated with no issuer named.
        // Letters cited by their date alone ("Công văn ngày 14/11/2025 của Sở …", "Công văn hỏa tốc ngày 15/01/2026 của Bộ", 327, 524,
        // 571-573, 583, 753) are found since the forty-fourth session, and kinds typed in small letters ("cv 1234", "tt 29/2024", "nq 217",
        // 545, 648, 673, 708, 729, 772). Its second blind batch 766-774 leaves 770's "Kết luận thanh tra số 21" (its number given in full
        // only inside a symbol the short form opens), 772's "qđ 2457" (the province's decision or the Bộ's of that number, which the text
        // never cites in full), "cv hôm 10-9" and "Đề án 06" in small talk, 773's "tt29", 774's short forms never given in full ("Nghị định
        // 13", "Nghị quyết 29", "Kết luận 91") and its Đề án by a name it never gives in full.
        // The forty-fifth session's blind 775-783 leave 779's 1988 circular "Thông tư số 08/TT" (a type code and no issuer, twice), 783's two forwarded letters' own
        // numbers ("Số: 1580/SGDĐT-GDTrH" inside the e-mail, which their reader says may go unlisted); its list items numbered "1/ Đọc kỹ …"
        // are no letters, and "1248/QĐ - TTg" and 778's "CV ngày 05/02/2026" in a table's cell are found; since the forty-sixth session 776's
        // own number with its code in small letters in its plan's heading ("Quyết định số 215/qđ-UBND") is too. The forty-sixth session's blind
        // 784-792 leave 784's "Đề án 06" (a short name never given in full there), 786's letters cited as "văn bản ngày 12/9/2023 của UBND tỉnh"
        // (a generic word and a date), 791's instruments by their titles alone ("Thông tư của Bộ trưởng Bộ Công an quy định về đào tạo, sát
        // hạch …", "Kế hoạch bảo đảm trật tự, an toàn giao thông … năm 2025 của Ủy ban nhân dân tỉnh", six); they add six found that no list
        // has: 784's own number in its annex's heading (as 748's), 787's "Luật Nhà giáo" in the subject cell of the law's own row and its
        // former plan's name, 789's own number in its scanned running header ("KH 112 /KH-SGDĐT - PCGD", twice), 792's Đề án by its title;
        // and its second batch 793-801 leaves 794's chairman's short forms never given in full there ("Nghị quyết 217", "Nghị định 238",
        // "Thông tư 29" thrice, "Thông tư 31", "Thông báo 175" twice), 797's "Điều lệ Ban đại diện cha mẹ học sinh" by its title, and 800's
        // "Đề án 06"; the forty-eighth session's blind 823-834 leave 824's Đề án by its quoted name broken over a PDF's line that opens "- 2035",
        // 834's "Nghị quyết 217" never given in full; short forms in a heading's capitals are found since that session ("KẾ HOẠCH 156" in 828,
        // "NGHỊ QUYẾT 71" in 811), and so are those with what the instrument is about between its kind and "số" ("Quyết định thanh tra số 96"
        // in 826, "Nghị quyết chuyên đề số 03" in 838, "Kết luận thanh tra số 45" in 684, 736 and 770, "QĐ thu hồi số 1486" in 738). Its
        // blind 835-846 leave eleven of 846's
        // Zalo thread: the letter it forwards, pasted under it with its letterhead, gives the thread that letter's number ("Số: 1520/SGDĐT-GDPT"),
        // and the thread's own "CV 1520/SGDĐT-GDPT", "CV 1520" (five) are read as the text naming itself, as 783's and 814's forwarded
        // letters were; and its short forms never given in full ("TT29" twice, "NĐ57", "ĐA 06", "Đề án 06", "NQ 218"). The forty-ninth
        // session's blind 847-858 leave none: 852's "Kế hoạch số 1520/KH-" cut at its hyphen by a page's break, its number and running header
        // set on two lines of one block ("Trang 4/5⏎UBND TỈNH LÀO CAI - KẾ HOẠCH …"), is found since that session (PageBreakRepair).
        // Circulars by number and year alone ("TT 38/2021", "Thông tư 50/2020", twenty-one
        // across 412-619) are found since that session: the Bộ GDĐT's. The fiftieth session's blind 859-870 leave sixteen: 863's minutes'
        // short forms never given in full there ("NQ 71", "NĐ 81" twice, "NQ 14/2023", "cv 5512", "cv 4530" twice, "TT 26" thrice, "tt36"
        // twice, "TT 27"), 861's "TT29", 868's "NQ98" and 869's "CTr 55", each never given in full; 859's "Nghị định 98" after "98/2023/NĐCP"
        // (a type code run into its issuer's) and 868's "Đề án 5695" twice (a city's decision by the number of the Đề án it approves, "(gọi
        // tắt là Đề án 5695)") are found since that session. Its second batch, 871-882, leaves fifteen: 880's e-mail, titled and numbered
        // by the Sở's letter pasted under it, reads its own "CV 2658" (twice) and the letter's symbol (twice) as the text naming itself, as
        // 846's did, and its chat's short forms never given in full ("ND 238", "KH 57 cua phuong", "so 141"); 877's numbers alone after
        // their instruments' full mentions ("căn cứ Thông báo này, 2315, 4512 và 2901", "(lịch tại 1690)") and its "Thông tư 18" before the
        // full mention; 879's "Quy chế tuyển sinh THCS và THPT" named without its circular; 875's programme named with its abbreviation
        // ("… (ETEP)") and 876's "91--KL/TW", a hyphen doubled in a scan; 872's annex "(Kèm theo Kế hoạch ban hành tại Quyết định số
        // 1742/QĐ-BGDĐT)" is found since that session. Its third batch, 883-888, leaves sixteen: 887's news article citing loosely and never
        // in full ("Chỉ thị của Bộ trưởng" twice, "Nghị quyết 217", "Nghị định 238", "Kết luận 91 của Bộ Chính trị" and "Kết luận 91", "Nghị
        // quyết 29", "Nghị quyết 57", "Đề án của Thủ tướng Chính phủ", "Thông tư 29", "Nghị định 81", a decision and a directive by their
        // subjects), 884's English "Project …" and "Law on International Agreements 2020", 888's "Bộ chuẩn phát triển trẻ em năm tuổi";
        // 884's English repeats ("Decree 86", "Resolution 59", "Decision 06/2020") are found since that session, as are 652's and 653's.
        // The fifty-first session's blind 889-900 leave eleven (and 891's and 897's resolutions of the Assembly's Standing Committee named by
        // issuer and subject alone, "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh …", found
        // since the fifty-second session, as are 577-579's "Nghị quyết của Quốc hội về phổ cập giáo dục mầm non …" and 791's "Chỉ thị của Thủ
        // tướng Chính phủ về …"): 895's own number in its annexed rules ("bãi bỏ theo Điều 2
        // Quyết định số 96/QĐ-CĐCNKT"), which its list keeps and the extractor reads as the text naming itself, and 899's "Chỉ thị số
        // 38-CT/TU" so; 896's "Nghị quyết HNVC" (the staff conference's, no number); 897's scan's symbols cut by a line's end ("Nghị quyết số
        // 71-⏎NQ/TW", "Thông tư số 3O/2024/⏎TT-BGDĐT"); 898's "Thông tư liên tịch 42/2013" and "Nghị quyết 71 của Bộ Chính trị", never given
        // in full there; 899's "Nghị quyết Trung ương 8" and "Kết luận số 81" (a Thông báo kết luận, 81-TB/TW, by its list). 890's "TT11/2014"
        // after a code with two letters swapped ("11/2014/TT-BDGĐT"), 894's annex "(Kèm theo Kế hoạch phối hợp số 2451/KHPH-SGDĐT, …)" and
        // 900's catalogue rows are found since that session. Its second batch, 901-912, leaves twenty-five: 904's minutes' and 911's page's
        // short forms never given in full there ("NQ 217", "Nghị định 238", "TT58", "thông tư 29", "Nghị quyết 71", "ND 238",
        // "thong tu 55", "Nghị định 66", "NQ 71", "QĐ 1234" thrice, "quyết định 612 của UBND tỉnh", "KH 43", "Điều lệ trường (TT 32)"), 910's dated repeats without their year ("Kế hoạch ngày 20/3", "Công văn ngày 12/3")
        // and its "văn bản ngày 12/3/2026", 909's citizens' office's transfer slip ("Phiếu chuyển số 214/PC-BTCD", twice), 901's own number
        // in its annexed form, 905's "Chương trình MTQG" and 906's "Đề án tuyển sinh đại học năm 2026"; the plans, decisions and conclusions
        // 905 and 910 cite by their date and issuer ("Kế hoạch ngày 20/3/2026 của UBND tỉnh"), and 908's table of grounds naming each
        // instrument before its number, are found since that session, as is 911's "Luật giáo dục" typed in small letters (twice; and 606's
        // "Luật khiếu nại năm 2011" and 717's "Luật viên chức" since).
        // The fifty-second session's blind 913-924 leave ten: 918's Đề án named without quotes or period, 921's page's short forms never given in full there ("Đề án
        // 06", "ND 116", "nghị định 116" twice, "nghi quyet 217 cua Quoc hoi"), its "Luat giao duc" and Đề án typed without marks, 922's
        // "Chương trình Sức khỏe học đường" named twice again after the decision approving it. 919's "Thông báo kết luận 81", 921's "ND 66" and "thong tu 03/2023", 924's "Công văn ngày 05/8/2026" whose issuer is named
        // before it ("ý kiến của Sở Tài chính (tại Công văn ngày …)"), are found since that session, as are 759's dated notice so named,
        // 894's "Kế hoạch phối hợp 01", 880's "ND 238" and 911's "nghi quyet 217" (the text gives each in full elsewhere). Its second batch,
        // 925-936 (659 of 676 on the day's code), leaves fourteen: 926's "Chương trình ETEP" twice and "Đề án Ngoại ngữ quốc gia", 927's
        // "Chương trình MTQG" (short names never given in full), 930's staff conference's resolutions ("Nghị quyết Hội nghị viên chức",
        // each school's own, left unread so that no province-wide node joins every school's), 933's article's "Quyết định ngày 12/3" and
        // "văn bản ngày 15/3" (no year), "Đề án 06", "Thông tư 28" and "Thông tư 29" (three years cited), "Nghị quyết 217 của Quốc hội" and
        // "Nghị định 238" never given in full there, "thông tư số 29 năm 2024"; its comment's "qd 812" and "qd 1650", and 934's "TT 17"
        // heading "TT 17, 18/2018/TT-BGDĐT" in a cell, are found since that session. Its third batch, 937-944 (373 of 379 on the day's
        // code), leaves four: 940's "Kế hoạch 318" (a plan named by the number of the decision approving it), 941's "Nghị quyết Đại hội Đảng bộ
        // phường" (the ward's congress, no term), 942's staff conference's resolution (as 930's) and its "NĐ 238", never given in full there;
        // the minister's yearly directive by its subject (938's and 942's "Chỉ thị của Bộ trưởng Bộ GDĐT về nhiệm vụ, giải pháp năm học …")
        // is found since that session. The fifty-third session's 945-956 (597 of 609 on the day's code, 607 after) leave two: 948's staff
        // conference's resolution (as 930's) and 954's annex heading naming the plan itself, its kind scanned as "Ke hoạch sô". National
        // instruments cited by kind and number alone, never in full in the text (KnownInstruments: "Đề án 06" in fourteen texts, "Thông tư
        // 29", "Nghị quyết 217", "Nghị định 238", "Nghị quyết 71" …), are found since that session: 67 occurrences the lists had keyed so.
        // Its second batch, 957-968 (640 of 664 on that session's first commit, 652 after), leaves twelve: 961's chat post's "tt 27" (twice,
        // a number two circulars share), "TB 35" (read as an average elsewhere), "cv 1688/sgddt-khtc" and its repeat (a unit's code typed
        // without marks), "qd 09/2025" (a former province's decision never cited in full); 957's second "Quyết định số 412/QĐ-UBND"; 960's
        // Đề án in quotes with its period; 963's "Kết luận 40" (twice), "Nghị định 116" (as 966's: two decrees share the number), its second
        // "Nghị định 238" beside a slipped "238/NĐ-CP", and a council's resolution by its subject.
        // The fifty-fourth session's 969-980 (692 of 707 on the day's code and after, with eight extras fewer) leave fifteen: 969's minutes' "Thông tư 16" and "Nghị
        // định 24" (numbers several instruments share, never given in full), 970's own number in a cell of its grounds, 971's annex heading
        // naming the plan itself with its kind scanned as "Ke hoạch" (as 954's), 975's "Quyết định 32/2019" beside a cell's
        // "32/2019/QĐ-UBND - VP" (read as a code spaced around its hyphen), 976's "Đề án Xóa mù chữ đến năm 2030", 977's "TB 81" four times
        // (read as an average elsewhere), 978's title naming its circular by subject, "TT 20" twice and "Thông tư 20" (two circulars of that
        // number cited), 980's "Thông tư 05" beside a slipped "TT-LĐTBXH". 971's own number scanned in its running footers ("KH số
        // 2l4/KH-UBND", six) is read as the plan's since that session. Its second batch, 981-992 (713 of 736 on that day's code, 721 after),
        // leaves fifteen: 981's resolution's own number in the clause it writes into another, 982's "QĐ 1373" twice (a decision of the
        // Prime Minister's and one of the province's share the number), 984's transfer slip ("Phiếu chuyển số 1187/PC-VPUBND"), 986's chat's
        // "TT29" and "TT 29" (beside a slipped "TT 29/2025"), "NĐ 04", "TT 17" twice and "KH 118" (never given in full there), 987's "Điều lệ
        // Sáng kiến" twice (a charter by its title), 990's old decisions numbered "156 QĐ/UB" and its own "sô 4l2 QĐ/UB" in its annex's
        // heading, and 992's "Nghị định 73" among a portal's tags. 986's "cv 2874" eight times, whose subject line typed the letter's code
        // without marks ("CV 2874/SGDDT-GDTrH") and another "Công văn 2874/SGDĐT-GDTrH - THCS Lê Quý Đôn", are found since that session, as
        // are 814's "Công văn 2150" and 975's "Quyết định 32/2019" (a code's spaced hyphen after hyphens that join was read as one more code).
        // Its third batch, 993-1004 (752 of 759 on that day's code, 753 after), leaves six: 1001's own number in the "Xét Tờ trình" of the
        // draft it attaches, 1002's Assembly resolution named by its subject alone, 1003's and 1004's "Thông tư 08/TT" (a circular of 1988
        // coded so), 1004's "Nghị quyết 71" in a headline and "Luật Nhà giáo" in a catalogue's last cell. 1002's "Nghị quyết 218", after
        // "Nghị quyết số 217/2025/QH15 và 218/2025/QH15" (the second read as a law's), is found since that session.
        Assert.True(occurrences.TruePositives >= 25353 && occurrences.Expected - occurrences.TruePositives <= 306, occurrences.ToString());
        // Eighteen found that no list has: the congress to come, "Nghị quyết Đại hội XIV của Đảng" (494, 495), 496's Chiến lược phát triển
        // thanh niên named with its period, 497's "Luật Trẻ em" beside its decree's subject; 517's and 518's "Kế hoạch đầu tư công trung hạn
        // giai đoạn 2026 - 2030", the plan a resolution decided, named again where the project's funds come from; 536's "Luật Trẻ em" in a
        // book's title ("Em tìm hiểu Luật Trẻ em", in a table of books); 548's school strategies, the one its resolution adopts named otherwise
        // ("Chiến lược phát triển nhà trường …") and the one before it; 558's record "Số 07/BB" in a table of evidence and its own strategy
        // ("Chiến lược phát triển giai đoạn 2020 - 2025"); 437's
        // "Nghị quyết Hội nghị Trung ương 8 khóa XI" (the Party's 29-NQ/TW by its name, which the tester did not list), 446's own
        // programme named in the subject of the resolution funding it; three minutes ("Biên bản số 12/BB-TĐ", 460 and 462, which 410's list
        // does cite, an inspection's), and two named plans the lists read otherwise (465's Đề án of a school, 466's network plan); and the
        // thirty-eighth session's: 566's "Luật" ending a heading's line, read with the next line's first words as a law's name; 569's police
        // record ("Biên bản ghi lời khai số 09/BB-CAX"), 573's vaccine lot in a cell of its own ("2311/MR-VN (HSD 11/2027)"), 585's
        // quoted reply's own number under the petition it answers, and two Đề án by their decisions' numbers that the lists read as none
        // (596's "Đề án 06" in a working group's name, no longer found since the fifty-fourth session, 600's "Đề án 89"); 604's law the amending law names first (its list anchors the
        // amending law there) and 607's own number in the portal's box of texts it guides; and the thirty-ninth session's: 642's reply's own
        // number under the petition it answers, in one file (as 585's), 657's university's confirmation under the student's application,
        // and 652's, an English translation's ("No.: 14/2026/TT-BGDDT"); 558's record "Số 07/BB", a minutes' number without its body's code,
        // is no longer found; and the fortieth session's: 676's congress to come (as 494's), 689's inventory's minutes ("Biên bản kiểm kê
        // số 07/BB-KK", in a handover's minutes), 693's misprint it corrects ("Công văn số 4216/BGDĐT-GDTC", quoted as printed wrongly), 722's
        // strategy named with its period ("Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030"); and the forty-second session's:
        // 742's Đề án to be drafted named with its period, 744's erratum's misprinted number (as 693's); and the forty-third session's: 748's
        // own number in its annex's heading, 749's own number by its short form ("Kết luận 37/KL-TTr"), 751's count "05" after a symbol's
        // slash, 752's own number in the portal's file name ("412-TB-VPUBND.pdf"), 755's Đề án named in its approving decision's subject;
        // and the forty-fourth session's: 757's own number in its annex's heading (as 748's), 763's count "04", 771's own number in the
        // "Xét Tờ trình" of the draft it attaches, 774's two Đề án named by their periods in a news article (one to be drafted, one its
        // reader names otherwise). 749's own number by its short form and 607's in the portal's box are no longer found; and the forty-seventh
        // session's: 802's strategy and Đề án named in the subject of the decision that approved them, 813's food-safety certificate ("số
        // 125/2022/CNĐK-ATTP"), 818's Đề án a ministry is told to draft; 771's own number in its draft's "Xét Tờ trình" is no longer found;
        // and the forty-eighth session's: 836's national target programme named after the decision approving it (its list reads it as that
        // decision's subject); and the forty-ninth session's: 849's Đề án named in the subject of the decision approving it, in a table of the
        // instruments a commune carried out (its list reads it as that decision's subject, as 836's).
        // The fiftieth session's blind 859-870 add none: 861's "Đề án đến năm 2025 và đề xuất điều chỉnh chỉ tiêu …", the Đề án named before
        // by the year it runs to, is no longer found; nor, from its second batch, 876's own number in its scanned running header ("CT số
        // l5/CT-UBND ngày 25/9/2024 - trang 2", twice: its letterhead's "Số: l5/CT-UBND" is read with its figures), 874's "Cấp độ 3/Mức 2" in
        // a table of schools' levels, nor the programmes and strategies whose approval is told in brackets after them
        // (876's and 882's national target programmes, "(phê duyệt tại Quyết định số …)", "(chủ trương đầu tư được Quốc hội phê duyệt tại
        // Nghị quyết số …)"; 496's and 548's strategies, "(ban hành kèm theo Quyết định số …)"), each that decision's subject.
        // Its third batch adds one: 886's "Luật An toàn thực phẩm" in the subject of the decree its footnote cites after the law.
        // The fifty-first session's blind 889-900 took five away: a catalogue's row naming a law in the cell after its number is that
        // number's title (787's "| 73/2025/QH15 | 16/06/2025 | Luật Nhà giáo |"), and a Đề án or strategy its subject cell names is the
        // subject of the decision the row numbers (755's, 774's, 792's and 802's tables of instruments).
        // The fifty-second session's blind 913-924 add three: the laws an amending law's title names in 917's and 920's grounds ("Luật sửa
        // đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"), which 920's list anchors overlapping the amending law's
        // and 917's lists in part; and 929's two laws named in the title of the amending law its grounds cite, which its list leaves out;
        // 937's "Đề án 06" (the decision 06/QĐ-TTg's, which its list reads as none there) and 943's Đề án in quotes with its period, named in
        // the subject of the decision approving it, which its list reads as that decision's subject. The fifty-third session's 959 and 963
        // add two: a school's own strategy named with its period, and the Chiến lược 1705/QĐ-TTg adopts, named after it (their lists read
        // them as no instrument, and as that decision's subject). The fifty-fourth session's 971 and 977 add four: 971's "TT 17, 18, 19/2018"
        // in a cell, three circulars its list gives one row; 977's two provincial plannings named after the pair of decisions approving
        // them ("… phê duyệt Quy hoạch tỉnh Quảng Ngãi, Quy hoạch tỉnh Kon Tum thời kỳ 2021 - 2030"), the second read as one of its own,
        // and a network plan named with them as fitting them. Two texts' instruments named in what the text repeals or replaces are
        // told of, no longer repealed or replaced themselves (654's, 889's). Its second batch adds three: 985's Đề án named in quotes with its
        // period, 987's Đề án so named in the subject of the plan it is carried out by, and 990's plan its decision issues, named after
        // "Ban hành kèm theo quyết định này" (its list reads it as the decision's subject); 789's own number typed with a unit after a spaced
        // hyphen in its running header ("112 /KH-SGDĐT - PCGD", twice), and 596's and 985's "Đề án 06" in a working group's name ("Tổ công tác
        // triển khai Đề án 06"), are no longer found.
        // Its third batch adds one: 1002's national target programme named with its period beside the resolution its list reads it in.
        Assert.True(occurrences.Found - occurrences.TruePositives <= 59, occurrences.ToString());
        Assert.True(numbered.Expected - numbered.TruePositives <= 238, numbered.ToString());
        Assert.True(instruments.Expected - instruments.TruePositives <= 362, instruments.ToString());
        Assert.True(relations.TruePositives >= 21736, relations.ToString());
    }

    [Theory]
    [InlineData("Thực hiện theo", "thuc_hien")]
    [InlineData("Theo văn bản", "thuc_hien")]
    [InlineData("Căn cứ", "can_cu")]
    [InlineData("Ghi chú", "mention")]
    public void A_table_flattened_to_text_gives_its_columns_instruments_what_the_heading_names(string heading, string relation)
    {
        // Testers' 372 and 356: a plan's tasks set in columns by spaces, its instruments in a column "Thực hiện theo" read as mentions.
        var text = "III. KẾ HOẠCH CỤ THỂ\n\n" +
                   $"TT   Nội dung công việc            {heading,-26}Thời gian\n" +
                   "1    Khám sức khoẻ đầu năm         KH 97/KH-UBND;            Tháng 9/2024\n" +
                   "     cho học sinh                  CV 2380/SGDĐT-CTTT\n" +
                   "2    Hội khoẻ Phù Đổng cấp huyện   TT 48/2020/TT-BGDĐT       Tháng 01/2025\n";
        var found = DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.txt"));
        Assert.Equal(["97/KH-UBND", "2380/SGDĐT-CTTT", "48/2020/TT-BGDĐT"], found.Select(c => c.Instrument.Symbol));
        Assert.All(found, c => Assert.Equal(relation, c.Relation));
    }

    [Theory]
    [InlineData("1677/QĐ-TTg", "phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025", true)]
    [InlineData("1677/QĐ-UBND", "phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025", true)]
    // The Thủ tướng's decisions approve the Đề án known by their numbers, whatever the text says of them (395's "Đề án 1008").
    [InlineData("1677/QĐ-TTg", "về công tác giáo dục mầm non", true)]
    [InlineData("1677/QĐ-UBND", "ban hành Quy chế phối hợp", false)]
    public void A_projects_short_name_by_its_decisions_number_names_the_decision_approving_it(string symbol, string subject, bool named)
    {
        // A tester's 378: "Đề án 1677", six times, was no citation; the Đề án is the one 1677/QĐ-TTg approves, as "Đề án 06" is 06/QĐ-TTg's.
        var text = $"Thực hiện Quyết định số {symbol} ngày 03/12/2018 {subject}, Sở báo cáo như sau.\n\n" +
                   "Các trường tiếp tục thực hiện các chỉ tiêu của Đề án 1677 đến hết năm 2025.";
        var last = DocumentCitations.Extract(text, null).Last();
        Assert.Equal(named ? symbol : null, last.Start > text.IndexOf("\n", StringComparison.Ordinal) ? last.Instrument.Symbol : null);
        if (named) Assert.Equal(CitationRelation.Implements, last.Relation);
    }

    [Theory]
    [InlineData("Bà Phạm Thị Thu Hương, Chứng chỉ số 217/CC-BDCBQL ngày 20/12/2021 của Học viện Quản lý giáo dục.")]
    [InlineData("Thực hiện Bản án số 09/2025/HC-ST ngày 28/11/2025 của Tòa án nhân dân tỉnh Phú Thọ.")]
    [InlineData("Bếp ăn nhận thực phẩm theo Hợp đồng số 12/2025/HĐMB ngày 02/01/2025 với Công ty TNHH Minh An.")]
    [InlineData("Trung tâm đào tạo theo hợp đồng liên kết đào tạo số 18/2023/HĐLK-CĐCN ngày 15/8/2023 với Trường Cao đẳng.")]
    [InlineData("Các trường ký Phụ lục hợp đồng số 03/2025/PLHĐ-HA để điều chỉnh thời lượng.")]
    [InlineData("Hồ sơ gồm Giấy phép lao động số 4821/GPLĐ-SLĐTBXH của giáo viên nước ngoài.")]
    [InlineData("Trung tâm Y tế lấy mẫu xét nghiệm nhanh theo Phiếu số 05/XNN.")]
    [InlineData("| Tiếng Anh | Cambridge B1 Preliminary / Aptis | 140 / B1 |")]
    [InlineData("Thay thế nội dung Gói thầu số 02/2024/TB-SGDĐT tại kế hoạch.")]
    [InlineData("Giá gói thầu theo Chứng thư thẩm định giá số 0215/2025/CT-TĐG ngày 10/02/2025.")]
    [InlineData("Đối chiếu số seri với bản sao Tờ khai hải quan số 107245318920/A12 ngày 02/6/2025.")]
    [InlineData("Nhà thầu thực hiện theo Hợp đồng số 15/2025/HĐ-MS ngày 14/01/2025 và Điều 9 Hợp đồng số 27/2025/HĐMB-SGDĐT, 28/2025/HĐMB-SGDĐT.")]
    [InlineData("| 1 | Kiên cố hóa phòng học | Gói thầu số 05: Thi công xây dựng; HĐ số 27/2025/HĐ-XL | 33.480 |")]
    [InlineData("Sở ký Bản ghi nhớ hợp tác với Sở Giáo dục tỉnh Gyeongsangnam (MOU No. 2025/VN-KR/017; bản tiếng Việt lưu tại Văn phòng Sở, số đăng ký 09/BGN-SGDĐT).")]
    [InlineData("Triển khai Thỏa thuận hợp tác 2025/VN-KR/017 với tỉnh Gyeongsangnam.")]
    [InlineData("| 1 | MN Đăk Pék, điểm chính | 04 phòng học | DĐ 418352 / CS 01246 | 2.415 |")]
    [InlineData("Gửi kèm bản sao số 15/SY-UBND ngày 02/4/2025 của UBND xã Sủng Là.")]
    [InlineData("Nơi nhận: như trên. Số: 04/SL-VP, sao lục ngày 05/5/2025.")]
    [InlineData("| 1 | Lò Văn Thành | Miễn học | Chứng chỉ GDQPAN số 1207/2024/CCQP-ĐHTB |")]
    [InlineData("| 5 | Tòng Văn Quý | Tạm hoãn | Giấy xác nhận số 32/GXN-BCHQS |")]
    [InlineData("Chứng chỉ có số vào sổ cấp chứng chỉ từ 0583/QPAN-2025 đến 0768/QPAN-2025.")]
    [InlineData("Công chức lập Phiếu tiếp nhận số 12/PTN-UBND và mở hồ sơ quản lý trường hợp số 03/2026/HSTE-VHXH.")]
    [InlineData("Công an xã vào sổ tin báo (số thụ lý 27/2026/TBTG) và chuyển cơ quan điều tra.")]
    [InlineData("| Lớp 6 - 7 | 28/01/2026 | Lô số 2311/MR-VN | Phiếu xuất số 06/PX-KSBT ngày 24/01/2026 |")]
    [InlineData("| 5 | Mai Thị Lan | Giáo viên THCS hạng III | CC bồi dưỡng số 2451/CC-ĐHSPNĐ |")]
    [InlineData("Các thửa còn lại được xác định theo trích lục bản đồ địa chính số 45/TL-CNVPĐKĐĐ của Chi nhánh Văn phòng đăng ký đất đai.")]
    [InlineData("| Sửa lỗi E-1021/HS, E-1022/HS; gộp hồ sơ trùng | trước 15/3/2026 | kết nối, chứng thư số (lỗi E-4001/KN) |")]
    [InlineData("- Đơn phản ánh của phụ huynh học sinh lớp 8A2, vào sổ tiếp nhận số 27/TN-THCSYT ngày 06/10/2025;")]
    [InlineData("UBND xã nhận được đơn khiếu nại của bà (sổ công văn đến số 1125/CVĐ; sổ xử lý đơn số 152/XLĐ-2025).")]
    // The thirty-ninth session's: 621's agreement with a volunteer teacher, 624's letter whose number a scan lost a figure of, 642's rating
    // form, 645's room, 657's admission notice, 666's award certificate.
    [InlineData("Thầy Michael Brown tham gia tình nguyện theo Thỏa thuận hợp tác số 03/2025/TTHT-THPTTCV, không hưởng thù lao.")]
    [InlineData("Trong Phiếu đánh giá, xếp loại chất lượng viên chức số 27/PĐG-THPTĐV của tôi, tổ chuyên môn đề xuất mức Hoàn thành tốt nhiệm vụ.")]
    [InlineData("| Tiết 3 | Phòng học bộ môn P.2/B | Tổ Văn - Sử |")]
    [InlineData("Em đã nhập học theo Giấy báo trúng tuyển số 3417/GBTT-ĐHĐT ngày 20/8/2025 của Trường.")]
    [InlineData("Thầy được Giám đốc Sở tặng Giấy khen (Giấy khen số 215/GK-SGDĐT) năm học 2023 - 2024.")]
    [InlineData("Nguyên nhân nêu tại Công văn số 33?8/CATP-PC07 ngày 11/10/2025 của Công an thành phố (bản chụp bị mờ số hiệu).")]
    // The fortieth session's: 671's assessment form, named by what it records in ten words, and its disability certificate.
    [InlineData("- Phiếu đánh giá khả năng và nhu cầu của học sinh số 58/PĐG-TTHN ngày 05/3/2026 và ý kiến thống nhất của gia đình.")]
    [InlineData("Dạng khuyết tật: khuyết tật trí tuệ; mức độ: nặng (Giấy xác nhận khuyết tật số 1127/GXNKT do UBND phường Thành Đông cấp).")]
    // 692's clinic's licence, 696's candidate's number, 697's forms' codes shaped like a Party's symbols (their type no kind's code).
    [InlineData("Nhà trường ký hợp đồng với Phòng khám đa khoa Hòa Bình (Giấy phép hoạt động số 318/QB-GPHĐ do Sở Y tế tỉnh Quảng Bình cấp ngày 14/3/2019).")]
    [InlineData("Tôi là thí sinh SBD 0417/GL, dự tuyển vị trí giáo viên Sinh học; tổng điểm cao hơn thí sinh SBD 0402/GL.")]
    [InlineData("Các đơn vị lập các biểu báo cáo (ký hiệu biểu dạng “01-MN/ĐN”, “02-TH/ĐN”, “03-THCS/ĐN”) đúng hạn.")]
    // 719's patient's referral in a table's cell.
    [InlineData("| 3 | S.A.D | 4A | BV Sản Nhi tỉnh | 14/10 | Đang điều trị (Giấy chuyển tuyến số 45/GCT-TTYT) |")]
    // The forty-second session's blind 741: a school's certificate of recognition, its number on the next line of a text flattened from PDF.
    [InlineData("Trường Tiểu học Liên Hương đạt chuẩn quốc gia mức độ 1 (Bằng công nhận số\n045/BCN-UBND).")]
    // The forty-fifth session's blind 783: a hurried e-mail's items numbered with a slash (read "Công văn 1/Đọc", "Công văn 6/MN").
    [InlineData("Kính gửi các trường.\n\n1/ Đọc kỹ, triển khai thực hiện ngay hai công văn trên.\n\n6/ MN tư thục, nhóm trẻ độc lập tự rà soát.")]
    // The forty-eighth session's blind 823: a road's chainage ("Km 45+300" on Quốc lộ 217) read as a letter 300/QL217.
    // And 846's disability certificate named "giấy" after its full name.
    [InlineData("PH chỉ nộp bản sao giấy xác nhận khuyết tật do UBND phường cấp (vd giấy số 12/GXNKT-UBND năm 2023 vẫn dùng được).")]
    [InlineData("Khoảng cách từ các thôn nằm trên Quốc lộ 217 được xác định theo lý trình thực tế (ví dụ: Km 45+300/QL217).")]
    public void A_certificate_a_judgment_or_a_contract_numbered_like_a_symbol_is_no_instrument(string text)
    {
        // The thirty-eighth session's: 569's receipt, case file and police case number, 573's vaccine lots and delivery note, 567's
        // certificate by its short name, 582's extract of a cadastral map, 595's error codes ("E-1021/HS", twenty-one across 595-597), 604's
        // and 606's registers' entries.
        // And the thirty-seventh session's testers': 518's contract in a table's cell written "HĐ số"; 526's memorandum of understanding, its
        // reference of three parts and its registration number; 517's land-use certificates (series, number / register's book, number);
        // 523's copy made of the plan, numbered in the copying committee's register (SY: a true copy; SL: a copy of a copy).
        // Testers' 403, 411, 417 and 418: a manager's certificate, a court's judgment and contracts were cited as instruments; 444's contract's
        // annex and work permit, 445's form and 443's score on a language level ("140 / B1") likewise; 460 and 461's bid packages, valuation
        // certificate, customs declaration and contracts (one coded HĐ, which folded is a guidance's HD; one listed after another).
        Assert.Empty(DocumentCitations.Extract(text, null));
    }

    [Theory]
    [InlineData("Hồ sơ theo Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND tỉnh.", "12/QĐ-UBND")]
    [InlineData("Hồ sơ đề nghị kèm công văn số 15/SGDĐT-VP ngày 02/01/2026 của Sở.", "15/SGDĐT-VP")]
    [InlineData("Chứng chỉ bồi dưỡng theo Thông tư số 19/2019/TT-BGDĐT ngày 12/11/2019 của Bộ GDĐT.", "19/2019/TT-BGDĐT")]
    [InlineData("Văn thư ghi vào sổ theo Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND tỉnh.", "12/QĐ-UBND")]
    public void A_file_or_a_certificate_said_to_follow_an_instrument_cites_it(string text, string symbol) =>
        Assert.Equal(symbol, Assert.Single(DocumentCitations.Extract(text, null)).Instrument.Symbol);

    [Theory]
    [InlineData("Thực hiện Quyết định số12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh.", "12/QĐ-UBND")]
    [InlineData("Căn cứ Thông tư số22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GDĐT.", "22/2021/TT-BGDĐT")]
    public void A_number_typed_against_so_is_the_symbol(string text, string symbol)
    {
        // A tester's 429, typed in haste: "số12/QĐ-UBND" was no citation, its "số" read as a code before the number.
        Assert.Equal(symbol, Assert.Single(DocumentCitations.Extract(text, null)).Instrument.Symbol);
    }

    [Theory]
    [InlineData("Các lớp được duy trì theo Công văn số 312/PGDĐT-KBang ngày 20/9/2024 của Phòng GDĐT huyện KBang.", "312/PGDĐT-KBang")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-THCSLeLoi ngày 02/10/2025 của nhà trường.", "45/KH-THCSLeLoi")]
    [InlineData("đoàn thành lập theo qđ 56/qđ-ubnd cua ubnd huyen, lich cu the phong gui sau", "56/QĐ-UBND")]
    [InlineData("cac truong thuc hien dung 05/2025/qđ-ubnd ve day them", "05/2025/QĐ-UBND")]
    [InlineData("nhac lai cv 618/sgdđt-gdtrh ngay 12/3 ve on tap lop 9", "618/SGDĐT-GDTRH")]
    [InlineData("(Ban hành kèm theo Quyết định số 215/qđ-UBND ngày 20/5/2026 của Chủ tịch UBND xã)", "215/QĐ-UBND")]
    [InlineData("Thực hiện Công văn số 1285/sgdđt-GDTrH ngày 08/5/2026 của Sở GDĐT.", "1285/SGDĐT-GDTrH")]
    public void A_code_with_a_places_name_or_typed_in_small_letters_is_the_symbol(string text, string symbol)
    {
        // A tester's 563: a former district office's code with its place's name ("KBang") was no citation; 545's Zalo message typed its
        // symbols in small letters, sixteen of them, and none was read; 776's decision typed one code small beside one in capitals.
        Assert.Equal(symbol, Assert.Single(DocumentCitations.Extract(text, null)).Instrument.Symbol);
    }

    [Theory]
    [InlineData("Mỗi học sinh được hỗ trợ 150.000 đồng/tháng-người, 15 kg/người-tháng.")]
    [InlineData("Tỉ lệ 3/4-5 học sinh; theo Kế hoạch 2/Kế-Hoạch và 3/KH-Trường của lớp.")]
    public void Small_letters_or_a_word_after_a_slash_are_no_symbol(string text) => Assert.Empty(DocumentCitations.Extract(text, null));

    [Fact]
    public void The_head_cited_in_a_schools_councils_text_is_the_schools()
    {
        // A tester's 548, the school council's resolution: "Quyết định số 12/QĐ-THPTĐM … của Hiệu trưởng" was the head of no school, as it
        // was not while the resolution was read as the school's own (495's party committee of a university, likewise).
        var found = DocumentCitations.Extract(TestPaths.TesterDocument("548_zd6"));
        Assert.Equal("Hiệu trưởng Trường THPT Đại Mỗ", found.First(c => c.Instrument.Symbol == "12/QĐ-THPTĐM").Instrument.Issuer);
    }

    [Theory]
    [InlineData("The programme is implemented in accordance with Decree No. 86/2018/ND-CP dated 06 June 2018 of the Government.", "86/2018/NĐ-CP")]
    [InlineData("The delegation is received under Decision No. 06/2020/QD-TTg of the Prime Minister.", "06/2020/QĐ-TTg")]
    public void A_type_code_typed_without_its_marks_is_the_code_with_them(string text, string symbol)
    {
        // A tester's 527 and 528: a bilingual clause cites the decree as "86/2018/ND-CP", shown so beside the "86/2018/NĐ-CP" of the rest.
        Assert.Equal(symbol, Assert.Single(DocumentCitations.Extract(text, null)).Instrument.Symbol);
    }

    [Theory]
    [InlineData("Thực hiện Luật Đầu tư công năm 2024 (Luật số 58/2024/QH15) và Nghị định số 85/2025/NĐ-CP ngày 08/4/2025 của Chính phủ.", "58/2024/QH15", "Luật Đầu tư công")]
    [InlineData("Nghiên cứu những điểm mới của Luật Nhà giáo (Luật số 73/2025/QH15).", "73/2025/QH15", "Luật Nhà giáo")]
    public void A_laws_name_with_its_number_in_brackets_is_the_law_cited_once_by_its_number(string text, string symbol, string name)
    {
        // Testers' 519, 483, 485 and 504: one law, read as two citations side by side; the number keeps the name for the graph.
        var law = DocumentCitations.Extract(text, null).First();
        Assert.Equal(symbol, law.Instrument.Symbol);
        Assert.Equal(name, law.Instrument.Title);
        Assert.DoesNotContain(DocumentCitations.Extract(text, null), c => c.Instrument.Symbol is null && c.Instrument.Kind == "Luật");
    }

    [Theory]
    [InlineData("Các trường ưu tiên nguồn lực của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi cho các xã đặc biệt khó khăn.")]
    [InlineData("Lồng ghép với Chương trình mục tiêu quốc gia xây dựng nông thôn mới và chương trình mục tiêu quốc gia giảm nghèo bền vững.")]
    public void A_national_target_programme_named_without_its_period_is_cited(string text)
    {
        // Testers' 394, 407, 471 and 523, held-out 119: named without "giai đoạn 2021 - 2030", as its texts often do, it was no citation.
        var found = DocumentCitations.Extract(text, null);
        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.StartsWith("mục tiêu quốc gia", c.Instrument.Title));
        Assert.Equal(text.Split("mục tiêu quốc gia").Length - 1, found.Count);
    }

    [Fact]
    public void A_kinds_capitals_typed_against_a_number_repeat_the_instrument_but_a_files_name_does_not()
    {
        // A tester's 428: "TT22" and "NQ29" (Thông tư 22, Nghị quyết 29) were no citations; 413's "KH72_UBND_TuyenSinh.pdf" is a file, and so
        // is 842's "QD_3120_QD-UBND_KH_NQ71.pdf", a portal's attachment, whose "NQ71" repeated nothing.
        const string text = "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GDĐT.\n\nĐánh giá học sinh theo TT22.\n\nTệp: KH72_UBND_TuyenSinh.pdf; Kế hoạch số 72/KH-UBND." +
                            "\n\nThực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.\n\nTệp đính kèm: QD_3120_QD-UBND_KH_NQ71.pdf (1,2 MB)";
        var found = DocumentCitations.Extract(text, null);
        Assert.Equal(["22/2021/TT-BGDĐT", "22/2021/TT-BGDĐT", "72/KH-UBND", "71-NQ/TW"], found.Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void A_decisions_number_typed_in_haste_is_the_decision_the_text_cites_in_full()
    {
        // A tester's 427 cites 2457/QĐ-BGDĐT seven ways: "QĐ2457/QĐ-BGDĐT" (the short kind typed against the number), "quyết định 2457"
        // in small letters and "QĐ 2457/BGDĐT" (the type code dropped) were no citations, or a letter 2457/BGDĐT of its own; so was 428's
        // "KH 56/PGD" for Kế hoạch 56/KH-PGDĐT. A letter's own symbol, without a type code, stays a letter's.
        const string text = "Thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ GDĐT và Kế hoạch số 56/KH-PGDĐT ngày 06/9/2024 của Phòng GDĐT.\n\n" +
                            "1. Các trường thực hiện 12 nhiệm vụ theo QĐ2457/QĐ-BGDĐT.\n\n" +
                            "2. Triển khai chuyển đổi số theo quyết định 2457 của Bộ.\n\n" +
                            "3. Hiệu trưởng căn cứ QĐ 2457/BGDĐT xây dựng kế hoạch; thi vào lớp 10 theo KH 56/PGD.\n\n" +
                            "4. Thực hiện Công văn số 2457/BGDĐT-GDTrH ngày 20/5/2024 của Bộ GDĐT; UBND tỉnh quyết định 2 nội dung.";
        var found = DocumentCitations.Extract(text, null);
        Assert.Equal(["2457/QĐ-BGDĐT", "56/KH-PGDĐT", "2457/QĐ-BGDĐT", "2457/QĐ-BGDĐT", "2457/QĐ-BGDĐT", "56/KH-PGDĐT", "2457/BGDĐT-GDTrH"],
            found.Select(c => c.Instrument.Symbol));
        Assert.Equal(text.IndexOf("2457/QĐ-BGDĐT.", StringComparison.Ordinal), found[2].Start + found[2].Surface.IndexOf("2457", StringComparison.Ordinal));
        Assert.All([found[2], found[3], found[5]], c => Assert.Equal(CitationRelation.Implements, c.Relation));
    }

    [Fact]
    public void A_short_form_two_instruments_share_is_the_one_whose_issuer_follows_it()
    {
        // A tester's 448 cites the Party's 40-CT/TW and the ministry's 40/2008/CT-BGDĐT: "Chỉ thị 40 của Ban Bí thư" named neither.
        const string text = "Thực hiện Chỉ thị số 40-CT/TW ngày 15/6/2004 của Ban Bí thư và Chỉ thị số 40/2008/CT-BGDĐT ngày 22/7/2008 của Bộ trưởng Bộ GDĐT.\n\n" +
                            "1. Xây dựng đội ngũ theo Chỉ thị 40 của Ban Bí thư.\n\n2. Phong trào thi đua theo Chỉ thị 40 của Bộ trưởng.\n\n3. Báo cáo theo Chỉ thị 40 nêu trên.";
        var found = DocumentCitations.Extract(text, null);
        Assert.Equal(["40-CT/TW", "40/2008/CT-BGDĐT", "40-CT/TW", "40/2008/CT-BGDĐT"], found.Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void An_old_departments_hyphenated_code_and_a_letter_cited_without_its_unit_are_the_letter_cited_in_full()
    {
        // A tester's 450 (a school's plan of 2014): "CV 1234/SGD-ĐT" was a letter of its own beside "CV số 1234/SGDĐT-GDTrH", and 448's
        // "742/KH-SGD-ĐT" (the old Sở Giáo dục - Đào tạo) was read as 742/KH-SGDĐT-ĐT.
        const string text = "Căn cứ CV số 1234/SGDĐT-GDTrH ngày 26/8/2013 của Sở GD&ĐT Ninh Bình;\n\n" +
                            "- Dạy học theo CV 1234/SGD-ĐT, không cắt xén chương trình (theo CV 1234).\n\n- Đánh giá Kế hoạch số 742/KH-SGD-ĐT ngày 10/7/2009.";
        var found = DocumentCitations.Extract(text, null);
        Assert.Equal(["1234/SGDĐT-GDTrH", "1234/SGDĐT-GDTrH", "1234/SGDĐT-GDTrH", "742/KH-SGDĐT"], found.Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void A_project_a_decision_amends_in_its_subject_is_that_decisions_subject()
    {
        // A tester's 442: "… số 2080/QĐ-TTg … phê duyệt điều chỉnh, bổ sung Đề án dạy và học ngoại ngữ …" gave the Đề án a row of its own.
        const string text = "Thực hiện Quyết định số 2080/QĐ-TTg ngày 22/12/2017 của Thủ tướng Chính phủ phê duyệt điều chỉnh, bổ sung Đề án dạy và học ngoại ngữ " +
                            "trong hệ thống giáo dục quốc dân giai đoạn 2017 - 2025.";
        Assert.Equal("2080/QĐ-TTg", Assert.Single(DocumentCitations.Extract(text, null)).Instrument.Symbol);
    }

    [Fact]
    public void A_preambles_lines_in_one_paragraph_each_open_their_own_clause()
    {
        // Testers' 445 and 433, plain text: "Căn cứ …;⏎Thực hiện …; Công văn …; Kế hoạch …" with no blank line between was one paragraph,
        // and the first line's "Căn cứ" made a ground of every item "Thực hiện" listed; with blank lines they were carried out, as they are.
        const string lines = "Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ;\nThực hiện Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng " +
                             "Chính phủ; Công văn số 4152/BGDĐT-GDTC ngày 09/8/2024 của Bộ GDĐT; Kế hoạch số 2164/KH-UBND ngày 26/8/2024 của UBND tỉnh,\n" +
                             "Phòng GDĐT ban hành Kế hoạch như sau:";
        var relations = DocumentCitations.Extract(lines, null).Select(c => c.Relation).ToList();
        Assert.Equal([CitationRelation.LegalBasis, CitationRelation.Implements, CitationRelation.Implements, CitationRelation.Implements], relations);
        Assert.Equal(relations, DocumentCitations.Extract(lines.Replace("\n", "\n\n"), null).Select(c => c.Relation));
        Assert.Equal(relations, DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(lines, "x", "corpus/x.txt")).Select(c => c.Relation));
    }

    [Fact]
    public void A_programme_named_by_its_decisions_number_or_followed_by_it_is_that_decision()
    {
        // Testers' 454 and 455: "Chương trình 1190" (defined for the programme 1190/QĐ-TTg approves) was no citation, and the programme named
        // with its decision in brackets after it had a row of its own beside the decision's.
        const string plan = "Thực hiện Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình trợ giúp người khuyết tật " +
                            "giai đoạn 2021 - 2030 (sau đây gọi tắt là Chương trình 1190);\n\nSở Lao động - Thương binh và Xã hội chủ trì triển khai Chương trình 1190.";
        Assert.Equal(["1190/QĐ-TTg", "1190/QĐ-TTg", "1190/QĐ-TTg"], DocumentCitations.Extract(plan, null).Select(c => c.Instrument.Symbol));
        const string report = "Trung tâm dự hội thảo sơ kết 04 năm thực hiện Chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030 (Quyết định 1190/QĐ-TTg).";
        Assert.Equal("1190/QĐ-TTg", Assert.Single(DocumentCitations.Extract(report, null)).Instrument.Symbol);
    }

    [Fact]
    public void A_text_of_no_province_gives_a_local_instrument_the_province_its_line_names()
    {
        // A tester's 457, the Bộ's letter to every Sở: what the Sở of Nghệ An, Gia Lai and Đồng Nai reported (two of them numbered 2150 the same
        // year) were instruments of no province, one node for the two 2150s.
        const string letter = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 5872/BGDĐT-GDMN\nV/v phổ cập giáo dục mầm non\n\nHà Nội, ngày 27 tháng 10 năm 2025\n\n" +
                              "Kính gửi: Các Sở Giáo dục và Đào tạo.\n\n" +
                              "- Sở GDĐT Nghệ An (Công văn số 3318/SGDĐT-GDMN ngày 10/10/2025) đã giao chỉ tiêu; Sở GDĐT Đồng Nai cũng đề nghị tại " +
                              "Công văn số 2150/SGDĐT-GDMN ngày 14/10/2025.\n\n| TT | Tỉnh, thành phố | Văn bản báo cáo |\n|---|---|---|\n| 5 | Gia Lai | Công văn số 2150/SGDĐT-GDMN ngày 06/10/2025 |\n";
        var document = EduPlan.Search.Core.Documents.DocumentParser.Parse(letter, "x", "corpus/x.md");
        Assert.Null(document.Info.Province);
        var found = DocumentCitations.Extract(document);
        Assert.Equal([("3318/SGDĐT-GDMN", "Nghệ An"), ("2150/SGDĐT-GDMN", "Đồng Nai"), ("2150/SGDĐT-GDMN", "Gia Lai")],
            found.Select(c => (c.Instrument.Symbol!, c.Instrument.Scope)));
    }

    [Theory]
    [InlineData("Sau hơn 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương, giáo dục có bước phát triển.", "mention")]
    [InlineData("Qua 05 năm triển khai Nghị quyết số 29-NQ/TW ngày 04/11/2013, toàn ngành đạt nhiều kết quả.", "mention")]
    [InlineData("Tham mưu UBND tỉnh sơ kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013.", "mention")]
    [InlineData("Tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương.", "thuc_hien")]
    public void Years_of_carrying_an_instrument_out_review_it_and_carry_nothing_out(string text, string relation)
    {
        // Testers' 336, 367, 378, 425, 454 and held-out 106, 125: "Sau hơn 10 năm thực hiện Nghị quyết …" was read as carrying it out; eleven of
        // the thirteen lists with such words read a mention.
        Assert.Equal(relation, Assert.Single(DocumentCitations.Extract(text, null)).Relation);
    }

    [Fact]
    public void A_letter_replaces_only_what_it_says_it_replaces_itself()
    {
        // A tester's 398: a letter asking for comments on a draft circular told what the draft replaces and repeals, and was read as
        // replacing and repealing them itself; 351's table of what a decree replaced likewise.
        const string letter = "UBND TỈNH TÂY NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 3418/SGDĐT-GDPT\nV/v góp ý dự thảo Thông tư\n\nTây Ninh, ngày 08 tháng 12 năm 2025\n\n" +
                              "Dự thảo Thông tư thay thế Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 và bãi bỏ Thông tư số 31/2023/TT-BGDĐT ngày 29/12/2023.\n\n" +
                              "Công văn này thay thế Công văn số 3300/SGDĐT-GDPT ngày 01/12/2025 của Sở.\n";
        var found = DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(letter, "x", "corpus/x.txt"));
        Assert.Equal([("22/2021/TT-BGDĐT", "mention"), ("31/2023/TT-BGDĐT", "mention"), ("3300/SGDĐT-GDPT", "thay_the")],
            found.Select(c => (c.Instrument.Symbol!, c.Relation)));
    }

    [Fact]
    public void A_short_form_the_text_defines_names_its_instrument_where_another_shares_its_number()
    {
        // A tester's 396: "Nghị định số 116/2016/NĐ-CP … (sau đây gọi tắt là Nghị định 116)" beside 116/2020/NĐ-CP: "Nghị định 116" named
        // neither, two decrees having the number.
        const string text = "Căn cứ Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ quy định chính sách hỗ trợ học sinh (sau đây gọi tắt là Nghị định 116);\n\n" +
                            "Hỗ trợ sinh viên sư phạm theo Nghị định số 116/2020/NĐ-CP ngày 25/9/2020 của Chính phủ.\n\n" +
                            "Nhà trường cấp phát gạo cho học sinh theo Nghị định 116 đúng thời hạn.";
        var found = DocumentCitations.Extract(text, null);
        Assert.Equal(["116/2016/NĐ-CP", "116/2016/NĐ-CP", "116/2020/NĐ-CP", "116/2016/NĐ-CP"], found.Select(c => c.Instrument.Symbol));
        Assert.Equal(CitationRelation.Implements, found[^1].Relation);
    }

    [Fact]
    public void A_quoted_enacting_formula_is_another_texts_and_amends_nothing_here()
    {
        // 312's footnote quotes the amending circular's grounds and enacting formula ('… có căn cứ ban hành như sau: "Căn cứ …; Bộ trưởng Bộ
        // Giáo dục và Đào tạo ban hành Thông tư sửa đổi, bổ sung … ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT …"'): past the quotation's
        // semicolons, the formula was read as the consolidated text amending 28/2020 itself (sua_doi). Its list says mention.
        var document = TestPaths.TesterDocument("312");
        var quoted = document.Text.IndexOf("ban hành Thông tư sửa đổi, bổ sung một số điều của Điều lệ Trường tiểu học", StringComparison.Ordinal);
        var formula = Assert.Single(DocumentCitations.Extract(document), c => c.Start > quoted && c.Start - quoted < 200);
        Assert.Equal(("28/2020/TT-BGDĐT", CitationRelation.Mention), (formula.Instrument.Symbol, formula.Relation));
        // So in text sent to the API; the text's own enacting formula, unquoted, still amends.
        const string footnote = "Thông tư số 14/2025/TT-BGDĐT có căn cứ ban hành như sau: \"Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019; Bộ trưởng Bộ Giáo dục " +
                                "và Đào tạo ban hành Thông tư sửa đổi, bổ sung một số điều của Điều lệ Trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT.\"";
        Assert.Equal(CitationRelation.Mention, DocumentCitations.Extract(footnote, null).Last().Relation);
        Assert.Equal(CitationRelation.Amends, DocumentCitations.Extract(footnote.Replace(": \"", "; ").TrimEnd('"'), null).Last().Relation);
    }

    [Theory]
    [InlineData("Các trường tuân thủ Luật Giáo dục năm 2019 và Luật sửa đổi, bổ sung một số điều của Luật Giáo dục năm 2005.", "mention")]
    [InlineData("Các trường lưu ý Nghị định sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ.", "mention")]
    [InlineData("Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 58/2011/TT-BGDĐT.", "sua_doi")]
    [InlineData("Quyết định này sửa đổi, bổ sung một số điều của Quyết định số 12/2019/QĐ-UBND ngày 05/3/2019.", "sua_doi")]
    // The amending instrument is cited itself: what its title amends is named, not amended here.
    [InlineData("Các trường thực hiện Thông tư số 26/2020/TT-BGDĐT ngày 26/8/2020 sửa đổi, bổ sung một số điều của Quy chế đánh giá, xếp loại học sinh trung học cơ sở và học sinh trung học phổ thông ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT.", "mention")]
    [InlineData("Thực hiện Nghị định số 71/2020/NĐ-CP của Chính phủ sửa đổi Nghị định số 24/2014/NĐ-CP.", "mention")]
    [InlineData("Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét sửa đổi, bổ sung Nghị quyết số 16/2022/NQ-HĐND ngày 14/12/2022.", "mention")]
    [InlineData("Sở Tư pháp nghiên cứu việc bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 05/3/2019.", "mention")]
    [InlineData("Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND ngày 05/3/2019 của UBND tỉnh về việc ban hành quy chế và bãi bỏ Quyết định số 11/2019/QĐ-UBND.", "bai_bo")]
    // What a cited instrument did, in a bracket after it: the circular 04/2021 replaced the joint circular, not the letter citing both.
    [InlineData("Xếp hạng chức danh nghề nghiệp theo Thông tư số 04/2021/TT-BGDĐT ngày 02/02/2021 (thay thế Thông tư liên tịch số 22/2015/TTLT-BGDĐT-BNV ngày 16/9/2015).", "mention")]
    [InlineData("Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND ngày 05/3/2019 (thay thế Quyết định số 9/2018/QĐ-UBND).", "mention")]
    public void A_law_named_in_an_amending_laws_title_is_a_mention_not_amended_here(string text, string relation)
    {
        // From a tester: "… và Luật sửa đổi, bổ sung một số điều của Luật Giáo dục năm 2005" listed the directive as amending the 2005 law.
        Assert.Equal(relation, DocumentCitations.Extract(text, null).Last().Relation);
    }

    [Theory]
    // fixer-za's Công điện (310): "Căn cứ diễn biến của bão …" bases an order on events, not on an instrument; the "theo" before the
    // decision governs it (it was a legal basis of the telegram). An instrument after "Căn cứ" still is one.
    [InlineData("b) Căn cứ diễn biến của bão, mưa lũ và mức độ thiệt hại tại từng địa bàn, Chủ tịch Ủy ban nhân dân các xã, phường quyết định việc cho học sinh nghỉ học theo quy định tại Quyết định số 18/2021/QĐ-TTg ngày 22/4/2021 của Thủ tướng Chính phủ.", "thuc_hien")]
    [InlineData("Căn cứ vào tình hình thực tế, các trường tổ chức dạy bù theo Quyết định số 2010/QĐ-UBND ngày 12/8/2025 của UBND tỉnh.", "thuc_hien")]
    [InlineData("Căn cứ điều kiện thực tế của địa phương, Ủy ban nhân dân xã xây dựng kế hoạch; báo cáo Quyết định số 2010/QĐ-UBND.", "mention")]
    [InlineData("Căn cứ Quyết định số 18/2021/QĐ-TTg ngày 22/4/2021 của Thủ tướng Chính phủ quy định về dự báo, cảnh báo thiên tai;", "can_cu")]
    // fixer-za's Văn bản hợp nhất (312): its footnote records the circular that repealed a clause, as "được sửa đổi, bổ sung theo" one that
    // amended it; the text repeals nothing (it was bai_bo).
    [InlineData("Khoản này được bãi bỏ theo quy định tại khoản 2 Điều 1 Thông tư số 14/2025/TT-BGDĐT, có hiệu lực kể từ ngày 05 tháng 8 năm 2025.", "mention")]
    [InlineData("Bãi bỏ khoản 4 Điều 12 của Điều lệ ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT.", "bai_bo")]
    // The amending circular's issuer holds "và" ("Bộ Giáo dục và Đào tạo"): its verb after it still makes it what amends the circular
    // named in its subject (the citing text amended 28/2020 where the subject ran past "ban hành kèm theo").
    [InlineData("Các trường thực hiện Thông tư số 14/2025/TT-BGDĐT ngày 18 tháng 6 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Điều lệ Trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT.", "mention")]
    [InlineData("Thực hiện Thông tư số 13/2025/TT-BNNMT ngày 15/4/2025 của Bộ Nông nghiệp và Môi trường thay thế Điều 4 của Quy định ban hành kèm theo Thông tư số 10/2019/TT-BTNMT.", "mention")]
    // A telegram opens an item of a list as any kind does: the third telegram was a mention.
    [InlineData("Thực hiện Công điện số 176/CĐ-TTg ngày 26/9/2025 của Thủ tướng Chính phủ; Công điện số 12/CĐ-UBND ngày 26/9/2025 của Ban Chỉ huy phòng thủ dân sự tỉnh và Công điện số 03/CĐ-BGDĐT ngày 26/9/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo.", "thuc_hien")]
    // 312's footnotes quote the amending circulars' grounds: words quoted after a colon are another text's, which what stands before the
    // quotation does not govern (the first law quoted was amended here, or a mention, as if named in the circular's subject).
    [InlineData("Thông tư số 14/2025/TT-BGDĐT sửa đổi, bổ sung một số điều của Điều lệ Trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT có căn cứ ban hành như sau: \"Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;", "can_cu")]
    [InlineData("Thông tư số 10/2025/TT-BGDĐT sửa đổi các thông tư có căn cứ ban hành như sau: “Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019.”", "can_cu")]
    [InlineData("Thông tư số 10/2025/TT-BGDĐT sửa đổi, bổ sung một số điều của các thông tư có căn cứ như sau: \"Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019; Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "can_cu")]
    // 349: a circular's own heading in capitals opens its subject, which amends what it names; running text's "Thông tư sửa đổi …" is another's.
    [InlineData("THÔNG TƯ Sửa đổi, bổ sung một số điều của Thông tư số 05/2025/TT-BGDĐT ngày 07 tháng 3 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo", "sua_doi")]
    [InlineData("Các trường lưu ý Thông tư sửa đổi, bổ sung một số điều của Thông tư số 05/2025/TT-BGDĐT ngày 07 tháng 3 năm 2025.", "mention")]
    // 349, 341: what serves as a basis for something ("làm căn cứ") is no ground of the text.
    [InlineData("Danh sách xã, thôn đặc biệt khó khăn làm căn cứ xác định học sinh bán trú tiếp tục thực hiện theo Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ.", "thuc_hien")]
    [InlineData("Tiền lương làm căn cứ tính theo mức lương cơ sở quy định tại Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ.", "thuc_hien")]
    // 350: an item naming an article of the instrument ("d) Điều 10 Nghị định số …") is the list's, under its lead-in.
    [InlineData("2. Bãi bỏ các văn bản sau:\n\na) Nghị định số 57/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ;\n\nb) Điều 10 Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính phủ;", "bai_bo")]
    public void Words_that_seem_to_govern_a_citation_govern_it_only_as_the_text_means_them(string text, string relation)
    {
        Assert.Equal(relation, DocumentCitations.Extract(text, "Hà Tĩnh").Last().Relation);
    }

    [Fact]
    public void A_telegram_named_by_its_kind_and_number_repeats_the_one_the_text_cites_in_full()
    {
        // fixer-za's 310: "theo Công điện 176" was no citation; "Nghị định 125", "Công văn 3935" were.
        var cited = DocumentCitations.Extract("Thực hiện Công điện số 176/CĐ-TTg ngày 26/9/2025 của Thủ tướng Chính phủ. Sở Nông nghiệp và Môi trường tham mưu theo Công điện 176.", "Hà Tĩnh");
        Assert.Equal([("Công điện số 176/CĐ-TTg ngày 26/9/2025", "176/CĐ-TTg"), ("Công điện 176", "176/CĐ-TTg")], cited.Select(c => (c.Surface, c.Instrument.Symbol)));
    }

    [Theory]
    // From a tester (208, Lâm Đồng): a plan proposed for the next period was listed as cited, keyed ke-hoach-pcgd-xmc-giai-doan-2026-2030-lam-dong.
    [InlineData("1. UBND tỉnh ban hành Kế hoạch PCGD, XMC giai đoạn 2026 - 2030 của tỉnh Lâm Đồng thay thế các kế hoạch của các tỉnh trước sắp xếp.", 0)]
    [InlineData("Tham mưu cho UBND tỉnh ban hành Kế hoạch phát triển giáo dục mầm non giai đoạn 2019-2025.", 0)]
    [InlineData("Xây dựng và tổ chức thực hiện Quy hoạch hệ thống cơ sở giáo dục chuyên biệt thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.", 0)]
    [InlineData("Sở xây dựng Đề án phát triển hệ thống trường trung học phổ thông chuyên giai đoạn 2020 - 2025 nhằm tạo nguồn nhân lực.", 0)]
    [InlineData("UBND tỉnh đã ban hành Kế hoạch PCGD, XMC giai đoạn 2021 - 2025 của tỉnh.", 1)]
    [InlineData("Tiếp tục thực hiện Kế hoạch PCGD, XMC giai đoạn 2021 - 2025 của tỉnh.", 1)]
    // The forty-eighth session's blind 833 and 837: a programme yet to be approved, said after it.
    [InlineData("Khi Chương trình “Phổ cập giáo dục, xóa mù chữ giai đoạn 2026 - 2030” được cấp có thẩm quyền phê duyệt, UBND xã sẽ xây dựng kế hoạch.", 0)]
    [InlineData("Chuẩn bị các điều kiện để triển khai Chương trình “Sức khỏe học đường giai đoạn 2026 - 2030” khi được cấp có thẩm quyền phê duyệt.", 0)]
    [InlineData("Tiếp tục triển khai Chương trình “Sức khỏe học đường giai đoạn 2021 - 2025” đã được phê duyệt.", 1)]
    // 354: a draft proposed for approval; 355: a programme issued with a decision written short, which alone is cited.
    [InlineData("d) Phê duyệt Đề án “Phát triển giáo dục mầm non tỉnh Lào Cai giai đoạn 2026 - 2030” (dự thảo kèm theo).", 0)]
    [InlineData("2. Triển khai các nội dung của Đề án tổng thể phát triển thể lực, tầm vóc người Việt Nam giai đoạn 2011 - 2030 ban hành kèm theo QĐ số 641/QĐ-TTg ngày 28/4/2011 của Thủ tướng Chính phủ.", 1)]
    // 365: a plan named with its number in brackets after it is cited once, numbered.
    [InlineData("Thực hiện Kế hoạch phổ cập giáo dục, xóa mù chữ tỉnh Bắc Kạn giai đoạn 2021 - 2025 (Kế hoạch số 412/KH-UBND ngày 05/4/2021 của UBND tỉnh).", 1)]
    // 519: a plan to draw up a plan ("về lập Kế hoạch …"); 517: a council's resolution deciding the plan it names ("về Kế hoạch …", "về
    // điều chỉnh Kế hoạch …"), which is its content, no instrument beside it; a letter about another's plan still cites that plan.
    [InlineData("Thực hiện Kế hoạch số 168/KH-UBND ngày 10/11/2025 của UBND tỉnh về lập Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh.", 1)]
    [InlineData("Căn cứ Nghị quyết số 63/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh Kon Tum về Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách địa phương.", 1)]
    [InlineData("Căn cứ Nghị quyết số 28/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh về điều chỉnh Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025.", 1)]
    [InlineData("Thực hiện Công văn số 55/SGDĐT-KHTC ngày 10/3/2025 của Sở GDĐT về Kế hoạch phổ cập giáo dục, xóa mù chữ giai đoạn 2021 - 2025.", 2)]
    public void A_plan_still_to_be_drawn_up_is_no_citation(string text, int cited)
    {
        Assert.Equal(cited, DocumentCitations.Extract(text, "Lâm Đồng").Count);
    }

    [Theory]
    [InlineData("Căn cứ Luật Viên chức năm 2010 và Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019;",
        "Luật Cán bộ, công chức", "Luật Viên chức")]
    [InlineData("Căn cứ Luật Viên chức năm 2010 và Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống tham nhũng và Luật Viên chức ngày 20/11/2019;",
        "Luật Phòng, chống tham nhũng", "Luật Viên chức")]
    public void An_amending_law_dated_by_its_year_is_cited_and_names_the_laws_it_amends_whole(string text, string first, string second)
    {
        // "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019" (52/2019/QH14, a legal basis) was
        // no citation: an amending law was read only before "ngày", and its laws were cut at their comma. What was cited was
        // "Luật Cán bộ, công chức và Luật Viên chức" of 2019, a mention.
        var laws = DocumentCitations.Extract(text, "Điện Biên").Select(c => (c.Instrument.Title, c.Relation)).ToList();
        Assert.Equal([("Luật Viên chức", "can_cu"), ("Luật sửa đổi, bổ sung một số điều của " + first + " và " + second, "can_cu"), (first, "mention"), (second, "mention")], laws);
    }

    [Theory]
    // 362: a table's column "Căn cứ công nhận" (the decisions each school was recognised on) is the grounds.
    [InlineData("362", "1021/QĐ-SGDĐT", 0, "can_cu")]
    [InlineData("362", "968/QĐ-SGDĐT", 0, "can_cu")]
    // 366: an inspection's notice asking a school to amend its rules amends nothing; 207's "Thông báo này thay thế Thông báo số 38/TB-SGDĐT" replaces.
    [InlineData("366", "05/QĐ-THCSĐTH", 1, "mention")]
    [InlineData("366", "17/2012/TT-BGDĐT", 0, "mention")]
    [InlineData("207", "38/TB-SGDĐT", 0, "thay_the")]
    // 359: "Thông tư liên tịch 13" repeats 13/2016/TTLT-BYT-BGDĐT, the joint circular the text cites in full.
    [InlineData("359", "13/2016/TTLT-BYT-BGDĐT", 2, "huong_dan")]
    public void A_testers_citation_reads_as_its_list_says(string tester, string symbol, int nth, string relation)
    {
        var citations = DocumentCitations.Extract(TestPaths.TesterDocument(tester)).Where(c => c.Instrument.Symbol == symbol).ToList();
        Assert.True(citations.Count > nth, $"{citations.Count} citations of {symbol}");
        Assert.Equal(relation, citations[nth].Relation);
    }

    [Fact]
    public void A_resolution_adopting_a_strategy_does_not_cite_the_strategy_it_adopts()
    {
        // A tester's 548: "Nghị quyết về việc thông qua Chiến lược phát triển Trường THPT Đại Mỗ giai đoạn 2025 - 2030, tầm nhìn đến năm 2035"
        // named its strategy three times, each read as a citation of another text, as a decision's "ban hành Kế hoạch …" is not.
        Assert.DoesNotContain(DocumentCitations.Extract(TestPaths.TesterDocument("548")),
            c => c.Instrument.Title?.StartsWith("phát triển Trường THPT Đại Mỗ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void What_a_bracket_after_an_instrument_says_it_replaced_that_instrument_did()
    {
        // A tester's 532: "Luật Thanh tra năm 2025 (thay thế Luật Thanh tra năm 2022)" in a plan, which replaced the 2022 law.
        var replaced = Assert.Single(DocumentCitations.Extract(TestPaths.TesterDocument("532")), c => c.Instrument is { Title: "Luật Thanh tra", Year: 2022 });
        Assert.Equal(CitationRelation.Mention, replaced.Relation);
    }

    [Fact]
    public void What_a_bracket_after_a_grounds_title_says_it_replaced_that_instrument_did()
    {
        // Testers' 675 and 670: a ground's title, then what that circular replaced or repealed in brackets; the plan replaced neither.
        const string text = "Căn cứ Thông tư số 18/2025/TT-BGDĐT ngày 15/9/2025 của Bộ trưởng Bộ GDĐT hướng dẫn về công tác tư vấn học đường (thay thế " +
                            "Thông tư số 31/2017/TT-BGDĐT ngày 18/12/2017 và Thông tư số 33/2018/TT-BGDĐT ngày 26/12/2018);\n\n" +
                            "Căn cứ Thông tư số 20/2022/TT-BGDĐT ngày 28/12/2022 ban hành Quy chế tổ chức và hoạt động của Trung tâm (bãi bỏ Thông tư liên tịch số 58/2012/TTLT-BGDĐT-BLĐTBXH);";
        var plan = DocumentParser.Parse("TRƯỜNG THCS HỒNG LAM\n\nSố: 31/KH-THCSHL\n\nNghệ An, ngày 24 tháng 3 năm 2026\n\nKẾ HOẠCH\nHoạt động phòng tư vấn học đường\n\n" + text, "x", "x.txt");
        var found = DocumentCitations.Extract(plan);
        Assert.Equal(["18/2025/TT-BGDĐT can_cu", "31/2017/TT-BGDĐT mention", "20/2022/TT-BGDĐT can_cu", "58/2012/TTLT-BGDĐT-BLĐTBXH mention"],
            found.Where(c => c.Instrument.Symbol != "33/2018/TT-BGDĐT").Select(c => $"{c.Instrument.Symbol} {c.Relation}"));
    }

    [Theory]
    [InlineData("Các Công văn từ số 2101 đến số 2105/SGDĐT-VP được đăng ký trong tháng.", "2101/SGDĐT-VP,2105/SGDĐT-VP")]
    [InlineData("| 1 | 2101 - 2105/SGDĐT-VP | 05/11/2025 | Triển khai nhiệm vụ |", "2101/SGDĐT-VP,2105/SGDĐT-VP")]
    [InlineData("Các Quyết định từ số 876 đến số 880/QĐ-SGDĐT ngày 12/8/2024 của Sở.", "876/QĐ-SGDĐT,880/QĐ-SGDĐT")]
    [InlineData("Học sinh lớp 10 - 12/QĐ-SGDĐT", "12/QĐ-SGDĐT")]
    public void A_ranges_first_end_is_the_symbol_ending_it_with_its_own_number(string text, string symbols)
    {
        // Testers' 538, 539 and 425: the range's first end, a bare number, was no citation; the numbers between are not written.
        Assert.Equal(symbols, string.Join(",", DocumentCitations.Extract(text, "Thái Nguyên").Select(c => c.Instrument.Symbol)));
    }

    [Fact]
    public void A_short_form_defined_by_the_kind_a_decision_issues_names_that_decision()
    {
        // A tester's 538: "Quyết định số 2214/QĐ-SGDĐT … ban hành Quy chế … (sau đây gọi tắt là Quy chế 2214)", then "Điều 8 Quy chế 2214".
        const string text = "Thực hiện Quyết định số 2214/QĐ-SGDĐT ngày 27/11/2025 của Giám đốc Sở ban hành Quy chế công tác văn thư, lưu trữ của Sở Giáo dục và Đào tạo (sau đây gọi tắt là Quy chế 2214), Văn phòng Sở thông báo.\n\nTheo Điều 8 Quy chế 2214, giấy mời được đăng ký.";
        var found = DocumentCitations.Extract(text, "Thái Nguyên");
        Assert.Equal(3, found.Count);
        Assert.All(found, c => Assert.Equal("2214/QĐ-SGDĐT", c.Instrument.Symbol));
    }

    [Fact]
    public void A_bilingual_texts_english_repeats_its_vietnamese_citations()
    {
        // Testers' 884, 652 and 653: "Decree 86", "Circular 14/2026" in the English under each part, after the Vietnamese cited them in full.
        const string text = "Căn cứ Nghị định số 86/2018/NĐ-CP ngày 06/6/2018 của Chính phủ; Thông tư số 14/2026/TT-BGDĐT ngày 03/4/2026 của Bộ trưởng Bộ GDĐT.\n\n" +
                            "Pursuant to Decree 86 and Circular 14/2026 of the Minister of Education and Training.";
        Assert.Equal(["86/2018/NĐ-CP", "14/2026/TT-BGDĐT", "86/2018/NĐ-CP", "14/2026/TT-BGDĐT"], DocumentCitations.Extract(text, "Đà Nẵng").Select(c => c.Instrument.Symbol));
    }

    [Theory]
    // Testers' 876 and 882: the programme named, then its approval told in brackets; 496's strategy and 548's (a school's) so since.
    [InlineData("Lồng ghép nguồn lực của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ).", "1719/QĐ-TTg")]
    [InlineData("Bố trí vốn từ Chương trình mục tiêu quốc gia hiện đại hóa, nâng cao chất lượng giáo dục và đào tạo giai đoạn 2026 - 2035 (chủ trương đầu tư được Quốc hội phê duyệt tại Nghị quyết số 249/2025/QH15) để xây trường.", "249/2025/QH15")]
    [InlineData("Gắn với Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 (ban hành kèm theo Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ).", "1331/QĐ-TTg")]
    public void A_programme_whose_approval_is_told_in_brackets_after_it_is_that_decisions_subject(string text, string symbol)
    {
        Assert.Equal([symbol], DocumentCitations.Extract(text, "Điện Biên").Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void The_annex_of_a_plan_a_decision_issued_names_the_decision_as_what_it_is_issued_with()
    {
        // A tester's 872: "(Kèm theo Kế hoạch ban hành tại Quyết định số 1742/QĐ-BGDĐT)" over the annex was the decision numbering itself, and
        // no citation; the plan's own heading "(Ban hành kèm theo Quyết định số …)" was read. A school's "Cấp độ 3/Mức 2" in a table (874) is no symbol.
        const string text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1742/QĐ-BGDĐT                Hà Nội, ngày 20 tháng 8 năm 2026\n\nQUYẾT ĐỊNH\n" +
                            "Ban hành Kế hoạch phát triển kỹ năng số cho học sinh\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kỹ năng số cho học sinh.\n\n" +
                            "KẾ HOẠCH\nPhát triển kỹ năng số cho học sinh\n(Ban hành kèm theo Quyết định số 1742/QĐ-BGDĐT ngày 20/8/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo)\n\n" +
                            "I. MỤC ĐÍCH\n\nNâng cao kỹ năng số.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch ban hành tại Quyết định số 1742/QĐ-BGDĐT)\n\n" +
                            "| TT | Nhiệm vụ |\n|---|---|\n| 1 | Trường đạt Cấp độ 3/Mức 2 |\n";
        var found = DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.txt"));
        Assert.Equal([("1742/QĐ-BGDĐT", CitationRelation.IssuedWith), ("1742/QĐ-BGDĐT", CitationRelation.IssuedWith)], found.Select(c => (c.Instrument.Symbol, c.Relation)));
    }

    [Fact]
    public void A_type_code_run_into_its_issuers_is_the_symbol_with_its_hyphen()
    {
        // A tester's 859: "Nghị định 98/2023/NĐCP" was a province's letter coded NĐCP, and "Nghị định 98" after it no citation.
        // A known issuer's own code ("45/TTCP", a letter of the Thanh tra Chính phủ) is not taken apart.
        var found = DocumentCitations.Extract("Căn cứ Nghị định 98/2023/NĐCP ngày 31/12/2023 của Chính phủ; Công văn số 45/TTCP ngày 2/3/2024 của Thanh tra Chính phủ.\n\nKhen thưởng theo Nghị định 98.", "Tuyên Quang");
        Assert.Equal([("98/2023/NĐ-CP", Instrument.National), ("45/TTCP", Instrument.National), ("98/2023/NĐ-CP", Instrument.National)],
            found.Select(c => (c.Instrument.Symbol, c.Instrument.Scope)));
    }

    [Fact]
    public void A_joint_instrument_named_by_its_bodies_after_giua_is_theirs_and_a_coordination_plan_is_a_plan()
    {
        // A tester's 894: the former Bạc Liêu's police and Sở's "Quy chế phối hợp … giữa Công an tỉnh Bạc Liêu và Sở …" was Cà Mau's, the
        // province merged into; "Kế hoạch phối hợp số 01/KHPH-BCA-BGDĐT" a Công văn of a body coded KHPH, and Cà Mau's. A term's middle
        // ("giữa Học kỳ I") names no body.
        var found = DocumentCitations.Extract("Chấm dứt thực hiện Quy chế phối hợp số 03/QCPH-CAT-SGDĐT ngày 14/9/2021 giữa Công an tỉnh Bạc Liêu và Sở Giáo dục " +
                                              "và Đào tạo tỉnh Bạc Liêu (cũ). Thực hiện Kế hoạch phối hợp số 01/KHPH-BCA-BGDĐT ngày 15/01/2026 của Bộ Công an và Bộ GDĐT. " +
                                              "Các trường kiểm tra theo Kế hoạch số 12/KH-SGDĐT ngày 02/01/2026 giữa Học kỳ I. Thực hiện Chương trình phối hợp " +
                                              "số 03/CTrPH-SGDĐT-TĐTN ngày 25/9/2025 giữa Sở Giáo dục và Đào tạo và Tỉnh đoàn giai đoạn 2025 - 2030.", "Cà Mau");
        Assert.Equal([("Quy chế", "Bạc Liêu"), ("Kế hoạch", Instrument.National), ("Kế hoạch", "Cà Mau"), ("Chương trình", "Cà Mau")],
            found.Select(c => (c.Instrument.Kind, c.Instrument.Scope)));
        Assert.Equal("Sở Giáo dục và Đào tạo và Tỉnh đoàn", found[3].Instrument.Issuer);
        Assert.Equal("Kế hoạch phối hợp số 01/KHPH-BCA-BGDĐT ngày 15/01/2026", found[1].Surface);
        Assert.Null(found[2].Instrument.Issuer is { } issuer && issuer.Contains("Học kỳ", StringComparison.Ordinal) ? issuer : null);
    }

    [Fact]
    public void A_known_code_with_two_letters_typed_the_wrong_way_round_is_that_code()
    {
        // A tester's 890: "Thông tư 11/2014/TT-BDGĐT" was a province's circular, and "TT11/2014" in a table after it and the full
        // "Thông tư số 11/2014/TT-BGDĐT" no repeat of either. A code no swap makes known, or a short one, stays as written.
        var found = DocumentCitations.Extract("Căn cứ Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ GDĐT. Trường chưa thực hiện đúng Thông tư 11/2014/TT-BDGĐT, " +
                                              "Quyết định số 45/QĐ-THCSLVT và Công văn số 12/UT-VP.\n\n| 1 | Tuyển vượt chỉ tiêu | TT11/2014 |", "Hà Tĩnh");
        Assert.Equal(["11/2014/TT-BGDĐT", "11/2014/TT-BGDĐT", "45/QĐ-THCSLVT", "12/UT-VP", "11/2014/TT-BGDĐT"], found.Select(c => c.Instrument.Symbol));
        Assert.Equal(Instrument.National, found[1].Instrument.Scope);
    }

    [Fact]
    public void A_Party_number_written_in_the_administrative_shape_is_the_Party_symbol()
    {
        // Testers' 907 ("Nghị quyết 05/NQ-TU") and 894 ("Chỉ thị số 46/CT-TW"): an office's slip, the Party's number written as a state
        // body's, was another node than the same instrument cited as 05-NQ/TU and 46-CT/TW. A state body's symbol of that shape has a
        // year or a state issuer's code ("05/2025/NQ-HĐND", "12/CT-UBND") and stays.
        var found = DocumentCitations.Extract("Thực hiện Chỉ thị số 46/CT-TW ngày 22/6/2015 của Bộ Chính trị, Nghị quyết 05/NQ-TU ngày 28/11/2025 " +
                                              "của Ban Chấp hành Đảng bộ tỉnh, Nghị quyết số 05-NQ/TU, Kết luận số 91/KL-TW, Nghị quyết số 05/2025/NQ-HĐND " +
                                              "và Chỉ thị số 12/CT-UBND.", "Tuyên Quang");
        Assert.Equal(["46-CT/TW", "05-NQ/TU", "05-NQ/TU", "91-KL/TW", "05/2025/NQ-HĐND", "12/CT-UBND"], found.Select(c => c.Instrument.Symbol));
        Assert.Equal(found[1].Instrument.Key, found[2].Instrument.Key);
        Assert.Equal("Nghị quyết 05/NQ-TU ngày 28/11/2025", found[1].Surface);
    }

    [Theory]
    [InlineData("Đề án")]
    [InlineData("Chương trình")]
    public void A_short_form_defined_by_a_local_decisions_number_names_that_decision(string kind)
    {
        // A tester's 868: "… theo Quyết định số 5695/QĐ-UBND … của Ủy ban nhân dân Thành phố (gọi tắt là Đề án 5695)", then "mở rộng Đề án 5695":
        // known so for the Thủ tướng's decisions alone, the short forms of a city's were no citations.
        var text = $"Tiếp tục thực hiện Chương trình tiếng Anh tích hợp theo Quyết định số 5695/QĐ-UBND ngày 26 tháng 11 năm 2014 của Ủy ban nhân dân Thành phố (gọi tắt là {kind} 5695), mở rộng {kind} 5695 đến các trường.";
        var found = DocumentCitations.Extract(text, "Hồ Chí Minh");
        Assert.Equal(3, found.Count);
        Assert.All(found, c => Assert.Equal("5695/QĐ-UBND", c.Instrument.Symbol));
        Assert.Equal([CitationRelation.Implements, CitationRelation.Mention, CitationRelation.Implements], found.Select(c => c.Relation));
    }

    [Theory]
    [InlineData("Góp phần thực hiện mục tiêu của Đề án phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030 và Kế hoạch của tỉnh.",
        "phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030")]
    [InlineData("Triển khai Chiến lược phát triển giáo dục đến năm 2030, tầm nhìn đến năm 2045 trong toàn ngành.", "phát triển giáo dục đến năm 2030, tầm nhìn đến năm 2045")]
    public void A_plan_named_with_the_year_it_runs_to_and_its_outlook_is_cited(string text, string title)
    {
        // Testers' 535 and 342: named "đến năm 2020, định hướng đến năm 2030", not with a period, they were no citations.
        Assert.Equal(title, Assert.Single(DocumentCitations.Extract(text, null)).Instrument.Title);
    }

    [Theory]
    [InlineData("## 7. Cơ sở pháp lý")]
    [InlineData("a) Cơ sở pháp lý:")]
    public void A_procedures_legal_basis_heading_gives_its_list_as_grounds(string heading)
    {
        // Testers' 636 (a public-service portal's page) and 635 (a Sở's internal process): the items under "Cơ sở pháp lý" were mentions.
        var text = heading + "\n\n- Luật Giáo dục ngày 14/6/2019\n- Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo\n";
        var found = DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.md"));
        Assert.Equal(2, found.Count);
        Assert.All(found, c => Assert.Equal("can_cu", c.Relation));
    }

    [Fact]
    public void A_ground_a_comment_proposes_to_add_or_drop_is_no_ground_of_the_text()
    {
        // A tester's 651, the comments on a draft in a table: "Đề nghị bổ sung căn cứ Nghị định …" and "bỏ căn cứ Luật …" were its grounds.
        const string text = "| 2 | Sở Nội vụ | Đề nghị bổ sung căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ. | Tiếp thu |\n" +
                            "| 3 | Sở Tư pháp | Đề nghị bỏ căn cứ Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ. | Giải trình |";
        Assert.All(DocumentCitations.Extract(text, "Cà Mau"), c => Assert.Equal("mention", c.Relation));
        Assert.Equal(2, DocumentCitations.Extract(text, "Cà Mau").Count);
    }

    [Fact]
    public void A_plan_for_a_project_where_it_runs_names_no_project_of_that_period()
    {
        // A tester's 620: "Kế hoạch số 287/KH-UBND … thực hiện Đề án trên địa bàn thành phố giai đoạn 2025 - 2030" is the city's plan for the
        // Đề án named before it, over the plan's own period; "Đề án trên địa bàn thành phố giai đoạn 2025 - 2030" was cited as a project.
        const string text = "Thực hiện Kế hoạch số 287/KH-UBND ngày 19/12/2025 của UBND thành phố thực hiện Đề án trên địa bàn thành phố giai đoạn 2025 - 2030, Sở hướng dẫn như sau.";
        Assert.Equal(["287/KH-UBND"], DocumentCitations.Extract(text, "Đà Nẵng").Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void A_project_named_before_and_then_by_the_year_it_runs_to_is_no_project_of_that_name()
    {
        // A tester's 861: "… đánh giá mức độ đạt các chỉ tiêu của Đề án đến năm 2025 và đề xuất điều chỉnh chỉ tiêu giai đoạn 2026 - 2030" was a
        // project named "đến năm 2025 và đề xuất …"; it is Đề án 1373, named before.
        const string text = "Tiếp tục thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" (sau đây gọi tắt là Đề án 1373). " +
                            "Các sở tham mưu sơ kết 5 năm thực hiện Đề án 1373; đánh giá mức độ đạt các chỉ tiêu của Đề án đến năm 2025 và đề xuất điều chỉnh chỉ tiêu giai đoạn 2026 - 2030.";
        Assert.All(DocumentCitations.Extract(text, "Hà Nội"), c => Assert.Equal("1373/QĐ-TTg", c.Instrument.Symbol));
    }

    [Fact]
    public void A_programme_approved_in_quotes_is_the_decisions_subject()
    {
        // A tester's 464: 'số 749/QĐ-TTg ngày 03/6/2020 phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"'.
        const string text = "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 749/QĐ-TTg ngày 03/6/2020 phê duyệt \"Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030\"; số 131/QĐ-TTg ngày 25/01/2022.";
        Assert.Equal("749/QĐ-TTg,131/QĐ-TTg", string.Join(",", DocumentCitations.Extract(text, null).Select(c => c.Instrument.Symbol)));
    }

    [Fact]
    public void A_laws_name_ends_at_a_tables_cell()
    {
        // A tester's 536: a book "Em tìm hiểu Luật Trẻ em" in a table; the law's name ran on across the cells to the book's ISBN.
        var law = Assert.Single(DocumentCitations.Extract("| 4 | Em tìm hiểu Luật Trẻ em | Nhiều tác giả | 978-604-0-18277-1 | 8 |", null));
        Assert.Equal("Luật Trẻ em", law.Instrument.Title);
    }

    [Fact]
    public void A_joint_texts_second_own_number_beside_the_first_is_no_citation()
    {
        // 359's letterhead: "Số: 2516/HDLN-SGDĐT-SYT      Số: 4870/HDLN-SYT-SGDĐT", each department's number for the one guidance.
        Assert.DoesNotContain(DocumentCitations.Extract(TestPaths.TesterDocument("359")), c => c.Instrument.Symbol == "4870/HDLN-SYT-SGDĐT");
    }

    [Theory]
    [InlineData("Văn bản số 3899/BGDĐT-GDTrH ngày 03/8/2023 của Bộ GDĐT")]
    [InlineData("văn bản số 3899/BGDĐT-GDTrH ngày 03/8/2023 của Bộ GDĐT")]
    public void A_letter_written_Van_ban_so_in_a_list_is_governed_by_the_lists_words(string item)
    {
        // "Thực hiện Quyết định số 522/QĐ-TTg …; Văn bản số 3899/BGDĐT-GDTrH …; Công văn số 1820/SGDĐT-GDTrH …": the two Quyết định and
        // Công văn were implemented, the letter written "Văn bản số" between them a mention.
        var text = "Thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ; " + item + "; Công văn số 1820/SGDĐT-GDTrH ngày 20/9/2024 của Sở GDĐT.";
        Assert.Equal(["thuc_hien", "thuc_hien", "thuc_hien"], DocumentCitations.Extract(text, "Vĩnh Long").Select(c => c.Relation));
    }

    [Fact]
    public void A_law_joined_to_a_law_in_an_item_of_a_list_of_grounds_is_a_ground()
    {
        // The second law of "; Luật Viên chức năm 2010 và Luật sửa đổi, bổ sung …" was a mention: the clause opened with a law, which
        // opened no item of the list "Căn cứ" governs.
        const string text = "Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019; Luật Viên chức năm 2010 và Luật sửa đổi, bổ sung một số điều của " +
                            "Luật Cán bộ, công chức và Luật Viên chức năm 2019;";
        Assert.Equal(["can_cu", "can_cu", "can_cu", "mention", "mention"], DocumentCitations.Extract(text, "Điện Biên").Select(c => c.Relation));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN ngày 15/9/2024 của Sở GDĐT và Tỉnh đoàn về giáo dục kỹ năng sống.", "Kế hoạch", "Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN ngày 15/9/2024")]
    [InlineData("Thực hiện Hướng dẫn liên ngành số 12/HDLN-SGDĐT-SYT ngày 25/9/2023 của Sở GDĐT và Sở Y tế.", "Hướng dẫn", "Hướng dẫn liên ngành số 12/HDLN-SGDĐT-SYT ngày 25/9/2023")]
    [InlineData("Thực hiện Chương trình phối hợp số 01/CTPH-SGDĐT-CAT ngày 10/9/2024 giữa Sở GDĐT và Công an tỉnh.", "Chương trình", "Chương trình phối hợp số 01/CTPH-SGDĐT-CAT ngày 10/9/2024")]
    public void A_joint_instrument_of_a_provinces_bodies_is_of_its_kind_not_a_letter(string text, string kind, string surface)
    {
        // "Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN" was listed as "Công văn 05/KHLT-SGDĐT-TĐTN", cited from its "số": its type code read as an issuer's.
        var cited = Assert.Single(DocumentCitations.Extract(text, "Cao Bằng"));
        Assert.Equal((kind, surface, "Cao Bằng"), (cited.Instrument.Kind, cited.Surface, cited.Instrument.Scope));
    }

    [Fact]
    public void A_forms_number_ending_in_a_kinds_short_name_and_a_number_is_no_short_form()
    {
        // A tester's 782: "Mẫu số 01/BC-NQ71", a form numbered after the resolution the report is on, was read as "NQ71", that resolution
        // typed short ("TT22", "NQ29"). Where the text writes "NQ71" apart, it is.
        const string text = "Thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị, Sở báo cáo như sau.\n\n" +
                            "Số liệu chi tiết tại Phụ lục kèm theo Báo cáo này, lập theo Mẫu số 01/BC-NQ71.";
        Assert.Single(DocumentCitations.Extract(text, "Ninh Bình"));
        Assert.Equal(2, DocumentCitations.Extract(text + "\n\nCác đơn vị tiếp tục triển khai NQ71.", "Ninh Bình").Count);
    }

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 29 – NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng.", "29-NQ/TW", "Nghị quyết số 29 – NQ/TW ngày 04/11/2013")]
    [InlineData("Thực hiện Chỉ thị số 10 — CT/TU ngày 05/5/2021 của Ban Thường vụ Tỉnh ủy.", "10-CT/TU", "Chỉ thị số 10 — CT/TU ngày 05/5/2021")]
    [InlineData("Thực hiện Quyết định số 1436/QĐ – UBND ngày 28/8/2024 của UBND tỉnh.", "1436/QĐ-UBND", "Quyết định số 1436/QĐ – UBND ngày 28/8/2024")]
    // The Prime Minister's code ends in a small letter: "1248/QĐ - TTg" (a tester's 776, typed carelessly) was read as a letter "1248/QĐ".
    [InlineData("Thực hiện Quyết định 1248/QĐ - TTg ngày 12/7/2024 của Thủ tướng Chính phủ.", "1248/QĐ-TTg", "Quyết định 1248/QĐ - TTg ngày 12/7/2024")]
    public void A_hyphen_Word_made_a_dash_between_spaces_is_still_the_symbols_hyphen(string text, string symbol, string surface)
    {
        // Word's autocorrect turns " - " into " – ": "Nghị quyết số 29 – NQ/TW" was no citation at all (and "1436/QĐ – UBND" a letter of a
        // body coded QĐ); the same with a hyphen was read. The surface keeps the dash as written.
        var cited = Assert.Single(DocumentCitations.Extract(text, "Điện Biên"));
        Assert.Equal((symbol, surface, "thuc_hien"), (cited.Instrument.Symbol, cited.Surface, cited.Relation));
    }

    [Theory]
    [InlineData("Phân công giảng dạy theo Thông tư số 05/2025/TT-BGDĐT ngày 07 tháng 3 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định chế độ làm " +
                "việc đối với giáo viên phổ thông, dự bị đại học (thay thế Thông tư số 28/2009/TT-BGDĐT và Thông tư số 15/2017/TT-BGDĐT).",
        new[] { "thuc_hien", "mention", "mention" })]
    [InlineData("c) Việc quản lý dạy thêm theo Quyết định số 09/2026/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý hoạt " +
                "động dạy thêm, học thêm (thay thế các Quyết định: số 05/2025/QĐ-UBND ngày 14/02/2025 của UBND tỉnh Vĩnh Long, số 12/2025/QĐ-UBND " +
                "ngày 05/3/2025 của UBND tỉnh Bến Tre).",
        new[] { "thuc_hien", "mention", "mention" })]
    [InlineData("Kế hoạch này (thay thế Kế hoạch số 12/KH-UBND ngày 03/4/2024 của UBND tỉnh).", new[] { "thay_the" })]
    [InlineData("- Nghị định số 66/2025/NĐ-CP ngày 12/3/2025 của Chính phủ quy định chính sách (thay thế Nghị định số 116/2016/NĐ-CP); - Nghị định " +
                "142/2025/NĐ-CP; - Quyết định số 3162/QĐ-BGDĐT.", new[] { "mention", "mention", "mention", "mention" })]
    public void What_a_bracket_says_another_instrument_replaced_is_a_mention(string text, string[] relations)
    {
        // Every testers' and held-out list reads "… Nghị định số 238/2025/NĐ-CP (thay thế Nghị định số 81/2021/NĐ-CP …)" so (69 of 69): the
        // decree replaced them, not the text; "thay thế" made the first replaced by the text, and "theo" before the bracket had it carry out
        // the others (a tester's 788, 787, and 394, 568, 765 among the testers' before them). After "… này" the text replaces it. The bracket
        // closed, the items after it were read as replaced too (a tester's 796, a cell of grounds).
        Assert.Equal(relations, DocumentCitations.Extract(text, "Vĩnh Long").Select(c => c.Relation));
    }

    [Fact]
    public void A_directive_replaces_only_what_it_says_it_replaces_and_its_tasks_are_the_ministries()
    {
        // A tester's 818, the Prime Minister's directive: "2. Bộ Giáo dục và Đào tạo … b) Sửa đổi, bổ sung Thông tư số 06/2019/TT-BGDĐT …; ban hành
        // Thông tư thay thế Thông tư số 31/2017/TT-BGDĐT" is the ministry's task, read as the directive amending and replacing them; a directive
        // is no normative text, and replaces an earlier one by saying so.
        const string text = "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/CT-TTg\n\nHà Nội, ngày 20 tháng 3 năm 2026\n\nCHỈ THỊ\n\nVề tăng cường bảo đảm an toàn trường học\n\n" +
                            "Thủ tướng Chính phủ yêu cầu:\n\n1. Bộ Giáo dục và Đào tạo\n\na) Sửa đổi, bổ sung Thông tư số 06/2019/TT-BGDĐT, hoàn thành trong năm 2026; " +
                            "ban hành Thông tư thay thế Thông tư số 31/2017/TT-BGDĐT về công tác tư vấn tâm lý.\n\n2. Chỉ thị này thay thế Chỉ thị số 24/CT-TTg ngày 10/5/2023 " +
                            "của Thủ tướng Chính phủ.\n";
        var cited = DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.txt"));
        Assert.Equal([("06/2019/TT-BGDĐT", "mention"), ("31/2017/TT-BGDĐT", "mention"), ("24/CT-TTg", "thay_the")], cited.Select(c => (c.Instrument.Symbol, c.Relation)));
    }

    [Theory]
    [InlineData("1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; sửa đổi, bổ sung Quyết định số 22/2022/QĐ-UBND cho phù hợp.", "mention")]
    [InlineData("1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; ban hành quy định thay thế Quyết định số 27/2019/QĐ-UBND.", "mention")]
    [InlineData("Giao Sở Giáo dục và Đào tạo tổ chức thực hiện; Quyết định này thay thế Quyết định số 27/2019/QĐ-UBND.", "thay_the")]
    public void What_a_sentence_assigns_to_a_body_it_does_not_enact_itself(string text, string relation)
    {
        // A tester's 785 (as 385's and 453's lists read theirs): a resolution's "Giao Ủy ban nhân dân tỉnh …; sửa đổi, bổ sung Quyết định số …"
        // gives the committee the amending to do, clause after clause; the resolution amended the decision. "Quyết định này thay thế …" is the text's.
        Assert.Equal(relation, Assert.Single(DocumentCitations.Extract(text, "Bắc Kạn")).Relation);
    }

    [Theory]
    [InlineData("Ghi chú: Trường hợp Thủ tướng Chính phủ phê duyệt danh sách các xã giai đoạn 2026 - 2030 thay thế Quyết định số 861/QĐ-TTg ngày 04/6/2021 " +
                "của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh rà soát, trình điều chỉnh.", "mention")]
    [InlineData("| 4 | Xây dựng Thông tư thay thế Thông tư số 33/2021/TT-BGDĐT quy định Chương trình xóa mù chữ | Bộ Giáo dục và Đào tạo |", "mention")]
    [InlineData("Nghị quyết này thay thế Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh.", "thay_the")]
    public void What_another_body_may_or_is_to_issue_replaces_nothing_here(string text, string relation)
    {
        // Blind 799 and 801: a new list the Prime Minister may approve "thay thế Quyết định số 861/QĐ-TTg", a circular a ministry is to draft
        // "thay thế Thông tư số 33/2021/TT-BGDĐT", were read as replaced by the resolution and the decision (as 592's and 756's hypothetical
        // "Trường hợp Bộ GDĐT ban hành … thay thế Thông tư 20/2018", which their lists read as mentions).
        Assert.Equal(relation, Assert.Single(DocumentCitations.Extract(text, "An Giang")).Relation);
    }

    [Fact]
    public void Every_submission_a_resolution_considers_is_a_proposal()
    {
        // Blind 799: "Xét Tờ trình số 142/TTr-UBND …; Tờ trình số 161/TTr-UBND … về việc tiếp thu, giải trình …; Báo cáo thẩm tra số …": the second
        // submission was a mention, the semicolon ending the reach of "Xét".
        const string text = "Xét Tờ trình số 142/TTr-UBND ngày 16 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh đề nghị ban hành Nghị quyết; Tờ trình số " +
                            "161/TTr-UBND ngày 06 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh về việc tiếp thu, giải trình ý kiến thẩm tra; Báo cáo thẩm tra " +
                            "số 87/BC-BVHXH ngày 03 tháng 7 năm 2026 của Ban Văn hóa - Xã hội.";
        Assert.Equal(["de_nghi", "de_nghi", "mention"], DocumentCitations.Extract(text, "An Giang").Select(c => c.Relation));
    }

    [Fact]
    public void Every_instrument_listed_in_what_a_cited_one_amends_is_a_mention()
    {
        // "… sửa đổi, bổ sung một số điều của các Thông tư số 01/2021/TT-BGDĐT, 02/2021/TT-BGDĐT, …": the first listed was a mention, the
        // others the plan's legal basis, as if the plan amended nothing but stood on the circulars 08/2023 amends. After the semicolon, the
        // next item is the plan's own again.
        const string text = "Căn cứ Thông tư số 08/2023/TT-BGDĐT ngày 14/4/2023 của Bộ trưởng Bộ GDĐT sửa đổi, bổ sung một số điều của các Thông tư số " +
                            "01/2021/TT-BGDĐT, 02/2021/TT-BGDĐT, 03/2021/TT-BGDĐT và 04/2021/TT-BGDĐT; Thông tư số 20/2023/TT-BGDĐT ngày 30/10/2023 của Bộ GDĐT;";
        Assert.Equal(["can_cu", "mention", "mention", "mention", "mention", "can_cu"], DocumentCitations.Extract(text, "Điện Biên").Select(c => c.Relation));
    }

    [Fact]
    public void The_circulars_a_consolidated_text_joins_are_mentions()
    {
        // "Căn cứ Văn bản hợp nhất số 03/VBHN-BGDĐT … hợp nhất Thông tư số 28/2009/TT-BGDĐT và Thông tư số 15/2017/TT-BGDĐT": both circulars
        // were the plan's legal basis, as if it cited them itself; the consolidated text is what it stands on.
        const string text = "Căn cứ Văn bản hợp nhất số 03/VBHN-BGDĐT ngày 23/6/2022 của Bộ GDĐT hợp nhất Thông tư số 28/2009/TT-BGDĐT và " +
                            "Thông tư số 15/2017/TT-BGDĐT quy định chế độ làm việc đối với giáo viên phổ thông;";
        Assert.Equal([("03/VBHN-BGDĐT", "can_cu"), ("28/2009/TT-BGDĐT", "mention"), ("15/2017/TT-BGDĐT", "mention")],
            DocumentCitations.Extract(text, "Vĩnh Long").Select(c => (c.Instrument.Symbol, c.Relation)));
    }

    [Theory]
    // fixer-s's probe: the Assembly's office consolidates the laws; a ministry created in 2025 is as central as the one it replaced.
    [InlineData("Căn cứ Văn bản hợp nhất số 03/VBHN-VPQH ngày 15/7/2020 của Văn phòng Quốc hội hợp nhất Luật Giáo dục;", "03-vbhn-vpqh-2020")]
    [InlineData("Thực hiện Công văn số 1520/BDTTG-CSDT ngày 12/8/2025 của Bộ Dân tộc và Tôn giáo về chính sách học sinh bán trú.", "1520-bdttg-csdt-2025")]
    // Testers' 862 and 867: the inspections' circular of the Thanh tra Chính phủ was the citing city's; so was a state audit's report (771).
    [InlineData("Căn cứ Thông tư số 04/2021/TT-TTCP ngày 01/10/2021 của Tổng Thanh tra Chính phủ quy định chế độ làm việc của Đoàn thanh tra;", "04-2021-tt-ttcp-2021")]
    [InlineData("Thực hiện Báo cáo kiểm toán số 86/BC-KTNN ngày 10/3/2025 của Kiểm toán nhà nước khu vực XIII.", "86-bc-ktnn-2025")]
    public void A_central_bodys_instrument_is_one_instrument_whichever_province_cites_it(string text, string key)
    {
        // From fixer-s's probe: 03/VBHN-VPQH was keyed 03-vbhn-vpqh-2020-hoa-binh, another instrument in every province citing it.
        Assert.All(new[] { "Hòa Bình", "Yên Bái" }, province =>
            Assert.Equal((key, Instrument.National), DocumentCitations.Extract(text, province).Select(c => (c.Instrument.Key, c.Instrument.Scope)).First()));
    }

    [Theory]
    // fixer-s's probe: the repealing text's effect named first, the instruments it ends after it.
    [InlineData("6. Kể từ ngày Nghị quyết này có hiệu lực thi hành, các Nghị quyết số 12/2019/NQ-HĐND và số 13/2019/NQ-HĐND ngày 12/7/2019 của Hội đồng nhân dân tỉnh hết hiệu lực thi hành.", "bai_bo", "bai_bo")]
    [InlineData("Kể từ ngày Quyết định này có hiệu lực, Quyết định số 1745/QĐ-UBND ngày 05/7/2013 của UBND tỉnh bị bãi bỏ; Quyết định số 25/2021/QĐ-UBND vẫn được áp dụng.", "bai_bo", "mention")]
    // Another instrument's effect is not this text's.
    [InlineData("Kể từ ngày Thông tư số 29/2024/TT-BGDĐT có hiệu lực, Thông tư số 17/2012/TT-BGDĐT hết hiệu lực thi hành.", "mention", "mention")]
    public void An_instrument_ended_from_this_texts_effect_named_first_is_repealed_by_it(string text, string first, string second)
    {
        Assert.Equal([first, second], DocumentCitations.Extract(text, "Yên Bái").Select(c => c.Relation));
    }

    [Fact]
    public void A_law_a_consolidated_text_joins_is_a_mention()
    {
        // From fixer-s's probe: "Căn cứ Văn bản hợp nhất số 03/VBHN-VPQH … hợp nhất Luật Giáo dục" made the law, named in the consolidated
        // text's subject, a legal basis of its own; the circulars a consolidated text joins were already mentions.
        const string text = "Căn cứ Văn bản hợp nhất số 03/VBHN-VPQH ngày 15/7/2020 của Văn phòng Quốc hội hợp nhất Luật Giáo dục;";
        Assert.Equal([("Văn bản hợp nhất", "can_cu"), ("Luật", "mention")],
            DocumentCitations.Extract(text, "Yên Bái").Select(c => (c.Instrument.Kind, c.Relation)));
    }

    [Fact]
    public void A_decision_declared_expired_expires_alone_not_the_one_named_in_what_it_did()
    {
        // From a tester (209, Cà Mau): 25/2021, named in what 31/2022 amended, was listed as repealed by the citing decision.
        const string text = "Quyết định số 31/2022/QĐ-UBND ngày 18 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh Cà Mau sửa đổi Điều 5 của Quy định ban hành kèm theo " +
                            "Quyết định số 25/2021/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.";
        Assert.Equal([("31/2022/QĐ-UBND", "bai_bo"), ("25/2021/QĐ-UBND", "mention")],
            DocumentCitations.Extract(text, "Cà Mau").Select(c => (c.Instrument.Symbol, c.Relation)));
    }

    [Theory]
    // A district's or a city's body cited by its name and no province's is its province's, wherever it is cited: "UBND thành phố Thủ Đức"
    // from a Hà Nội text was keyed to Hà Nội.
    [InlineData("của UBND thành phố Thủ Đức", "Hà Nội", "Hồ Chí Minh")]
    [InlineData("của Ủy ban nhân dân huyện Mai Sơn", "Lai Châu", "Sơn La")]
    [InlineData("của UBND Quận 7", "Cần Thơ", "Hồ Chí Minh")]
    // A name several provinces' districts share is the citing text's district where its province has one so named ("huyện Châu Thành" in a
    // Tiền Giang text), and no other province is guessed for it.
    [InlineData("của UBND huyện Châu Thành", "Tiền Giang", "Tiền Giang")]
    [InlineData("của UBND huyện Châu Thành", "Hà Nội", "Hà Nội")]
    // A commune is not a district: "xã Mai Sơn" is no huyện's.
    [InlineData("của UBND xã Mai Sơn", "Ninh Bình", "Ninh Bình")]
    public void A_district_body_cited_without_its_province_is_its_districts_provinces(string issuer, string citing, string scope)
    {
        var cited = Assert.Single(DocumentCitations.Extract($"Thực hiện Kế hoạch số 45/KH-UBND ngày 08/9/2023 {issuer} về phổ cập giáo dục.", citing)).Instrument;
        Assert.Equal(scope, cited.Scope);
    }

    [Fact]
    public void A_body_named_from_its_code_in_a_text_of_no_known_province_names_no_province()
    {
        // From a tester: a district's letter that never names its province showed "Ủy ban nhân dân tỉnh unknown" as an issuer.
        var cited = Assert.Single(DocumentCitations.Extract("Thực hiện Kế hoạch số 45/KH-UBND ngày 08/9/2023.", null)).Instrument;
        Assert.Equal(Instrument.UnknownScope, cited.Scope);
        Assert.DoesNotContain("unknown", cited.Issuer ?? "", StringComparison.OrdinalIgnoreCase);
        var inProvince = Assert.Single(DocumentCitations.Extract("Thực hiện Kế hoạch số 45/KH-UBND ngày 08/9/2023.", "Hà Giang")).Instrument;
        Assert.Equal("Ủy ban nhân dân tỉnh Hà Giang", inProvince.Issuer);
    }

    [Theory]
    [InlineData("1660/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình Sức khỏe học đường giai đoạn 2021-2025; 13/2016/TTLT-BYT-BGDĐT")]
    [InlineData("Thực hiện Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình Sức khỏe học đường giai đoạn 2021-2025; Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo quy định về công tác y tế trường học.")]
    public async Task A_sentence_with_no_verb_after_an_issuer_is_read_at_once(string text)
    {
        // From a tester: this ordinary sentence never finished; the service never started with it in the corpus, and one short POST to
        // /api/citations/extract held a core. The bound is only against hanging for ever; reading it takes milliseconds.
        var reading = Task.Run(() => DocumentCitations.Extract(text, null));
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30))) == reading, "extraction did not finish");
        Assert.Equal(["1660/QĐ-TTg", "13/2016/TTLT-BYT-BGDĐT"], (await reading).Select(c => c.Instrument.Symbol));
    }

    [Theory]
    [InlineData("Bãi bỏ các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 05/01/2021 của UBND tỉnh Hà Giang.", "2021-01-05", "2021-01-05")]
    [InlineData("Các đơn vị thực hiện các Công văn số 3899/BGDĐT-GDTrH, 3900/BGDĐT-GDTrH ngày 03/8/2023 của Bộ GDĐT.", "2023-08-03", "2023-08-03")]
    [InlineData("Thực hiện Quyết định số 12/QĐ-UBND ngày 10/02/2022 và Quyết định số 13/QĐ-UBND ngày 05/01/2021 của UBND tỉnh.", "2022-02-10", "2021-01-05")]
    // "cùng ngày": both were undated.
    [InlineData("Thực hiện các Quyết định số 12/QĐ-UBND và số 13/QĐ-UBND cùng ngày 05/01/2021 của UBND tỉnh Hà Giang.", "2021-01-05", "2021-01-05")]
    [InlineData("Bãi bỏ các Kế hoạch số 12/KH-UBND, 13/KH-UBND cùng ngày 05/01/2021 của UBND tỉnh Hà Giang.", "2021-01-05", "2021-01-05")]
    // A symbol's own year is its year: the list's date is another year's, so it is not lent.
    [InlineData("Thực hiện các Nghị quyết số 12/2020/NQ-HĐND, 13/NQ-HĐND ngày 05/01/2021 của HĐND tỉnh Hà Giang.", null, "2021-01-05")]
    public void A_lists_date_after_its_last_symbol_is_every_listed_symbols(string text, string? first, string? last)
    {
        // From a tester: "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 05/01/2021" left 12 undated, and an undated 12/QĐ-UBND of the
        // province was joined with its 12/QĐ-UBND of 2022: the graph said the plan repealed the 2022 decision.
        var citations = DocumentCitations.Extract(text, null);
        Assert.Equal(2, citations.Count);
        Assert.Equal((first, last), (citations[0].Instrument.Date, citations[1].Instrument.Date));
        Assert.Equal(citations[0].Instrument.Issuer, citations[1].Instrument.Issuer);
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị số 08-CT/QU ngày 15/8/2024 của Ban Thường vụ Quận ủy Quận 1 về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục và đào tạo trên địa bàn Quận, Phòng Giáo dục và Đào tạo (GDĐT) Quận 1 hướng dẫn các trường tiểu học thực hiện nhiệm vụ năm học như sau:",
        "tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục và đào tạo trên địa bàn Quận")]
    [InlineData("Thực hiện Chỉ thị số 11/CT-UBND ngày 20/8/2023 của UBND tỉnh về nhiệm vụ trọng tâm năm học 2023-2024, Sở Giáo dục và Đào tạo (GDĐT) báo cáo kết quả như sau:",
        "nhiệm vụ trọng tâm năm học 2023-2024")]
    [InlineData("Thực hiện Nghị quyết số 21-NQ/TU ngày 10/4/2023 của Thành ủy về phát triển giáo dục và đào tạo Thủ đô giai đoạn 2023 - 2030, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu Giám đốc Sở Giáo dục và Đào tạo, Thủ trưởng các sở tập trung chỉ đạo.",
        "phát triển giáo dục và đào tạo Thủ đô giai đoạn 2023 - 2030")]
    [InlineData("Thực hiện Kế hoạch số 120/KH-UBND ngày 02/3/2023 của UBND tỉnh về triển khai chương trình hợp tác giai đoạn 2023-2025, Sở GDĐT đã phối hợp với Sở GDĐT tỉnh Gia Lai tổ chức giao lưu học sinh.",
        "triển khai chương trình hợp tác giai đoạn 2023-2025")]
    // From a tester (205): the citing body named with its province after a comma.
    [InlineData("Thực hiện Kế hoạch số 187/KH-UBND ngày 20/9/2023 của UBND huyện Yên Thế về phát triển giáo dục và đào tạo năm học 2023 - 2024, Phòng Giáo dục và Đào tạo (GDĐT) huyện Yên Thế, tỉnh Bắc Giang xây dựng Kế hoạch như sau:",
        "phát triển giáo dục và đào tạo năm học 2023 - 2024")]
    // Without the citing text's verb the words stay: a subject may list bodies ("… của Sở, Phòng Giáo dục và Đào tạo").
    [InlineData("Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 01/3/2021 của UBND tỉnh về việc quy định chức năng, nhiệm vụ của Sở, Phòng Giáo dục và Đào tạo (sửa đổi);",
        "quy định chức năng, nhiệm vụ của Sở, Phòng Giáo dục và Đào tạo")]
    public void A_subject_ends_where_the_citing_texts_own_clause_begins_even_past_a_bracket(string text, string title)
    {
        // From the held-out texts: the subject stopped at "(GDĐT)", inside the clause ", Phòng Giáo dục và Đào tạo (GDĐT) Quận 1 hướng dẫn …",
        // so the clause's body stayed in the instrument's title.
        Assert.Equal(title, DocumentCitations.Extract(text, null).First().Instrument.Title);
    }

    [Theory]
    // The thirty-second session's testers (319, 322): reworded is amended; ended from this text's effect, past a long subject, repealed;
    // complied with, carried out.
    [InlineData("Điều 3. Thay thế một số cụm từ tại Điều 2 Thông tư số 19/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
        "19/2018/TT-BGDĐT sua_doi")]
    [InlineData("4. Quyết định số 2291/QĐ-BGDĐT ngày 18 tháng 7 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc công bố thủ tục hành chính hết hiệu lực đối với các thủ tục công nhận trường đạt chuẩn quốc gia kể từ ngày Thông tư này có hiệu lực thi hành.",
        "2291/QĐ-BGDĐT bai_bo")]
    [InlineData("Mọi hoạt động xử lý dữ liệu của học sinh tuân thủ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ.",
        "91/2025/QH15 thuc_hien, 13/2023/NĐ-CP thuc_hien")]
    // A consolidated text in brackets beside what it consolidates is where to read it (324; 117's "(đã được hợp nhất tại …)").
    [InlineData("Đánh giá học sinh theo Quy chế ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT, đã được sửa đổi, bổ sung bởi Thông tư số 26/2020/TT-BGDĐT ngày 26/8/2020 (Văn bản hợp nhất số 03/VBHN-BGDĐT ngày 28/9/2020 của Bộ GDĐT).",
        "58/2011/TT-BGDĐT thuc_hien, 26/2020/TT-BGDĐT thuc_hien, 03/VBHN-BGDĐT mention")]
    // An instrument amending a listed one is replaced with it, and the items after it are still the list's (320).
    [InlineData("2. Nghị quyết này thay thế các Nghị quyết: số 08/2022/NQ-HĐND ngày 22/7/2022 của Hội đồng nhân dân tỉnh Lâm Đồng quy định các khoản thu; số 15/2022/NQ-HĐND ngày 09/12/2022 của Hội đồng nhân dân tỉnh Đắk Nông quy định các khoản thu, đã được sửa đổi, bổ sung bởi Nghị quyết số 04/2024/NQ-HĐND ngày 19/4/2024 của Hội đồng nhân dân tỉnh Đắk Nông; số 31/2022/NQ-HĐND ngày 15/12/2022 của Hội đồng nhân dân tỉnh Bình Thuận quy định mức thu.",
        "08/2022/NQ-HĐND thay_the, 15/2022/NQ-HĐND thay_the, 04/2024/NQ-HĐND thay_the, 31/2022/NQ-HĐND thay_the")]
    // Lead-ins: an instrument opening a clause of a listed item is the list's (321); what guidance on a circular lists is carried out (324).
    [InlineData("Căn cứ:\n1. Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GDĐT quy định về đánh giá học sinh;\n2. Quyết định số 2045/QĐ-BGDĐT ngày 31/7/2025 của Bộ trưởng Bộ GDĐT ban hành Khung kế hoạch thời gian năm học; Quyết định số 1980/QĐ-UBND ngày 12/8/2025 của UBND tỉnh ban hành kế hoạch thời gian năm học.",
        "22/2021/TT-BGDĐT can_cu, 2045/QĐ-BGDĐT can_cu, 1980/QĐ-UBND can_cu")]
    [InlineData("b) Sở GDĐT hướng dẫn một số điểm khi thực hiện Thông tư số 22/2021/TT-BGDĐT như sau:\n- Học sinh khuyết tật được đánh giá bảo đảm quy định tại Thông tư số 03/2018/TT-BGDĐT ngày 29/01/2018 của Bộ trưởng Bộ GDĐT.",
        "22/2021/TT-BGDĐT huong_dan, 03/2018/TT-BGDĐT thuc_hien")]
    // The third pair (328, 329, 314 again): what a task is tied to is mentioned; another instrument's grounds are not this text's; an instrument
    // named beside a letter ends the letter's subject, and the opening governs it; the "theo" of "kèm theo" after a briefing governs nothing.
    [InlineData("Đẩy mạnh chuyển đổi số theo Kế hoạch số 186/KH-UBND ngày 25/8/2025 của Ủy ban nhân dân thành phố, gắn với Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ.",
        "186/KH-UBND thuc_hien, 131/QĐ-TTg mention")]
    [InlineData("Các quyết định này được ban hành căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 và giao nhiều nhiệm vụ cho Ủy ban nhân dân cấp huyện.",
        " mention")]
    [InlineData("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 1560/UBND-VHXH ngày 22/9/2025 về việc rà soát văn bản sau sắp xếp và Kế hoạch xây dựng văn bản năm 2025 ban hành kèm theo Quyết định số 1025/QĐ-UBND ngày 08/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh, Sở kính trình.",
        "1560/UBND-VHXH thuc_hien, 1025/QĐ-UBND thuc_hien")]
    [InlineData("Sở GDĐT đã tổ chức quán triệt Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị và Chiến lược phát triển giáo dục đến năm 2030 ban hành kèm theo Quyết định số 1705/QĐ-TTg ngày 31/12/2024 của Thủ tướng Chính phủ.",
        "71-NQ/TW mention, 1705/QĐ-TTg mention")]
    // A short form carried on after it (327).
    [InlineData("Thông tư số 04/2022/TT-BLĐTBXH ngày 18/3/2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định việc tổ chức đào tạo. Các quy định tại Thông tư 04/2022 tiếp tục được áp dụng cho đến khi có văn bản thay thế.",
        "04/2022/TT-BLĐTBXH mention, 04/2022/TT-BLĐTBXH thuc_hien")]
    // A Youth Union programme repeated by its kind and number (334).
    [InlineData("Căn cứ Chương trình số 48-CTr/TWĐTN-TNTH ngày 12/9/2025 của Ban Bí thư Trung ương Đoàn về công tác Đoàn (sau đây gọi tắt là Chương trình 48); cụ thể hóa Chương trình 48 vào kế hoạch của đơn vị.",
        "48-CTr/TWĐTN-TNTH can_cu, 48-CTr/TWĐTN-TNTH mention, 48-CTr/TWĐTN-TNTH thuc_hien")]
    // The last pair (337, 339): a word denied enacts nothing; a short form with its year names the one of that year.
    [InlineData("Dạy học trực tuyến chỉ hỗ trợ dạy học trực tiếp, không thay thế, theo Điều 3 Thông tư số 09/2021/TT-BGDĐT ngày 30/3/2021 của Bộ GDĐT.",
        "09/2021/TT-BGDĐT thuc_hien")]
    [InlineData("Lớp 5 được đánh giá theo Thông tư số 30/2014/TT-BGDĐT được sửa đổi, bổ sung bởi Thông tư số 22/2016/TT-BGDĐT; lớp 6 theo Thông tư số 22/2021/TT-BGDĐT. Kết quả lớp 5 (theo TT 22/2016) đạt 100%.",
        "30/2014/TT-BGDĐT thuc_hien, 22/2016/TT-BGDĐT thuc_hien, 22/2021/TT-BGDĐT thuc_hien, 22/2016/TT-BGDĐT thuc_hien")]
    // Not applied, or not carried out (668, 395): told of. Denying what the instrument governs is not denying it (405).
    [InlineData("b) Không áp dụng Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ trong việc xét duyệt, chi trả học kỳ I.",
        "116/2016/NĐ-CP mention")]
    [InlineData("Việc đánh giá trẻ không thực hiện theo Thông tư số 27/2020/TT-BGDĐT ngày 04/9/2020 mà theo hướng dẫn tại mục 3 Công văn số 1349/SGDĐT-GDTH.",
        "27/2020/TT-BGDĐT mention, 1349/SGDĐT-GDTH thuc_hien")]
    [InlineData("Không thực hiện phúc khảo đối với kết quả vòng 2 bằng hình thức thực hành theo Quy chế ban hành kèm theo Thông tư số 06/2020/TT-BNV.",
        "06/2020/TT-BNV thuc_hien")]
    public void What_the_words_around_an_instrument_do_to_it_is_its_relation(string text, string expected)
    {
        Assert.Equal(expected, string.Join(", ", DocumentCitations.Extract(text, "Lâm Đồng").Select(c => $"{c.Instrument.Symbol} {c.Relation}")));
    }

    [Fact]
    public void What_a_letters_lead_in_says_it_replaces_its_items_are_replaced()
    {
        // A tester's 705: "Công văn này thay thế các văn bản hướng dẫn sau …:" over the district offices' letters, each an item of its own: a
        // letter replaces only what it says so of itself, and the items do not say it; the lead-in does.
        var document = DocumentParser.Parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI\n\nSố: 97/SGDĐT-GDMN\n\nĐồng Nai, ngày 14 tháng 01 năm 2026\n\n" +
            "V/v thực hiện thẩm quyền quản lý\n\na) Công văn này thay thế các văn bản hướng dẫn sau của Phòng Giáo dục và Đào tạo cấp huyện (cũ):\n\n" +
            "- Công văn số 1875/PGDĐT-MN ngày 20/9/2023 của Phòng GDĐT thành phố Biên Hòa về hồ sơ, thủ tục;\n" +
            "- Hướng dẫn số 06/HD-PGDĐT ngày 15/8/2022 của Phòng GDĐT huyện Trảng Bom.\n\n" +
            "b) Các trường tiếp tục thực hiện theo Thông tư số 49/2021/TT-BGDĐT.\n", "x", "x.txt");
        Assert.Equal(["1875/PGDĐT-MN thay_the", "06/HD-PGDĐT thay_the", "49/2021/TT-BGDĐT thuc_hien"],
            DocumentCitations.Extract(document).Select(c => $"{c.Instrument.Symbol} {c.Relation}"));
    }

    [Fact]
    public void What_an_instrument_named_by_kind_and_number_replaces_this_text_does_not()
    {
        // A tester's letter of a province's social insurance (335): "Nghị định 188 thay thế Nghị định số 146/2018/NĐ-CP …" made the letter replace
        // both decrees; "Nghị định này thay thế …" there would have been the decree's too.
        var document = DocumentParser.Parse("BẢO HIỂM XÃ HỘI TỈNH CÀ MAU\n\nSố: 1846/BHXH-QLT\n\nCà Mau, ngày 25 tháng 8 năm 2025\n\nV/v triển khai bảo hiểm y tế học sinh\n\n" +
            "Từ ngày 01/7/2025, Nghị định số 188/2025/NĐ-CP ngày 01/7/2025 của Chính phủ có hiệu lực thi hành. Nghị định 188 thay thế Nghị định số 146/2018/NĐ-CP " +
            "ngày 17/10/2018 và Nghị định số 75/2023/NĐ-CP ngày 19/10/2023 của Chính phủ.\n\nCông văn này thay thế Công văn số 1520/BHXH-QLT ngày 20/8/2024.\n", "x", "x.txt");
        Assert.Equal(["188/2025/NĐ-CP mention", "188/2025/NĐ-CP mention", "146/2018/NĐ-CP mention", "75/2023/NĐ-CP mention", "1520/BHXH-QLT thay_the"],
            DocumentCitations.Extract(document).Select(c => $"{c.Instrument.Symbol} {c.Relation}"));
    }

    [Theory]
    // A tester's plan (318): the decision correcting another stood in the grounds, and so did the one it corrects, named in its subject.
    [InlineData("Căn cứ Quyết định số 1398/QĐ-UBND ngày 14/7/2025 của Chủ tịch UBND tỉnh về việc kiện toàn Ban Chỉ đạo và Quyết định số 1425/QĐ-UBND ngày 18/7/2025 của Chủ tịch UBND tỉnh về việc đính chính Quyết định số 1398/QĐ-UBND;",
        "1398/QĐ-UBND can_cu, 1425/QĐ-UBND can_cu, 1398/QĐ-UBND mention")]
    // A word of the subject governs what it names: the conclusion carries on the resolution.
    [InlineData("Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013;",
        "91-KL/TW can_cu, 29-NQ/TW thuc_hien")]
    public void An_instrument_named_in_a_cited_ones_subject_is_what_that_one_is_about(string text, string expected)
    {
        Assert.Equal(expected, string.Join(", ", DocumentCitations.Extract(text, "Quảng Ngãi").Select(c => $"{c.Instrument.Symbol} {c.Relation}")));
    }

    [Theory]
    // A tester's letter (315): carried on in the passive after it, the earlier letter is implemented.
    [InlineData("Các nội dung tại Công văn số 468/UBND-VHXH ngày 29/9/2025 của Ủy ban nhân dân phường không trái với Công văn này tiếp tục được thực hiện.", "thuc_hien")]
    // Testers' 320 and 323: continued in the passive the other way round, or as what is needed; continued in force.
    [InlineData("Các nội dung kết luận tại Thông báo số 461/TB-VP ngày 21/8/2025 của Văn phòng Ủy ban nhân dân tỉnh chưa hoàn thành cần tiếp tục thực hiện, báo cáo kết quả trước ngày 30/9/2025.", "thuc_hien")]
    [InlineData("Nghị quyết số 09/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh Bình Thuận quy định mức thu tiền dịch vụ bán trú tiếp tục được áp dụng đối với các xã cho đến hết ngày 31/5/2026.", "thuc_hien")]
    [InlineData("Các nội dung tại Công văn số 468/UBND-VHXH ngày 29/9/2025 của Ủy ban nhân dân phường đã được các trường triển khai xong.", "mention")]
    // The words after a semicolon are another clause's.
    [InlineData("Công văn số 468/UBND-VHXH ngày 29/9/2025 hướng dẫn tuyển sinh; các nội dung khác tiếp tục được thực hiện.", "mention")]
    public void An_instrument_said_after_it_to_be_still_carried_out_is_implemented(string text, string relation)
    {
        Assert.Equal(relation, Assert.Single(DocumentCitations.Extract(text, "An Giang")).Relation);
    }

    [Theory]
    // A tester's decision (313): the appraisal report joined to the proposal by "và" was read as a proposal too.
    [InlineData("Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 2154/TTr-SGDĐT ngày 28 tháng 10 năm 2025 và Báo cáo thẩm định số 318/BC-STP ngày 21 tháng 10 năm 2025 của Sở Tư pháp.",
        "2154/TTr-SGDĐT de_nghi, 318/BC-STP mention")]
    [InlineData("Xét Tờ trình số 92/TTr-UBND ngày 14/6/2024 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết; Báo cáo thẩm tra số 45/BC-HĐND ngày 05/7/2024 của Ban Văn hóa - Xã hội.",
        "92/TTr-UBND de_nghi, 45/BC-HĐND mention")]
    public void A_report_appraising_the_draft_is_neither_the_proposal_nor_a_ground(string text, string expected)
    {
        Assert.Equal(expected, string.Join(", ", DocumentCitations.Extract(text, "Lào Cai").Select(c => $"{c.Instrument.Symbol} {c.Relation}")));
    }

    [Theory]
    // The thirtieth session's leftover: a ministry after the comma, opening the citing text's clause, was read as a second issuer of the Prime
    // Minister's directive, and the clause's words as its title. (Over HTTP the served graph's issuer and title for 08/CT-TTg hid it.)
    [InlineData("Thực hiện Chỉ thị số 08/CT-TTg ngày 01/6/2022 của Thủ tướng Chính phủ, Bộ GDĐT hướng dẫn các Sở GDĐT triển khai các nội dung sau:", "Thủ tướng Chính phủ | -")]
    [InlineData("Căn cứ Quyết định số 1895/QĐ-TTg ngày 11/11/2021 của Thủ tướng Chính phủ, Bộ trưởng Bộ GDĐT ban hành Kế hoạch thực hiện Chương trình.", "Thủ tướng Chính phủ | -")]
    // Two bodies issuing one instrument stay both, its subject after them: a joint circular, a joint plan of departments.
    [InlineData("Căn cứ Thông tư liên tịch số 26/2015/TTLT-BGDĐT-BNV ngày 23/10/2015 của Bộ Giáo dục và Đào tạo, Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ của Sở Giáo dục;",
        "Bộ Giáo dục và Đào tạo và Bộ Nội vụ | hướng dẫn chức năng, nhiệm vụ của Sở Giáo dục")]
    public void A_ministry_opening_the_citing_texts_clause_after_a_comma_is_no_second_issuer(string text, string expected)
    {
        var i = DocumentCitations.Extract(text, "Hưng Yên").First().Instrument;
        Assert.Equal(expected, $"{i.Issuer} | {i.Title ?? "-"}");
    }

    [Theory]
    // Seed 001 (Bắc Giang): the Prime Minister's directive nested in the province's plan's subject was titled with the plan's area.
    [InlineData("Kế hoạch số 67/KH-UBND ngày 29/3/2023 của UBND tỉnh Bắc Giang về triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 01/6/2022 của Thủ tướng Chính phủ về tăng cường công tác xây dựng văn hóa học đường trong các CSGS trên địa bàn tỉnh Bắc Giang.",
        "08/CT-TTg", "tăng cường công tác xây dựng văn hóa học đường trong các CSGS")]
    [InlineData("Triển khai Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình y tế trường học trên địa bàn toàn tỉnh.",
        "1660/QĐ-TTg", "phê duyệt Chương trình y tế trường học")]
    // A province's or a district's own instrument keeps its area: it is its subject.
    [InlineData("Thực hiện Kế hoạch số 67/KH-UBND ngày 29/3/2023 của UBND tỉnh về triển khai Chỉ thị số 08/CT-TTg trên địa bàn tỉnh Bắc Giang.",
        "67/KH-UBND", "triển khai Chỉ thị số 08/CT-TTg trên địa bàn tỉnh Bắc Giang")]
    // An area that is no province's or district's stays ("trên địa bàn cả nước"), and so do words after the area.
    [InlineData("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo về điều lệ trường trung học trên địa bàn tỉnh có nhiều cấp học;",
        "32/2020/TT-BGDĐT", "điều lệ trường trung học trên địa bàn tỉnh có nhiều cấp học")]
    [InlineData("Căn cứ Quyết định số 1895/QĐ-TTg ngày 11/11/2021 của Thủ tướng Chính phủ về tăng cường giáo dục lý tưởng cách mạng trên địa bàn cả nước;",
        "1895/QĐ-TTg", "tăng cường giáo dục lý tưởng cách mạng trên địa bàn cả nước")]
    public void A_national_instruments_subject_holds_no_provinces_area(string text, string symbol, string title)
    {
        Assert.Equal(title, DocumentCitations.Extract(text, "Bắc Giang").First(c => c.Instrument.Symbol == symbol).Instrument.Title);
    }

    [Fact]
    public void A_subject_ends_where_the_citing_texts_clause_begins_in_the_paragraph_after_a_page_break()
    {
        // From a tester (205, Yên Thế): "… về phát triển giáo dục và đào tạo năm học 2023 - 2024," then a blank line and "Phòng Giáo dục và Đào tạo
        // (GDĐT) huyện Yên Thế, tỉnh Bắc Giang xây dựng Kế hoạch …", one sentence: 187/KH-UBND was titled "… 2023 - 2024, Phòng Giáo dục và Đào tạo".
        var document = TestPaths.TesterDocument("205_f_kh_pgd_yenthe");
        Assert.Equal(["phát triển giáo dục và đào tạo năm học 2023 - 2024"],
            DocumentCitations.Extract(document).Where(c => c.Instrument.Symbol == "187/KH-UBND").Select(c => c.Instrument.Title).Distinct());
    }

    [Theory]
    [InlineData("Phối hợp thực hiện Luật Viên chức và Nghị định số 115/2020/NĐ-CP của Chính phủ.", "Luật Viên chức", "115/2020/NĐ-CP")]
    [InlineData("Các trường thực hiện đúng Luật Giáo dục và Thông tư số 32/2020/TT-BGDĐT của Bộ GDĐT.", "Luật Giáo dục", "32/2020/TT-BGDĐT")]
    public void A_law_named_bare_before_a_numbered_instrument_is_cited(string text, string law, string symbol)
    {
        // "thực hiện Luật Viên chức và Nghị định số 115/2020/NĐ-CP": the law's name ran on into the decree's citation, and was dropped.
        var citations = DocumentCitations.Extract(text, "Cao Bằng");
        Assert.Equal([(law, (string?)null, "thuc_hien"), (null, symbol, "thuc_hien")],
            citations.Select(c => (c.Instrument.Symbol is null ? c.Instrument.Title : null, c.Instrument.Symbol, c.Relation)));
    }

    [Theory]
    [InlineData("Thực hiện Luật Giáo dục 2019 và các văn bản hướng dẫn.", "Luật Giáo dục", 2019)]
    [InlineData("Thực hiện Luật Giáo dục năm 2019 và các văn bản hướng dẫn.", "Luật Giáo dục", 2019)]
    [InlineData("Theo Luật Thanh tra 2022, các đơn vị tự kiểm tra.", "Luật Thanh tra", 2022)]
    public void A_laws_year_written_bare_after_its_name_is_its_year(string text, string title, int year)
    {
        // "Luật Giáo dục 2019" was a yearless law titled "Luật Giáo dục 2019", whose key took back the 2019 law's from its number.
        var law = Assert.Single(DocumentCitations.Extract(text, null));
        Assert.Equal((title, year), (law.Instrument.Title, law.Instrument.Year));
        Assert.Equal(DocumentCitations.Extract("Căn cứ " + title + " năm " + year + ";", null).Single().Instrument.Key, law.Instrument.Key);
    }

    [Theory]
    [InlineData("Thực hiện Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ GDĐT được sửa đổi, bổ sung bởi Thông tư số 13/2023/TT-BGDĐT.", null, "Bộ Giáo dục và Đào tạo")]
    [InlineData("Căn cứ Nghị định số 88/2022/NĐ-CP ngày 26/10/2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 76/2019/NĐ-CP;", null, "Chính phủ")]
    [InlineData("Các nội dung của Thông báo số 288/TB-UBND ngày 10/7/2024 của UBND tỉnh chưa hoàn thành thì tiếp tục thực hiện.", "Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("Thực hiện Nghị quyết số 686/NQ-UBTVQH15 ngày 18/9/2023 của Ủy ban Thường vụ Quốc hội giám sát chuyên đề về giáo dục.", null, "Ủy ban Thường vụ Quốc hội")]
    [InlineData("Văn bản hợp nhất số 08/VBHN-BGDĐT ngày 05/9/2023 của Bộ Giáo dục và Đào tạo hợp nhất Thông tư ban hành Quy định chế độ làm việc.", null, "Bộ Giáo dục và Đào tạo")]
    [InlineData("Theo Quyết định số 612/QĐ-UBDT ngày 16/9/2021 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc phê duyệt danh sách các thôn.", null, "Ủy ban Dân tộc")]
    [InlineData("Quán triệt Chỉ thị số 08/CT-TTg ngày 01/6/2022 của Thủ tướng Chính phủ đến toàn thể cán bộ, giáo viên.", null, "Thủ tướng Chính phủ")]
    [InlineData("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đã được các cấp ủy quán triệt.", null, "Bộ Chính trị")]
    [InlineData("Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ trưởng Bộ Y tế và Bộ trưởng Bộ GDĐT quy định về y tế trường học;", null, "Bộ Y tế và Bộ Giáo dục và Đào tạo")]
    // A body's name capitalises its words, those of the verbs above among them.
    [InlineData("Thực hiện Quyết định số 15/QĐ-BGTVT ngày 01/3/2023 của Bộ Giao thông vận tải về an toàn giao thông.", null, "Bộ Giao thông vận tải")]
    // A joint circular cited without its issuers in words is each body's its symbol names (it was the Bộ Y tế's alone).
    [InlineData("Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 quy định về công tác y tế trường học;", null, "Bộ Y tế và Bộ Giáo dục và Đào tạo")]
    // A ministry whose name holds a comma: it was "Bộ Văn hóa".
    [InlineData("Thực hiện Kế hoạch số 1234/KH-BVHTTDL ngày 01/3/2024 của Bộ Văn hóa, Thể thao và Du lịch về phát triển thể thao trường học.", null, "Bộ Văn hóa, Thể thao và Du lịch")]
    // Lower-case words after "tỉnh" (or its name) are no place's name: the body's name ends there ("… tỉnh như sau", "… tỉnh nay").
    [InlineData("Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh như sau:", "Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("Bãi bỏ Quyết định số 45/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh như trên.", "Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("Thực hiện Quyết định số 46/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Quảng Nam như sau: các trường tổ chức tuyển sinh.", "Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("Bãi bỏ Quyết định số 47/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh nay được thay thế.", "Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("Quyết định số 12/2019/QĐ-UBND ngày 05/3/2019 của UBND tỉnh Hà Giang hết hiệu lực.", null, "Ủy ban nhân dân tỉnh Hà Giang")]
    [InlineData("Kế hoạch số 20/KH-UBND ngày 05/3/2023 của UBND huyện nay không còn phù hợp.", null, "Ủy ban nhân dân huyện")]
    // A Party committee, a congress and a council's term are named with their small words.
    [InlineData("Thực hiện Nghị quyết số 15-NQ/ĐH ngày 10/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX như sau:", null, "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX")]
    [InlineData("Thực hiện Kế hoạch số 45-KH/HU ngày 10/10/2023 của Ban Thường vụ huyện ủy như sau:", null, "Ban Thường vụ huyện ủy")]
    [InlineData("Thực hiện Công văn số 12/BHXH-QLT ngày 02/10/2023 của Bảo hiểm xã hội tỉnh như sau:", "Lai Châu", "Bảo hiểm xã hội tỉnh Lai Châu")]
    // A Party committee written short: "BCH Trung ương Đảng" stayed as written; the shorter of two spellings, it named the resolution's node for every text.
    [InlineData("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của BCH Trung ương Đảng về đổi mới căn bản, toàn diện giáo dục và đào tạo.", null, "Ban Chấp hành Trung ương Đảng")]
    // A joint circular's bodies listed with a dash: "Bộ GDĐT - Bộ Nội vụ" stayed as written.
    [InlineData("Căn cứ Thông tư liên tịch số 22/2015/TTLT-BGDĐT-BNV ngày 16/9/2015 của Bộ GDĐT - Bộ Nội vụ;", null, "Bộ Giáo dục và Đào tạo và Bộ Nội vụ")]
    // The ministries of a joint circular listed with a comma: the issuer was the first alone, and the subject lost.
    [InlineData("Căn cứ Thông tư liên tịch số 22/2015/TTLT-BGDĐT-BNV ngày 16/9/2015 của Bộ Giáo dục và Đào tạo, Bộ Nội vụ quy định mã số chức danh;", null, "Bộ Giáo dục và Đào tạo và Bộ Nội vụ")]
    [InlineData("Căn cứ Thông tư liên tịch số 22/2015/TTLT-BGDĐT-BNV ngày 16/9/2015 của Bộ trưởng Bộ GDĐT, Bộ trưởng Bộ Nội vụ quy định mã số chức danh;", null, "Bộ Giáo dục và Đào tạo và Bộ Nội vụ")]
    [InlineData("Thực hiện Kế hoạch liên tịch số 12/KHLT-BGDĐT-BVHTTDL ngày 01/3/2024 của Bộ GDĐT, Bộ Văn hóa, Thể thao và Du lịch về thể thao trường học.", null, "Bộ Giáo dục và Đào tạo và Bộ Văn hóa, Thể thao và Du lịch")]
    // The next citation, its kind written short: the issuer was "Chính phủ và KH số 2815/KH-Ủy ban nhân dân".
    [InlineData("Nâng chuẩn theo Nghị định số 71/2020/NĐ-CP ngày 30/6/2020 của Chính phủ và KH số 2815/KH-UBND ngày 12/10/2020 của UBND tỉnh.", "Điện Biên", "Chính phủ")]
    [InlineData("Thực hiện Chỉ thị số 03/CT-BGDĐT ngày 26/8/2024 của Bộ GDĐT và QĐ số 1436/QĐ-UBND ngày 28/8/2024 của UBND tỉnh.", "Điện Biên", "Bộ Giáo dục và Đào tạo")]
    public void An_issuer_is_the_bodys_name_not_the_words_the_sentence_goes_on_with(string text, string? province, string issuer)
    {
        // From a tester: 32/2020/TT-BGDĐT was issued by "Bộ GDĐT được sửa đổi", 88/2022/NĐ-CP by "Chính phủ sửa đổi", 612/QĐ-UBDT by "Bộ trưởng".
        Assert.Equal(issuer, DocumentCitations.Extract(text, province).First().Instrument.Issuer);
    }

    [Theory]
    // UBND huyện Sơn Dương's plan: its own decisions and last year's plan, the district Party committee's resolution; the province's plan stays the province's.
    [InlineData("121_heldout_kh_huyen", "98/KH-UBND", "Ủy ban nhân dân huyện Sơn Dương", "98-kh-ubnd-2023-tuyen-quang-huyen-son-duong")]
    [InlineData("121_heldout_kh_huyen", "1580/QĐ-UBND", "Ủy ban nhân dân huyện Sơn Dương", "1580-qd-ubnd-2024-tuyen-quang-huyen-son-duong")]
    [InlineData("121_heldout_kh_huyen", "2315/QĐ-UBND", "Ủy ban nhân dân huyện Sơn Dương", "2315-qd-ubnd-2023-tuyen-quang-huyen-son-duong")]
    [InlineData("121_heldout_kh_huyen", "05-NQ/HU", "Ban Chấp hành Đảng bộ huyện Sơn Dương", "05-nq-hu-2021-tuyen-quang-huyen-son-duong")]
    [InlineData("121_heldout_kh_huyen", "145/KH-UBND", "Ủy ban nhân dân tỉnh Tuyên Quang", "145-kh-ubnd-2024-tuyen-quang")]
    // The Phòng GDĐT of huyện Lương Tài: its district's committee, named before the citation ("chỉ đạo của UBND huyện tại Văn bản số"), and its own letter.
    [InlineData("114_heldout_cv_phong", "1287/UBND-VP", "Ủy ban nhân dân huyện Lương Tài", "1287-ubnd-vp-2024-bac-ninh-huyen-luong-tai")]
    [InlineData("114_heldout_cv_phong", "389/PGDĐT-THCS", "Phòng Giáo dục và Đào tạo huyện Lương Tài", "389-pgddt-thcs-2023-bac-ninh-huyen-luong-tai")]
    // Quận 1's "UBND Thành phố" is Hồ Chí Minh's, a district of another level.
    [InlineData("104_heldout_quan1", "3310/QĐ-UBND", "Ủy ban nhân dân thành phố Hồ Chí Minh", "3310-qd-ubnd-2024-ho-chi-minh")]
    public void An_unnamed_district_body_in_a_districts_text_is_that_district(string file, string symbol, string issuer, string key)
    {
        // From a tester: "Kế hoạch số 98/KH-UBND ngày 20/9/2023 của UBND huyện" in Sơn Dương's plan was joined with Tuyên Quang's own 98/KH-UBND.
        var document = TestPaths.HeldOutDocument(file);
        var cited = DocumentCitations.Extract(document).Where(c => c.Instrument.Symbol == symbol).Select(c => (c.Instrument.Issuer, c.Instrument.Key)).Distinct();
        Assert.Equal((issuer, key), Assert.Single(cited));
    }

    [Theory]
    // fixer-s's 305 (Phòng GDĐT Lạc Sơn): "thực hiện ý kiến chỉ đạo của Chủ tịch UBND huyện tại Thông báo số 245/TB-UBND" is the district's.
    [InlineData("305_s_cv_pgd_lacson", "245/TB-UBND", "Ủy ban nhân dân huyện Lạc Sơn", "245-tb-ubnd-2024-hoa-binh-huyen-lac-son")]
    // A person of the Sở before its Tờ trình names no more than the code does: the Sở of the province, as before.
    [InlineData("100_heldout_quangninh", "2046/TTr-SGDĐT", "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh", "2046-ttr-sgddt-2023-quang-ninh")]
    public void A_district_chair_named_before_the_citation_gives_it_the_district(string file, string symbol, string issuer, string key)
    {
        // From fixer-s's 305: the district chair's Thông báo was issued by "Ủy ban nhân dân tỉnh Hòa Bình" and keyed as the province's own
        // 245/TB-UBND: a person's office before the citation was never read, and the code UBND alone names the province's committee.
        var document = file.StartsWith('3') ? TestPaths.TesterDocument(file) : TestPaths.HeldOutDocument(file);
        var cited = DocumentCitations.Extract(document).Where(c => c.Instrument.Symbol == symbol).Select(c => (c.Instrument.Issuer, c.Instrument.Key)).Distinct();
        Assert.Equal((issuer, key), Assert.Single(cited));
    }

    [Fact]
    public void A_district_chair_named_before_the_citation_in_a_provinces_text_gives_it_that_district()
    {
        const string text = "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND huyện Mai Sơn tại Thông báo số 12/TB-UBND ngày 05/9/2024, Sở GDĐT hướng dẫn như sau.";
        var cited = DocumentCitations.Extract(text, "Sơn La").Single().Instrument;
        Assert.Equal(("Ủy ban nhân dân huyện Mai Sơn", "12-tb-ubnd-2024-son-la-huyen-mai-son"), (cited.Issuer, cited.Key));
    }

    [Theory]
    // fixer-s's 305 (Phòng GDĐT Lạc Sơn): the plan and the notice of "Ban Thường vụ Huyện ủy Lạc Sơn", "Thường trực Huyện ủy Lạc Sơn".
    [InlineData("Thực hiện Kế hoạch số 08-KH/HU ngày 05/6/2024 của Ban Thường vụ Huyện ủy Lạc Sơn về giáo dục đạo đức.", "Hòa Bình", "08-kh-hu-2024-hoa-binh-huyen-lac-son")]
    [InlineData("Thực hiện Thông báo số 320-TB/HU ngày 20/9/2024 của Thường trực Huyện uỷ Lạc Sơn về kết luận.", "Hòa Bình", "320-tb-hu-2024-hoa-binh-huyen-lac-son")]
    [InlineData("Thực hiện Kết luận số 15-KL/QU ngày 02/3/2024 của Ban Thường vụ Quận ủy Ba Đình về giáo dục.", "Hà Nội", "15-kl-qu-2024-ha-noi-quan-ba-dinh")]
    // A committee named by its district's level and name, as before; a centrally run city's Party committee is the province's.
    [InlineData("Thực hiện Chỉ thị số 08-CT/QU ngày 15/8/2024 của Ban Thường vụ Quận ủy Quận 1 về năm học mới.", "Hồ Chí Minh", "08-ct-qu-2024-ho-chi-minh-quan-1")]
    [InlineData("Thực hiện Chương trình số 06-CTr/TU ngày 17/3/2021 của Thành ủy Hà Nội về phát triển giáo dục.", "Hà Nội", "06-ctr-tu-2021-ha-noi")]
    public void A_district_party_committee_named_in_its_issuer_gives_the_citation_that_district(string text, string province, string key)
    {
        // From fixer-s's 305: 08-KH/HU of "Ban Thường vụ Huyện ủy Lạc Sơn" was keyed to Hòa Bình alone, one node with every other
        // district's 08-KH/HU: a district was read from "huyện Lạc Sơn", never from its Party committee's name.
        Assert.Equal(key, DocumentCitations.Extract(text, province).Single().Instrument.Key);
    }

    [Fact]
    public void A_districts_unnamed_committee_followed_by_the_texts_own_words_is_that_district()
    {
        // From a tester: "Kế hoạch số 215/KH-UBND … của UBND huyện như sau:" in Yên Thế's letter was issued by "Ủy ban nhân dân huyện như
        // sau", no district, and keyed to Bắc Giang alone: one node with the province's own 215/KH-UBND of 2023.
        const string text = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\n\nSố: 1902/UBND-GDĐT\nV/v triển khai Kế hoạch huy động trẻ mầm non ra lớp\n\n" +
                            "Yên Thế, ngày 02 tháng 10 năm 2023\n\nKính gửi: Ủy ban nhân dân các xã, thị trấn.\n\n" +
                            "Thực hiện Kế hoạch số 633/KH-UBND ngày 21/12/2022 của UBND tỉnh Bắc Giang, Ủy ban nhân dân huyện đã ban hành Kế hoạch số " +
                            "215/KH-UBND ngày 25/9/2023 của UBND huyện như sau: huy động trẻ nhà trẻ đạt 40%, trẻ mẫu giáo đạt 98%.\n";
        var document = DocumentParser.Parse(text, "x", "x.txt");
        var cited = DocumentCitations.Extract(document).Single(c => c.Instrument.Symbol == "215/KH-UBND").Instrument;
        Assert.Equal(("Ủy ban nhân dân huyện Yên Thế", "215-kh-ubnd-2023-bac-giang-huyen-yen-the"), (cited.Issuer, cited.Key));
    }

    [Theory]
    [InlineData("Thực hiện nghiêm Chỉ thị số 08/CT-TTg nêu trên; các phòng GDĐT tham mưu UBND cấp huyện ban hành văn bản thay thế Quyết định số 1745/QĐ-UBND ngày 05/7/2013 của UBND tỉnh Thái Nguyên ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh.",
        "1745/QĐ-UBND", "mention")]
    [InlineData("d) Thực hiện Chỉ thị số 15-CT/TU nêu trên; rà soát các văn bản hướng dẫn của Sở để bãi bỏ các văn bản không còn phù hợp, trong đó có Hướng dẫn số 1520/HD-SGDĐT ngày 28/8/2022.",
        "1520/HD-SGDĐT", "mention")]
    [InlineData("Bộ Giáo dục và Đào tạo sẽ ban hành Thông tư thay thế Thông tư số 28/2020/TT-BGDĐT trong năm 2025.", "28/2020/TT-BGDĐT", "mention")]
    [InlineData("Sở Tư pháp chủ trì, phối hợp với Sở GDĐT nhằm sửa đổi, bổ sung Quyết định số 09/2021/QĐ-UBND cho phù hợp.", "09/2021/QĐ-UBND", "mention")]
    // What the text itself does stays so.
    [InlineData("Chỉ thị này thay thế Chỉ thị số 18/CT-UBND ngày 08/9/2023 của Chủ tịch Ủy ban nhân dân tỉnh.", "18/CT-UBND", "thay_the")]
    [InlineData("Để bảo đảm thống nhất, Quyết định này thay thế Quyết định số 3150/QĐ-UBND ngày 10/9/2022.", "3150/QĐ-UBND", "thay_the")]
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 3150/QĐ-UBND ngày 10/9/2022.", "3150/QĐ-UBND", "thay_the")]
    public void What_another_body_is_to_do_or_the_text_means_to_do_replaces_and_repeals_nothing(string text, string symbol, string relation)
    {
        // From a tester: "các phòng GDĐT tham mưu UBND cấp huyện ban hành văn bản thay thế Quyết định số 1745/QĐ-UBND" made Thái Nguyên's plan
        // replace 1745; "rà soát … để bãi bỏ …, trong đó có Hướng dẫn số 1520/HD-SGDĐT" made Hà Tĩnh's directive repeal 1520.
        Assert.Equal(relation, DocumentCitations.Extract(text, "Hà Tĩnh").Single(c => c.Instrument.Symbol == symbol).Relation);
    }

    [Fact]
    public void A_kind_written_short_before_its_number_is_that_kind_as_written_in_full()
    {
        // From a tester: "Thực hiện QĐ số 2457/QĐ-BGDĐT; CV số 1234/SGDĐT-GDTrH; …" cited "số 1234/SGDĐT-GDTrH" (the kind dropped from the
        // surface), and every item after the first was a mention; with the kinds in full all five are implemented.
        const string full = "Thực hiện Quyết định số 2457/QĐ-BGDĐT; Công văn số 1234/SGDĐT-GDTrH; Kế hoạch số 56/KH-UBND; Thông tư số 32/2020/TT-BGDĐT; Nghị định số 24/2021/NĐ-CP.";
        const string abbreviated = "Thực hiện QĐ số 2457/QĐ-BGDĐT; CV số 1234/SGDĐT-GDTrH; KH số 56/KH-UBND; TT số 32/2020/TT-BGDĐT; NĐ số 24/2021/NĐ-CP.";
        var inFull = DocumentCitations.Extract(full, "Thái Nguyên");
        var inShort = DocumentCitations.Extract(abbreviated, "Thái Nguyên");
        Assert.Equal(["QĐ số 2457/QĐ-BGDĐT", "CV số 1234/SGDĐT-GDTrH", "KH số 56/KH-UBND", "TT số 32/2020/TT-BGDĐT", "NĐ số 24/2021/NĐ-CP"], inShort.Select(c => c.Surface));
        Assert.Equal(inFull.Select(c => (c.Relation, c.Instrument.Kind, c.Instrument.Key)), inShort.Select(c => (c.Relation, c.Instrument.Kind, c.Instrument.Key)));
        Assert.All(inShort, c => Assert.Equal("thuc_hien", c.Relation));
    }

    [Theory]
    [InlineData("Điều 2. Bãi bỏ Điều 9 của Quy định ban hành kèm theo Quyết định nêu trên; bãi bỏ Quyết định số 2210/QĐ-UBND ngày 19/7/2019 của Chủ tịch Ủy ban nhân dân tỉnh.",
        "15/2022/QĐ-UBND bai_bo Quyết định nêu trên")]
    [InlineData("Điều 2. Quyết định này thay thế Kế hoạch nói trên.", "20/KH-UBND thay_the Kế hoạch nói trên")]
    // Named back in passing, the instrument is linked where it is cited by number (the held-out lists do not list "Kế hoạch nêu trên").
    [InlineData("Điều 2. Trong quá trình thực hiện Kế hoạch nêu trên, các đơn vị báo cáo kịp thời.", "")]
    // A repeal the text means to make later is none.
    [InlineData("Điều 2. Sở Tư pháp rà soát để bãi bỏ Quyết định nêu trên.", "")]
    public void An_instrument_named_back_by_its_kind_is_what_the_text_repeals_or_replaces(string article, string expected)
    {
        // From a tester: Quảng Nam's decision "Bãi bỏ Điều 9 của Quy định ban hành kèm theo Quyết định nêu trên" repeals an article of
        // 15/2022/QĐ-UBND, which its Điều 1 cites; the graph had no bai_bo from the decision to it.
        const string decision = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 27/2024/QĐ-UBND\n\nQuảng Nam, ngày 04 tháng 10 năm 2024\n\nQUYẾT ĐỊNH\n" +
                                "Sửa đổi, bổ sung một số điều của Quy định về tuyển sinh vào lớp 10\n\nQUYẾT ĐỊNH:\n\n" +
                                "Điều 1. Thực hiện Kế hoạch số 20/KH-UBND ngày 05/3/2024 của UBND tỉnh, sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo " +
                                "Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh như sau:\n\n1. Sửa đổi khoản 2 Điều 5.\n\n";
        var document = DocumentParser.Parse(decision + article + "\n", "x", "x.txt");
        var citations = DocumentCitations.Extract(document);
        var first = citations.Single(c => c.Surface.StartsWith("Quyết định số 15/2022", StringComparison.Ordinal));
        var back = citations.Where(c => c.Surface.EndsWith(" trên", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, string.Join("; ", back.Select(c => $"{c.Instrument.Symbol} {c.Relation} {c.Surface}")));
        if (back.Count > 0 && back[0].Instrument.Symbol == first.Instrument.Symbol) Assert.Equal(first.Instrument.Key, back[0].Instrument.Key);
    }

    private const string ProvincialPlan = "UBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 2105/KH-SGDĐT\n\nNghệ An, ngày 20 tháng 9 năm 2024\n\n" +
                                          "KẾ HOẠCH\nTriển khai Chương trình giáo dục phổ thông 2018 năm học 2024 - 2025\n\nII. NỘI DUNG\n\n";

    [Theory]
    [InlineData("1. Lựa chọn sách giáo khoa: thực hiện theo Thông tư số 27/2023/TT-BGDĐT ngày 28/12/2023 của Bộ trưởng Bộ GD&ĐT quy định việc lựa chọn sách giáo khoa trong cơ sở giáo dục phổ thông; Thông tư này thay thế Thông tư số 25/2020/TT-BGDĐT ngày 26/8/2020.",
        "27/2023/TT-BGDĐT thuc_hien; 25/2020/TT-BGDĐT mention")]
    [InlineData("2. Thực hiện đánh giá học sinh theo Thông tư số 27/2020/TT-BGDĐT; Thông tư này thay thế Thông tư số 30/2014/TT-BGDĐT ngày 28/8/2014 và Thông tư số 22/2016/TT-BGDĐT ngày 22/9/2016 của Bộ trưởng Bộ GDĐT, vì vậy các đơn vị không tiếp tục sử dụng biểu mẫu theo các Thông tư đã hết hiệu lực.",
        "27/2020/TT-BGDĐT thuc_hien; 30/2014/TT-BGDĐT mention; 22/2016/TT-BGDĐT mention")]
    // "Kế hoạch này" in a plan is the plan itself: what it replaces, it replaces, every instrument of the list.
    [InlineData("3. Thực hiện Kế hoạch số 56/KH-UBND ngày 16/02/2024 của UBND tỉnh; Kế hoạch này thay thế Kế hoạch số 74/KH-SGDĐT ngày 15/9/2023 và Kế hoạch số 75/KH-SGDĐT ngày 16/9/2023.",
        "56/KH-UBND thuc_hien; 74/KH-SGDĐT thay_the; 75/KH-SGDĐT thay_the")]
    public void An_instrument_this_kind_says_this_of_is_the_one_just_cited_unless_it_is_the_documents_own_kind(string paragraph, string relations)
    {
        // From a tester: "thực hiện theo Thông tư số 27/2023/TT-BGDĐT …; Thông tư này thay thế Thông tư số 25/2020/TT-BGDĐT" made Nghệ An's plan
        // replace the ministry's circular 25/2020 ("Thông tư này" is 27/2023); and in "… thay thế Thông tư số 30/2014 … và Thông tư số 22/2016"
        // the second was implemented.
        var document = DocumentParser.Parse(ProvincialPlan + paragraph + "\n", "x", "x.txt");
        Assert.Equal(relations, string.Join("; ", DocumentCitations.Extract(document).Select(c => $"{c.Instrument.Symbol} {c.Relation}")));
    }

    [Theory]
    [InlineData("Triển khai Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" theo Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ.")]
    [InlineData("Thực hiện Chương trình “Tăng cường giáo dục lý tưởng cách mạng cho thanh niên giai đoạn 2022-2030” tại Quyết định số 1895/QĐ-TTg ngày 11/11/2021 của Thủ tướng Chính phủ.")]
    public void A_programme_followed_by_the_decision_approving_it_is_cited_as_that_decision(string text)
    {
        // From a tester: the Đề án named before "theo Quyết định số 1373/QĐ-TTg" was a node of each citing province besides the decision,
        // though the decision is how every text names it ("… phê duyệt tại", "ban hành kèm theo" already were).
        var inBacGiang = Assert.Single(DocumentCitations.Extract(text, "Bắc Giang")).Instrument;
        var inThanhHoa = Assert.Single(DocumentCitations.Extract(text, "Thanh Hóa")).Instrument;
        Assert.Equal(("Quyết định", Instrument.National), (inBacGiang.Kind, inBacGiang.Scope));
        Assert.Equal(inBacGiang.Key, inThanhHoa.Key);
    }

    [Fact]
    public void A_district_education_offices_symbol_in_the_districts_own_text_is_that_districts()
    {
        // From a tester: "Tờ trình số 215/TTr-PGDĐT" of huyện Mai Sơn's Phòng GDĐT, cited in the district's decision without its issuer named
        // ("của Trưởng phòng GDĐT huyện"), was keyed to Sơn La alone, one node with any other district's 215/TTr-PGDĐT of that year.
        const string text = "ỦY BAN NHÂN DÂN\nHUYỆN MAI SƠN\n\nSố: 1980/QĐ-UBND\n\nMai Sơn, ngày 05 tháng 12 năm 2023\n\nQUYẾT ĐỊNH\n" +
                            "Về việc công nhận xã, thị trấn đạt chuẩn phổ cập giáo dục, xoá mù chữ năm 2023\n\n" +
                            "Theo đề nghị của Trưởng phòng GDĐT huyện tại Tờ trình số 215/TTr-PGDĐT ngày 28/11/2023.\n\nQUYẾT ĐỊNH:\n\n" +
                            "Điều 1. Công nhận 22 xã, thị trấn đạt chuẩn phổ cập giáo dục, xoá mù chữ; báo cáo UBND tỉnh Sơn La trước ngày 25/12/2023.\n";
        var document = DocumentParser.Parse(text, "x", "x.txt");
        var cited = Assert.Single(DocumentCitations.Extract(document), c => c.Instrument.Symbol == "215/TTr-PGDĐT").Instrument;
        Assert.Equal(("Phòng Giáo dục và Đào tạo huyện Mai Sơn", "215-ttr-pgddt-2023-son-la-huyen-mai-son"), (cited.Issuer, cited.Key));
        // In the province's own text the same symbol names no district it could be.
        var provincial = Assert.Single(DocumentCitations.Extract("Theo đề nghị tại Tờ trình số 215/TTr-PGDĐT ngày 28/11/2023.", "Sơn La")).Instrument;
        Assert.Equal("215-ttr-pgddt-2023-son-la", provincial.Key);
    }

    [Fact]
    public void A_programme_named_with_a_central_issuer_is_the_countrys_whichever_province_cites_it()
    {
        // 'triển khai Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030" của Thủ tướng Chính phủ' made a node per citing province
        // (An Giang's, Ninh Bình's), without its issuer.
        const string text = "Các đơn vị triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” của Thủ tướng Chính phủ.";
        var inAnGiang = Assert.Single(DocumentCitations.Extract(text, "An Giang")).Instrument;
        var inNinhBinh = Assert.Single(DocumentCitations.Extract(text, "Ninh Bình")).Instrument;
        Assert.Equal((Instrument.National, "Thủ tướng Chính phủ"), (inAnGiang.Scope, inAnGiang.Issuer));
        Assert.Equal(inAnGiang.Key, inNinhBinh.Key);
        // A province's own programme stays the province's.
        var local = Assert.Single(DocumentCitations.Extract("Các đơn vị triển khai Đề án “Phát triển giáo dục mầm non giai đoạn 2021 - 2025” của UBND tỉnh.", "An Giang")).Instrument;
        Assert.Equal("An Giang", local.Scope);
    }


    [Theory]
    [InlineData("Căn cứ Kế hoạch số 135/KH-UBND ngày 10/5/2022 của UBND tỉnh về thực hiện Chương trình Sức khỏe học đường giai đoạn 2021 - 2025 trên địa bàn tỉnh;",
        "Chương trình Sức khỏe học đường giai đoạn 2021 - 2025")]
    [InlineData("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh ban hành Kế hoạch thực hiện Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025 trên địa bàn tỉnh.",
        "Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025")]
    public void A_programme_named_by_its_period_in_a_numbered_citations_subject_is_cited_as_it_is_in_quotes(string text, string programme)
    {
        // From fixer-u's sentences: "Kế hoạch số 135/KH-UBND … về thực hiện Chương trình Sức khỏe học đường giai đoạn 2021 - 2025" cited the plan
        // alone, while the same programme in quotes ('về triển khai Đề án “…”', held-out 121) was its own citation: the plan's kind word began
        // a period title running to the programme's period, which the plan's citation held, and the programme inside it was never looked for.
        var cited = DocumentCitations.Extract(text, "Lào Cai");
        var named = Assert.Single(cited, c => c.Instrument.Symbol is null);
        Assert.Equal((programme, "thuc_hien"), (named.Surface, named.Relation));
        Assert.Single(cited, c => c.Instrument.Symbol is not null);
    }

    [Theory]
    [InlineData("Thực hiện đúng tiến độ Kế hoạch số 155/KH-UBND của UBND tỉnh về việc đảm bảo CSVC thực hiện Chương trình GDMN và GDPT giai đoạn 2019-2025.")]
    [InlineData("Các trường thực hiện Chương trình giáo dục phổ thông giai đoạn 2021 - 2025 theo lộ trình.")]
    public void A_curriculum_followed_by_a_period_is_no_programme(string text) =>
        // Seed 001: the period is the plan's, whose subject names the curricula; a curriculum is no instrument (Data/citations/README.md).
        Assert.All(DocumentCitations.Extract(text, "Bắc Giang"), c => Assert.NotNull(c.Instrument.Symbol));
    [Fact]
    public void An_instrument_listed_in_a_table_takes_its_date_from_the_next_cell_and_shows_its_row()
    {
        // A report's table of instruments ("| 7 | 1653/QĐ-UBND | 15/8/2024 | UBND tỉnh | Ban hành … |"): the date beside the symbol was
        // not read (the instrument page had no date), and the context was the bare cell "1653/QĐ-UBND".
        const string text = "BÁO CÁO\nKết quả rà soát văn bản\n\n| STT | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |\n|---|---|---|---|---|\n" +
                            "| 7 | 1653/QĐ-UBND | 15/8/2024 | UBND tỉnh | Ban hành Kế hoạch thời gian năm học 2024 - 2025 |\n" +
                            "| 8 | 2457/QĐ-BGDĐT | Đang thực hiện | Bộ GDĐT | Kế hoạch nhiệm vụ năm học |\n";
        var document = EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.md");
        var citations = DocumentCitations.Extract(document);
        var listed = citations.Single(c => c.Instrument.Symbol == "1653/QĐ-UBND");
        Assert.Equal(("2024-08-15", 2024), (listed.Instrument.Date, listed.Instrument.Year));
        Assert.Contains("15/8/2024", listed.Context, StringComparison.Ordinal);
        Assert.Contains("Ban hành Kế hoạch thời gian năm học", listed.Context, StringComparison.Ordinal);
        // A cell that is no date dates nothing.
        Assert.Null(citations.Single(c => c.Instrument.Symbol == "2457/QĐ-BGDĐT").Instrument.Date);
    }

    [Fact]
    public void A_sentence_a_page_break_leaves_on_a_joining_word_goes_on_in_the_next_paragraph()
    {
        const string text = "KẾ HOẠCH\nY tế trường học năm học 2024 - 2025\n\nCăn cứ Công văn số 5124/BYT-MT ngày 06/9/2024 của Bộ Y tế về y tế trường học năm học 2024 - 2025 và\n\n" +
                            "Công văn số 4012/BGDĐT-GDTC ngày 09/8/2024 của Bộ Giáo dục và Đào tạo về giáo dục thể chất;\n\nCác trường thực hiện các nội dung sau,\n\na) Khám sức khỏe đầu năm.\n";
        var document = EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.txt");
        var citations = DocumentCitations.Extract(document);
        Assert.Equal(["can_cu", "can_cu"], citations.Select(c => c.Relation));
        // A lettered item after a comma still opens a section of its own.
        Assert.Contains(document.Sections, s => s.Number == "a");
    }

    [Fact]
    public void A_repeal_listing_decisions_of_the_merged_provinces_repeals_each_of_them()
    {
        // 201 (Phú Thọ) "2. Bãi bỏ các Quyết định sau đây của Ủy ban nhân dân các tỉnh trước khi sắp xếp đơn vị hành chính:" then "a) …", "b) …",
        // "c) …": a lead-in too long for numbered headings to be its items, over items that are each an instrument.
        var document = TestPaths.TesterDocument("201_f_qd_phutho");
        var repealed = DocumentCitations.Extract(document)
            .Where(c => c.Instrument.Symbol is "12/2025/QĐ-UBND" or "09/2025/QĐ-UBND" or "07/2025/QĐ-UBND").ToList();
        Assert.Equal(["bai_bo", "bai_bo", "bai_bo"], repealed.Select(c => c.Relation));
    }

    [Theory]
    // A repeat of an instrument the text cites in full elsewhere, then another instrument of its kind with its own date: the date is the other's.
    [InlineData("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng.\n\nTiếp tục thực hiện Nghị quyết số 29-NQ/TW; Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.",
        "29-NQ/TW", "29-nq-tw-2013")]
    [InlineData("Thực hiện Kết luận số 91-KL/TW, Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị.\n\nCăn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị.",
        "91-KL/TW", "91-kl-tw-2024")]
    // Cited once, the list's date is still the one it shares ("Thông tư số 17/2018/TT-BGDĐT và Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018").
    [InlineData("Thực hiện Chỉ thị số 05-CT/TW và Chỉ thị số 10-CT/TW ngày 30/12/2021 của Bộ Chính trị.", "05-CT/TW", "05-ct-tw-2021")]
    public void A_repeat_keeps_its_instruments_date_not_the_next_citations_in_a_list(string text, string symbol, string key)
    {
        // The testers' 309 (Quảng Trị): "… về tiếp tục thực hiện Nghị quyết số 29-NQ/TW; Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị"
        // made the repeat of 29-NQ/TW (of 04/11/2013, cited in full just before) a resolution of the Politburo of 22/8/2025, an instrument of its own.
        Assert.All(DocumentCitations.Extract(text, "Quảng Trị").Where(c => c.Instrument.Symbol == symbol), c => Assert.Equal(key, c.Instrument.Key));
    }

    [Fact]
    public void The_testers_letter_cites_one_resolution_29_NQ_TW()
    {
        var resolution = DocumentCitations.Extract(TestPaths.TesterDocument("309_w_cv_sgd_quangtri")).Where(c => c.Instrument.Symbol == "29-NQ/TW").ToList();
        Assert.Equal(2, resolution.Count);
        Assert.All(resolution, c => Assert.Equal(("29-nq-tw-2013", "2013-11-04", "Ban Chấp hành Trung ương Đảng"), (c.Instrument.Key, c.Instrument.Date, c.Instrument.Issuer)));
    }

    /// <summary>Each document of <paramref name="corpus"/> with its hand-checked list (<c>{id}.tsv</c> in <paramref name="lists"/>) and what the extractor finds.</summary>
    private static List<(IReadOnlyList<ExpectedCitation>, IReadOnlyList<Citation>)> HandChecked(string corpus, string lists)
    {
        var reader = new CorpusReader(corpus);
        // Texts written to test the metadata alone (343-348) have no list.
        return reader.Files().Select(f => reader.Read(f).Document!).Where(d => File.Exists(Path.Combine(lists, d.Id + ".tsv"))).Select(d =>
            ((IReadOnlyList<ExpectedCitation>)CitationEvaluation.Load(Path.Combine(lists, d.Id + ".tsv"), d.Text),
             (IReadOnlyList<Citation>)DocumentCitations.Extract(d))).ToList();
    }

    [Theory]
    [InlineData("Căn cứ Hiến pháp năm 2013;", "Hiến pháp năm 2013")]
    [InlineData("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013")]
    [InlineData("Căn cứ Hiến pháp nước CHXHCN Việt Nam ngày 28/11/2013;", "Hiến pháp nước CHXHCN Việt Nam ngày 28/11/2013")]
    [InlineData("Căn cứ Hiến pháp 2013, Luật Giáo dục năm 2019;", "Hiến pháp 2013")]
    [InlineData("Căn cứ Hiến pháp năm 2013 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;", "Hiến pháp năm 2013")]
    public void The_constitution_named_with_its_year_is_one_national_instrument_however_its_name_is_written(string text, string surface)
    {
        // From the previous team's notes: "Căn cứ Hiến pháp năm 2013" was no citation at all. Every text naming it, with the state's name or
        // without, is one node of the graph: the kind and the year, as a law named with its year is.
        var cited = DocumentCitations.Extract(text, "Điện Biên").First();
        Assert.Equal((surface, "Hiến pháp", "hien-phap-2013", Instrument.National, 2013, "can_cu"),
            (cited.Surface, cited.Instrument.Kind, cited.Instrument.Key, cited.Instrument.Scope, cited.Instrument.Year, cited.Relation));
        Assert.Equal("Quốc hội", cited.Instrument.Issuer);
    }

    [Theory]
    [InlineData("Căn cứ Luật Cán bộ, công chức năm 2008;", "Luật Cán bộ, công chức năm 2008", "luat-can-bo-cong-chuc-2008")]
    [InlineData("Căn cứ Luật Cán bộ, công chức 2008;", "Luật Cán bộ, công chức 2008", "luat-can-bo-cong-chuc-2008")]
    [InlineData("Căn cứ Luật Cán bộ, công chức và Luật Viên chức;", "Luật Cán bộ, công chức|Luật Viên chức", "luat-can-bo-cong-chuc luat-vien-chuc")]
    [InlineData("Căn cứ Luật Cán bộ, công chức, Luật Viên chức;", "Luật Cán bộ, công chức|Luật Viên chức", "luat-can-bo-cong-chuc luat-vien-chuc")]
    [InlineData("Căn cứ Luật Giáo dục, nâng cao chất lượng dạy học.", "Luật Giáo dục", "luat-giao-duc")]
    [InlineData("Căn cứ Luật Giáo dục, các trường tổ chức dạy học;", "Luật Giáo dục", "luat-giao-duc")]
    [InlineData("Căn cứ Luật Phòng, chống tham nhũng ngày 20/11/2018 và Luật Cán bộ, công chức 2008.", "Luật Phòng, chống tham nhũng ngày 20/11/2018|Luật Cán bộ, công chức 2008", "luat-phong-chong-tham-nhung-2018 luat-can-bo-cong-chuc-2008")]
    public void A_law_whose_name_holds_a_comma_is_named_whole(string text, string surfaces, string keys)
    {
        // "Luật Cán bộ, công chức và Luật Viên chức" cited a "Luật Cán bộ", a law of its own: the name was cut at its comma unless a date
        // or "năm" and a year followed it.
        var cited = DocumentCitations.Extract(text, "Điện Biên");
        Assert.Equal(surfaces.Split('|'), cited.Select(c => c.Surface));
        Assert.Equal(keys.Split(' '), cited.Select(c => c.Instrument.Key));
        Assert.All(cited, c => Assert.Equal(("Luật", Instrument.National), (c.Instrument.Kind, c.Instrument.Scope)));
    }

    [Theory]
    [InlineData("Căn cứ các Luật: Giáo dục năm 2019, Viên chức năm 2010;", "Luật: Giáo dục năm 2019|Viên chức năm 2010", "luat-giao-duc-2019 luat-vien-chuc-2010")]
    [InlineData("Căn cứ các Luật Giáo dục năm 2019, Viên chức năm 2010 và Cán bộ, công chức năm 2008;",
        "Luật Giáo dục năm 2019|Viên chức năm 2010|Cán bộ, công chức năm 2008", "luat-giao-duc-2019 luat-vien-chuc-2010 luat-can-bo-cong-chuc-2008")]
    [InlineData("Căn cứ các Luật: Giáo dục ngày 14/6/2019, Viên chức ngày 15/11/2010;", "Luật: Giáo dục ngày 14/6/2019|Viên chức ngày 15/11/2010", "luat-giao-duc-2019 luat-vien-chuc-2010")]
    [InlineData("Căn cứ các Luật: Giáo dục, Viên chức, Cán bộ, công chức;", "Luật: Giáo dục|Viên chức|Cán bộ, công chức", "luat-giao-duc luat-vien-chuc luat-can-bo-cong-chuc")]
    [InlineData("Căn cứ Luật Giáo dục năm 2019, Viên chức năm 2010;", "Luật Giáo dục năm 2019|Viên chức năm 2010", "luat-giao-duc-2019 luat-vien-chuc-2010")]
    [InlineData("Căn cứ Luật Giáo dục năm 2019, Luật Viên chức năm 2010, Luật Cán bộ, công chức năm 2008;",
        "Luật Giáo dục năm 2019|Luật Viên chức năm 2010|Luật Cán bộ, công chức năm 2008", "luat-giao-duc-2019 luat-vien-chuc-2010 luat-can-bo-cong-chuc-2008")]
    [InlineData("Căn cứ các Bộ luật: Dân sự năm 2015, Lao động năm 2019;", "Bộ luật: Dân sự năm 2015|Lao động năm 2019", "bo-luat-dan-su-2015 bo-luat-lao-dong-2019")]
    [InlineData("Căn cứ các Luật: Giáo dục ngày 14/6/2019; Ngân sách nhà nước ngày 25/6/2015; Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo.",
        "Luật: Giáo dục ngày 14/6/2019|Ngân sách nhà nước ngày 25/6/2015", "luat-giao-duc-2019 luat-ngan-sach-nha-nuoc-2015")]
    public void Laws_listed_after_one_kind_word_are_each_the_law_cited_alone(string text, string surfaces, string keys)
    {
        // "Căn cứ các Luật: Giáo dục năm 2019, Viên chức năm 2010" cited nothing, and "Luật Giáo dục năm 2019, Viên chức năm 2010" the first
        // law alone: the kind word governs the list, and each law is the one a text citing it alone names ("Luật Viên chức năm 2010").
        var cited = DocumentCitations.Extract(text, "Điện Biên");
        Assert.Equal(surfaces.Split('|'), cited.Select(c => c.Surface));
        Assert.Equal(keys.Split(' '), cited.Select(c => c.Instrument.Key));
        Assert.All(cited, c => Assert.Equal(("Luật", "can_cu", Instrument.National), (c.Instrument.Kind, c.Relation, c.Instrument.Scope)));
    }

    [Theory]
    [InlineData("Thực hiện Luật Giáo dục năm 2019, Sở Giáo dục và Đào tạo hướng dẫn như sau:", "Luật Giáo dục")]
    [InlineData("Căn cứ Luật Giáo dục năm 2019, Chương trình giáo dục phổ thông năm 2018;", "Luật Giáo dục")]
    [InlineData("Căn cứ Luật Giáo dục năm 2019 và Điều lệ trường trung học năm 2020;", "Luật Giáo dục")]
    [InlineData("Thực hiện Luật Giáo dục năm 2019, Năm học 2024 - 2025 toàn ngành tập trung đổi mới.", "Luật Giáo dục")]
    [InlineData("Căn cứ Luật Trẻ em năm 2016, Công ước Liên hợp quốc năm 1989;", "Luật Trẻ em")]
    [InlineData("Căn cứ Luật Giáo dục năm 2019, Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ;", "Luật Giáo dục|")]
    // FsCheck: the words before a law cited with its kind were read as a listed law's name, "Luật N Luật Giáo dục".
    [InlineData(" Luật Giáo dục ngày 14/6/2019, N Luật Giáo dục ngày 14/6/2019, ", "Luật Giáo dục|Luật Giáo dục")]
    public void What_follows_a_law_after_a_comma_is_no_law_unless_it_is_named_as_one(string text, string titles) =>
        Assert.Equal(titles.Split('|'), DocumentCitations.Extract(text, "Điện Biên").Select(c => c.Instrument.Symbol is null ? c.Instrument.Title : ""));

    [Theory]
    [InlineData("Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW.", "Bộ Chính trị")]
    [InlineData("Thực hiện Kết luận 91-KL/TW ngày 12/8/2024 của Bộ Chính trị.", "Bộ Chính trị")]
    [InlineData("Thực hiện Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư.", "Ban Bí thư")]
    [InlineData("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng.", "Ban Chấp hành Trung ương Đảng")]
    [InlineData("Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị. Các đơn vị quán triệt Kết luận số 91-KL/TW.", "Bộ Chính trị")]
    [InlineData("Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024.", null)]
    [InlineData("Thực hiện Kết luận 91-KL/TW.", null)]
    [InlineData("Thực hiện Chỉ thị số 29-CT/TW ngày 05/01/2024.", null)]
    public void A_Party_centre_instrument_is_issued_by_the_body_its_text_names_not_one_its_code_guesses(string text, string? issuer)
    {
        // TW is the Party's centre, which issues through the Ban Chấp hành Trung ương, the Bộ Chính trị and the Ban Bí thư: "Kết luận số
        // 91-KL/TW ngày 12/8/2024" (the Bộ Chính trị's) was issued by the Ban Chấp hành Trung ương Đảng, from its code alone.
        var cited = DocumentCitations.Extract(text, "Điện Biên");
        Assert.All(cited.Where(c => c.Instrument.Symbol is "91-KL/TW" or "51-KL/TW" or "21-KL/TW" or "29-CT/TW"), c =>
            Assert.Equal((issuer, "TW", Instrument.National), (c.Instrument.Issuer, c.Instrument.IssuerCode, c.Instrument.Scope)));
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2024 - 2025.", "Bộ Giáo dục và Đào tạo", "national", "thuc_hien")]
    [InlineData("Căn cứ Chỉ thị ngày 26 tháng 8 năm 2024 của Bộ trưởng Bộ GDĐT;", "Bộ Giáo dục và Đào tạo", "national", "can_cu")]
    [InlineData("Thực hiện Chỉ thị ngày 26/8/2024 của Chủ tịch UBND tỉnh về tăng cường kỷ cương.", "Chủ tịch Ủy ban nhân dân tỉnh Điện Biên", "Điện Biên", "thuc_hien")]
    // Its issuer named before it (a tester's 924: "ý kiến của Sở Tài chính (tại Công văn ngày 05/8/2026)"), as a numbered one's may be.
    [InlineData("Sau khi nghe ý kiến của Bộ Giáo dục và Đào tạo (tại Chỉ thị ngày 26/8/2024), Ủy ban nhân dân tỉnh kết luận.", "Bộ Giáo dục và Đào tạo", "national", "mention")]
    [InlineData("Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị ngày 26/8/2024, các trường rà soát.", "Chủ tịch Ủy ban nhân dân tỉnh Điện Biên", "Điện Biên", "thuc_hien")]
    public void A_directive_cited_by_its_date_and_issuer_is_that_issuers_directive_of_that_day(string text, string issuer, string scope, string relation)
    {
        // "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo" was no citation: a directive without its number. A body issues one
        // directive on a day (decisions and letters it issues by the dozen, and those are not read so): its kind, date and issuer name it.
        var cited = Assert.Single(DocumentCitations.Extract(text, "Điện Biên"));
        Assert.Equal(("Chỉ thị", null, "2024-08-26", issuer, scope, relation),
            (cited.Instrument.Kind, cited.Instrument.Symbol, cited.Instrument.Date, cited.Instrument.Issuer, cited.Instrument.Scope, cited.Relation));
        Assert.StartsWith("Chỉ thị ngày 26", cited.Surface);
    }

    [Theory]
    [InlineData("Thủ tướng", "Thủ tướng Chính phủ")]
    [InlineData("THỦ TƯỚNG", "Thủ tướng Chính phủ")]
    [InlineData("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng")]
    [InlineData("Bộ trưởng Bộ Giáo dục", "Bộ Giáo dục và Đào tạo")]
    [InlineData("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo")]
    [InlineData("Bộ trưởng Bộ GD - ĐT", "Bộ Giáo dục và Đào tạo")]
    [InlineData("Bộ Y tế và Bộ Giáo dục", "Bộ Y tế và Bộ Giáo dục và Đào tạo")]
    [InlineData("Sở GD và ĐT", "Sở Giáo dục và Đào tạo")]
    // From fixer-u's sentences: a city's name shortened ("TP.", "TP.HCM") was kept so, another body and another key than the city's in full.
    [InlineData("Chủ tịch UBND TP. Hồ Chí Minh", "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND Tp. Hồ Chí Minh", "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND TP.HCM", "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND TP HCM", "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh")]
    [InlineData("Giám đốc Sở GDĐT TP.HCM", "Giám đốc Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND TP Thủ Đức", "Chủ tịch Ủy ban nhân dân thành phố Thủ Đức")]
    public void An_issuer_named_short_is_the_body_named_in_full(string written, string body)
    {
        // "Chỉ thị ngày 26/8/2024 của Thủ tướng" was the directive of a body "Thủ tướng", a province's, beside the Prime Minister's "… của Thủ
        // tướng Chính phủ": a directive by date is keyed by its issuer, which must be one however a text writes it.
        var cited = Assert.Single(DocumentCitations.Extract($"Thực hiện Chỉ thị ngày 26/8/2024 của {written}.", "Điện Biên")).Instrument;
        var inFull = Assert.Single(DocumentCitations.Extract($"Thực hiện Chỉ thị ngày 26/8/2024 của {body}.", "Điện Biên")).Instrument;
        Assert.Equal((body, inFull.Key, inFull.Scope), (cited.Issuer, cited.Key, cited.Scope));
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị ngày 26/8/2024 của Phó Thủ tướng Chính phủ.", "Phó Thủ tướng Chính phủ")]
    [InlineData("Thực hiện Chỉ thị ngày 26/8/2024 của Bộ Giáo dục và Đào tạo.", "Bộ Giáo dục và Đào tạo")]
    // Named in full with the citing province, as "Văn phòng UBND tỉnh" is: the province's office, no short name.
    [InlineData("Thực hiện Chỉ thị ngày 26/8/2024 của Văn phòng Tỉnh ủy.", "Văn phòng Tỉnh ủy Điện Biên")]
    public void A_name_that_only_opens_like_a_short_name_is_read_as_written(string text, string issuer) =>
        Assert.Equal(issuer, Assert.Single(DocumentCitations.Extract(text, "Điện Biên")).Instrument.Issuer);

    [Fact]
    public void Kinds_typed_in_small_letters_as_staff_chat_are_read_as_in_capitals()
    {
        // A school's chat (testers' 545, 648, 673, 708, 729, 772): "theo cv 1234 của Sở", "Điều 4 tt 29", "thực hiện nghiêm tt 29/2024 của Bộ" and
        // "công văn ngày 10/9/2025 của Sở" were no citations; written "CV 1234", "TT 29/2024" or "Công văn ngày …" they were.
        const string text = "Căn cứ cv số 1234/SGDĐT-GDTrH ngày 28/8/2025 của Sở GDĐT về nhiệm vụ giáo dục trung học. Khối 6, 7 học 2 buổi/ngày theo cv 1234 của Sở. " +
                            "Thực hiện nghiêm tt 29/2024 của Bộ và theo công văn ngày 10/9/2025 của Sở Giáo dục và Đào tạo về dạy thêm; hỗ trợ theo nđ 81 như năm trước.";
        var cited = DocumentCitations.Extract(text, "Đắk Lắk").Select(c => (c.Surface, c.Instrument.Symbol, c.Instrument.Kind)).ToList();
        Assert.Equal([("số 1234/SGDĐT-GDTrH ngày 28/8/2025", "1234/SGDĐT-GDTrH", "Công văn"), ("cv 1234", "1234/SGDĐT-GDTrH", "Công văn"),
            ("tt 29/2024", "29/2024/TT-BGDĐT", "Thông tư"), ("công văn ngày 10/9/2025", null, "Công văn"), ("nđ 81", "81/2021/NĐ-CP", "Nghị định")], cited);
        // A decree named short that the text never cites in full, "nđ 81", is the one national decree schools mean by it (KnownInstruments).
        // What the Bộ did after "của Bộ" is no issuer (a tester's 632): the circular is the Bộ GDĐT's, as its code says.
        Assert.Equal("Bộ Giáo dục và Đào tạo", Assert.Single(DocumentCitations.Extract("Thông tư 29/2025 của Bộ cấm dạy thêm có thu tiền đối với học sinh tiểu học.", "Đồng Nai")).Instrument.Issuer);
    }

    [Fact]
    public void A_central_bodys_instrument_cited_by_its_issuer_and_subject_alone_is_one_instrument()
    {
        // Testers' 891, 897 and 914 (each province's commune-merger resolution), 577-579 and 791: "Nghị quyết của Ủy ban Thường vụ Quốc hội về
        // sắp xếp …" named no number and was no citation. In a table's cell it describes the row's numbered instrument (849); "các Nghị quyết
        // của Quốc hội về …" names none; a numbered one is read by its number, of the kind named before its issuer ("Nghị quyết của Quốc hội
        // số 88/2014/QH13" was a law, by its code).
        const string text = "Thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai năm 2025. " +
                            "Tuyên truyền Chỉ thị của Thủ tướng Chính phủ về tăng cường giáo dục đạo đức, lối sống cho học sinh; các Nghị quyết của Quốc hội về giáo dục " +
                            "được quán triệt; Nghị quyết của Quốc hội số 88/2014/QH13 về đổi mới chương trình.\n\n| 1 | 20/2014/NĐ-CP | 24/01/2014 | Nghị định của Chính phủ về phổ cập giáo dục |";
        var cited = DocumentCitations.Extract(text, "Đồng Nai");
        Assert.Equal([("Nghị quyết", null, "Ủy ban Thường vụ Quốc hội", Instrument.National, "thuc_hien"), ("Chỉ thị", null, "Thủ tướng Chính phủ", Instrument.National, "mention"),
                      ("Nghị quyết", "88/2014/QH13", "Quốc hội", Instrument.National, "mention"), ("Nghị định", "20/2014/NĐ-CP", "Chính phủ", Instrument.National, "mention")],
            cited.Select(c => (c.Instrument.Kind, c.Instrument.Symbol, c.Instrument.Issuer, c.Instrument.Scope, c.Relation)));
        Assert.Equal("sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai năm 2025", cited[0].Instrument.Title);
        Assert.StartsWith("Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp", cited[0].Surface);
        // The minister's yearly directive so named (testers' 938 and 942): the Bộ's, national.
        var directive = Assert.Single(DocumentCitations.Extract("Căn cứ Chỉ thị của Bộ trưởng Bộ GDĐT về nhiệm vụ, giải pháp năm học 2026 - 2027;", "Đắk Lắk"));
        Assert.Equal(("Chỉ thị", "Bộ Giáo dục và Đào tạo", Instrument.National, "can_cu"), (directive.Instrument.Kind, directive.Instrument.Issuer, directive.Instrument.Scope, directive.Relation));
    }

    [Theory]
    [InlineData("Điều 32 Luật Giáo dục quy định rõ trách nhiệm của nhà trường.", "Luật Giáo dục")]
    [InlineData("Luật Nhà giáo có hiệu lực từ ngày 01/01/2026, các trường rà soát.", "Luật Nhà giáo")]
    [InlineData("Hội nghị triển khai Luật Nhà giáo trên địa bàn tỉnh Ninh Bình.", "Luật Nhà giáo")]
    [InlineData("Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày 01/01/2026.", "Luật Bảo vệ dữ liệu cá nhân")]
    [InlineData("Chuyên đề Luật Trí tuệ nhân tạo và lứa tuổi học sinh.", "Luật Trí tuệ nhân tạo")]
    [InlineData("Thực hiện Luật TCCQĐP và NĐ 142 về phân cấp.", "Luật TCCQĐP")]
    // A name the list of laws knows, then a bracket or a figure: the name as read.
    [InlineData("Căn cứ Luật Thủ đô (sửa đổi) năm 2024;", "Luật Thủ đô (sửa đổi)")]
    public void A_laws_name_ends_where_the_sentence_goes_on_after_it(string text, string surface)
    {
        // Testers' texts (thirty-two citations): "Luật Nhà giáo có hiệu lực từ ngày 01/01/2026", "Luật Giáo dục quy định rõ trách nhiệm" were
        // laws of their own, one keyed "luat-giao-duc-quy-dinh-ro-trach-nhiem" and issued by "nhà trường".
        var law = Assert.Single(DocumentCitations.Extract(text, "Ninh Bình"), c => c.Instrument.Kind == "Luật");
        Assert.StartsWith(surface, law.Surface);
        Assert.Equal(surface, law.Surface.Split(" năm ")[0]);
        Assert.Equal("Quốc hội", law.Instrument.Issuer);
    }

    [Fact]
    public void Numbers_listed_after_a_kinds_short_name_share_the_symbol_after_them()
    {
        // A tester's 934, an inspection plan's table: "TT 17, 18/2018/TT-BGDĐT" cites two circulars, as "Thông tư số 17, 18/2018/TT-BGDĐT" does.
        var cited = DocumentCitations.Extract("| 2 | Kiểm định chất lượng | TT 17, 18/2018/TT-BGDĐT | Quý II |", "Bắc Ninh");
        Assert.Equal(["17/2018/TT-BGDĐT", "18/2018/TT-BGDĐT"], cited.Select(c => c.Instrument.Symbol));
        Assert.Equal("TT 17", cited[0].Surface);
    }

    [Fact]
    public void A_catalogues_issuer_in_brackets_after_a_citation_is_its_issuer()
    {
        // A tester's 925 (Bắc Ninh, with Bắc Giang's schools since the merger): "QĐ 1516/QĐ-UBND ngày 20/11/2020 (UBND tỉnh Bắc Giang cũ)" was
        // Bắc Ninh's own decision; 891's and 900's rows name their districts' and communes' so. A bracket saying anything else names none.
        const string text = "| 1 | Trường Mầm non Tân Dĩnh | Mức độ 1 | QĐ 1516/QĐ-UBND ngày 20/11/2020 (UBND tỉnh Bắc Giang cũ) | Hết hạn |\n" +
                            "| 2 | Trường Tiểu học Phú Túc | Mức độ 1 | Quyết định số 2022/QĐ-UBND ngày 12/12/2025 (Chủ tịch UBND xã Phú Túc) | |\n" +
                            "| 3 | Trường THCS Yên Phong | Mức độ 2 | QĐ 2103/QĐ-UBND ngày 30/12/2021 (bản sao) | |";
        var cited = DocumentCitations.Extract(text, "Bắc Ninh");
        Assert.Equal([("Ủy ban nhân dân tỉnh Bắc Giang", "Bắc Giang"), ("Chủ tịch Ủy ban nhân dân xã Phú Túc", "Bắc Ninh"), ("Ủy ban nhân dân tỉnh Bắc Ninh", "Bắc Ninh")],
            cited.Select(c => (c.Instrument.Issuer, c.Instrument.Scope)));
    }

    [Fact]
    public void The_words_a_sentence_goes_on_with_before_a_citation_name_no_issuer()
    {
        // A tester's 786: "Kế hoạch giáo dục của nhà trường tiếp tục xây dựng theo hướng dẫn tại Công văn số 5512/BGDĐT-GDTrH" named the Bộ's
        // letter's issuer "nhà trường tiếp tục xây dựng theo hướng dẫn"; its code says whose it is.
        var cited = Assert.Single(DocumentCitations.Extract("Kế hoạch giáo dục của nhà trường tiếp tục xây dựng theo hướng dẫn tại Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020.", "Quảng Trị"));
        Assert.Equal("Bộ Giáo dục và Đào tạo", cited.Instrument.Issuer);
        // A body named so still is the issuer ("của UBND huyện tại Văn bản số …").
        Assert.Equal("Ủy ban nhân dân huyện Cam Lộ", Assert.Single(DocumentCitations.Extract("Thực hiện chỉ đạo của UBND huyện Cam Lộ tại Văn bản số 1287/UBND-VP ngày 02/3/2024.", "Quảng Trị")).Instrument.Issuer);
    }

    [Fact]
    public void Kinds_typed_without_their_marks_are_read_as_with_them()
    {
        // A school's page typed without marks (a tester's 921): "theo ND 66" after "NĐ 66/2025/NĐ-CP", and "thong tu 03/2023", a circular by its
        // number and year, were no citations; with their marks ("NĐ 66", "Thông tư 03/2023") they were. "UBND 12" is no decree.
        const string text = "Hs bán trú được hỗ trợ tiền ăn theo NĐ 66/2025/NĐ-CP của Chính phủ. Hs thuoc dien huong chinh sach theo ND 66 thi duoc ho tro gao, " +
                            "con theo nghi dinh 66 thi duoc ho tro tien nha o; quy chế trường PTDTBT tại thong tu 03/2023, báo cáo UBND 12/2026 xã. " +
                            "Căn cứ Quyết định số 812/QĐ-UBND của UBND tỉnh, theo qd 812 thi hs duoc ho tro.";
        var cited = DocumentCitations.Extract(text, "Lai Châu").Select(c => (c.Surface, c.Instrument.Symbol)).ToList();
        Assert.Equal([("66/2025/NĐ-CP", "66/2025/NĐ-CP"), ("ND 66", "66/2025/NĐ-CP"), ("nghi dinh 66", "66/2025/NĐ-CP"), ("thong tu 03/2023", "03/2023/TT-BGDĐT"),
            ("Quyết định số 812/QĐ-UBND", "812/QĐ-UBND"), ("qd 812", "812/QĐ-UBND")], cited);
        // A sentence opening so has its capital (a commune's plan, 976: "Thong tu 07" after "Thông tư số 07/2016/TT-BGD&DT").
        var opening = DocumentCitations.Extract("Căn cứ Thông tư số 07/2016/TT-BGDĐT của Bộ GDĐT.\n\n- Dieu tra so lieu theo quy trinh tai Thong tu 07; Nghi dinh 20 chua ap dung.", "Cà Mau");
        Assert.Equal([("Thông tư số 07/2016/TT-BGDĐT", "07/2016/TT-BGDĐT"), ("Thong tu 07", "07/2016/TT-BGDĐT")], opening.Select(c => (c.Surface, c.Instrument.Symbol)).ToList());
    }

    [Fact]
    public void An_e_mails_subject_typed_without_marks_names_the_letter_it_forwards()
    {
        // A tester's 986: the subject line's "CV 2874/SGDDT-GDTrH" and the letter's "Công văn số 2874/SGDĐT-GDTrH" were two symbols of the
        // number, and so was "Công văn 2874/SGDĐT-GDTrH - THCS Lê Quý Đôn" (a school's name after a spaced hyphen, read as one more code):
        // the thread's "cv 2874" named neither.
        const string text = "Chủ đề: Fwd: CV 2874/SGDDT-GDTrH ve day hoc 2 buoi\n\nEm fw cv 2874 của Sở để các thầy cô nắm sớm.\n\n" +
                            "Văn phòng Sở sao gửi Công văn số 2874/SGDĐT-GDTrH ngày 15/9/2026 của Sở Giáo dục và Đào tạo về việc hướng dẫn dạy học 2 buổi/ngày.\n\n" +
                            "Chủ đề: Re: Hỏi về Công văn 2874/SGDĐT-GDTrH - THCS Lê Quý Đôn\n\nTheo CV 2874 thì không thu tiền buổi 2.";
        var cited = DocumentCitations.Extract(text, "Hải Phòng");
        Assert.Equal(["2874/SGDDT-GDTrH", "cv 2874", "Công văn số 2874/SGDĐT-GDTrH ngày 15/9/2026", "Công văn 2874/SGDĐT-GDTrH", "CV 2874"], cited.Select(c => c.Surface).ToList());
        Assert.Single(cited.Select(c => c.Instrument.Key).Distinct());
        // Spaced hyphens typed throughout still join a code's parts ("2697/SGDĐT - GDTrH", a tester's 389).
        Assert.Equal("2697/SGDĐT-GDTrH", Assert.Single(DocumentCitations.Extract("Thực hiện Công văn số 2697/SGDĐT - GDTrH ngày 12/9/2024 của Sở GDĐT.", "Nghệ An")).Instrument.Symbol);
    }

    [Fact]
    public void A_body_named_after_the_instrument_it_carries_out_cites_none()
    {
        // A tester's 985: "thành lập Tổ công tác triển khai Đề án 06 của Sở" in a report citing 06/QĐ-TTg, which approved the Đề án, was the
        // decision cited again; held-out 114's "Tổ công tác triển khai Đề án 06 huyện" (a recipient) was no citation where the text cites none.
        const string text = "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư.\n\n" +
                            "Sở đã thành lập Tổ công tác triển khai Đề án 06 của Sở; các trường tiếp tục thực hiện Đề án 06 trong tuyển sinh đầu cấp.";
        var cited = DocumentCitations.Extract(text, "Quảng Ninh").Select(c => (c.Surface, c.Instrument.Symbol, c.Start)).ToList();
        Assert.Equal([("Quyết định số 06/QĐ-TTg ngày 06/01/2022", "06/QĐ-TTg", text.IndexOf("Quyết định", StringComparison.Ordinal)),
            ("Đề án 06", "06/QĐ-TTg", text.IndexOf("Đề án 06 trong", StringComparison.Ordinal))], cited);
    }

    [Fact]
    public void A_number_listed_after_another_of_a_kind_is_of_that_kind()
    {
        // A tester's 1002: "Nghị quyết số 217/2025/QH15 và 218/2025/QH15" read 218 as a law's (its code has no type), and "Nghị quyết 218"
        // after it repeated nothing. Listed after a law's number, a number is a law's still.
        const string text = "Thực hiện Nghị quyết số 217/2025/QH15 và 218/2025/QH15 cùng ngày 26/6/2025 của Quốc hội.\n\n" +
                            "Tỉnh xây dựng lộ trình phổ cập giáo dục mầm non theo Nghị quyết 218. Căn cứ Luật số 43/2019/QH14 và 47/2019/QH14.";
        var cited = DocumentCitations.Extract(text, "Quảng Trị").Select(c => (c.Surface, c.Instrument.Kind, c.Instrument.Symbol)).ToList();
        Assert.Contains(("Nghị quyết 218", "Nghị quyết", "218/2025/QH15"), cited);
        Assert.Contains(cited, c => c.Symbol == "218/2025/QH15" && c.Kind == "Nghị quyết" && c.Surface.StartsWith("218/", StringComparison.Ordinal));
        Assert.Contains(("47/2019/QH14", "Luật", "47/2019/QH14"), cited);
    }

    [Fact]
    public void A_youth_unions_symbol_broken_at_its_units_hyphen_is_whole()
    {
        // A tester's 989: "Chương trình số 12-CTr/TWĐTN-⏎TNTH" was 12-CTr/TWĐTN, and its repeats another programme's than the list's.
        var cited = Assert.Single(DocumentCitations.Extract("Thực hiện Chương trình số 12-CTr/TWĐTN-\nTNTH ngày 20/3/2026 của Ban Bí thư Trung ương Đoàn về hoạt động hè.", "Hưng Yên"));
        Assert.Equal("12-CTr/TWĐTN-TNTH", cited.Instrument.Symbol);
    }

    [Fact]
    public void A_short_form_naming_what_the_instrument_is_about_before_its_number_is_that_instrument()
    {
        // Testers' 826 and 838 define "Quyết định thanh tra số 96" and "Nghị quyết chuyên đề số 03" and use them; 684, 736 and 770 write
        // "Kết luận thanh tra số 45": a word or two between the kind and "số" made them no citations. Without "số" such words are the sentence's.
        const string text = "Căn cứ Quyết định thanh tra số 96/QĐ-TTr ngày 16/3/2026 của Chánh Thanh tra tỉnh (sau đây gọi tắt là Quyết định thanh tra số 96).\n\n" +
                            "Trưởng Đoàn thanh tra (thành lập theo Quyết định thanh tra số 96) bàn giao hồ sơ; Quyết định thanh tra 96 người được giao.";
        var cited = DocumentCitations.Extract(text, "Hưng Yên").Select(c => (c.Surface, c.Instrument.Symbol)).ToList();
        Assert.Equal([("số 96/QĐ-TTr ngày 16/3/2026", "96/QĐ-TTr"), ("Quyết định thanh tra số 96", "96/QĐ-TTr"),
            ("Quyết định thanh tra số 96", "96/QĐ-TTr")], cited);
    }

    [Fact]
    public void A_short_form_in_a_headings_capitals_is_the_instrument_the_text_cites_so()
    {
        // A tester's 828 ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH 156 GIAI ĐOẠN 2022 - 2025") and 811's annex ("DANH MỤC NHIỆM VỤ TRỌNG
        // TÂM THỰC HIỆN NGHỊ QUYẾT 71"): in capitals the short form was no citation; written "Kế hoạch 156" it was.
        const string text = "Báo cáo tổng kết Kế hoạch số 156/KH-UBND ngày 12/7/2022 của Ủy ban nhân dân tỉnh Sơn La.\n\nII. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH 156 GIAI ĐOẠN 2022 - 2025\n\nCác chỉ tiêu cơ bản hoàn thành.";
        var cited = DocumentCitations.Extract(text, "Sơn La").Select(c => (c.Surface, c.Instrument.Symbol)).ToList();
        Assert.Equal([("Kế hoạch số 156/KH-UBND ngày 12/7/2022", "156/KH-UBND"), ("KẾ HOẠCH 156", "156/KH-UBND")], cited);
    }

    [Fact]
    public void A_letter_cited_by_its_short_name_and_date_is_the_letter_the_text_names_so_in_full()
    {
        // A tester's 778: its table's column of grounds gives "CV ngày 05/02/2026", the letter its text cites as "Công văn ngày 05/02/2026 của
        // Bộ GDĐT"; written so it was no citation.
        const string text = "Các Sở hoàn thành rà soát dữ liệu học sinh theo Công văn ngày 05/02/2026 của Bộ GDĐT về việc rà soát dữ liệu.\n\n" +
                            "| STT | Nhiệm vụ | Thời hạn | Căn cứ |\n|---|---|---|---|\n| 1 | Rà soát dữ liệu học sinh lớp 12 | trước 31/3/2026 | CV ngày 05/02/2026 |";
        var cited = DocumentCitations.Extract(text, null);
        Assert.Equal(2, cited.Count);
        Assert.Equal(("Công văn", "CV ngày 05/02/2026"), (cited[1].Instrument.Kind, cited[1].Surface));
        Assert.Equal(cited[0].Instrument.Key, cited[1].Instrument.Key);
        // As any letter cited by its date, not where the text names it with no issuer anywhere.
        Assert.Empty(DocumentCitations.Extract("Các trường thực hiện theo CV ngày 26/8/2024 về nhiệm vụ năm học.", "Điện Biên"));
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị ngày 26/8/2024 về nhiệm vụ năm học.")]
    // A decision is read by its date and issuer since the fifty-first session (testers' 905 and 910 list them so: InstrumentIdentityTests),
    // in small letters what is decided on a day is none.
    [InlineData("Hiệu trưởng quyết định ngày 26/8/2024 của năm học mới là ngày tựu trường.")]
    // A letter is read by its date, but not without its issuer where the text names it with none.
    [InlineData("Thực hiện Công văn ngày 26/8/2024 về nhiệm vụ năm học.")]
    [InlineData("Các trường thực hiện Công văn hỏa tốc ngày 27/8/2024.")]
    public void An_instrument_cited_by_a_date_that_does_not_name_it_is_no_citation(string text) =>
        Assert.Empty(DocumentCitations.Extract(text, "Điện Biên"));

    [Fact]
    public void A_directive_cited_by_its_date_repeats_the_one_the_text_cites_by_number_that_day()
    {
        const string text = "Căn cứ Chỉ thị số 29-CT/TW ngày 05/01/2024 của Bộ Chính trị về phổ cập giáo dục; " +
                            "các cấp ủy quán triệt Chỉ thị ngày 05/01/2024 của Bộ Chính trị.";
        var cited = DocumentCitations.Extract(text, "Điện Biên");
        Assert.Equal([("29-CT/TW", "29-ct-tw-2024"), ("29-CT/TW", "29-ct-tw-2024")], cited.Select(c => (c.Instrument.Symbol, c.Instrument.Key)));
        Assert.Equal("Chỉ thị ngày 05/01/2024", cited[1].Surface);
    }

    [Theory]
    [InlineData("Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013;", "can_cu thuc_hien")]
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc ban hành Kế hoạch triển khai Chỉ thị số 29-CT/TW ngày 05/01/2024;", "can_cu thuc_hien")]
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh; Quyết định số 13/QĐ-UBND ngày 06/01/2024 của UBND tỉnh;", "can_cu can_cu")]
    public void A_citation_in_a_cited_instruments_subject_is_governed_by_the_subjects_words(string text, string relations)
    {
        // From the testers' 303 (Hà Tĩnh): "Căn cứ Kết luận số 91-KL/TW … về tiếp tục thực hiện Nghị quyết số 29-NQ/TW" listed the resolution
        // as this decision's legal basis; the conclusion implements it, as a programme or law named in the subject already was.
        Assert.Equal(relations.Split(' '), DocumentCitations.Extract(text, "Hà Tĩnh").Select(c => c.Relation));
    }

    [Theory]
    [InlineData("Mọi hoạt động phải tuân thủ Hiến pháp và pháp luật.")]
    [InlineData("Tổ chức tuyên truyền về Ngày Pháp luật và Hiến pháp.")]
    public void The_constitution_named_as_a_word_is_no_citation(string text) =>
        Assert.Empty(DocumentCitations.Extract(text, "Điện Biên"));

    [Theory]
    [InlineData("Số: 29-CT/TW\n", false)]
    [InlineData("SỐ: 29-CT/TW", false)]
    [InlineData("số 29-CT/TW, về tăng cường", true)]
    public void A_header_number_line_is_the_document_s_own_but_a_sentence_starting_with_so_cites(string text, bool cites)
    {
        // FsCheck found the second kind: a text cut mid-sentence lost its citation to the header rule.
        Assert.Equal(cites, DocumentCitations.Extract(text, null).Any(c => c.Instrument.Symbol == "29-CT/TW"));
    }

    [Theory]
    [InlineData("45/CV-THPTHM", "THPTHM")]
    [InlineData("120/CV-PGDĐT", "PGDĐT")]
    [InlineData("5046/UBND-KGVX", "UBND")]
    public void A_letters_informal_type_code_is_not_its_issuer(string symbol, string issuerCode)
    {
        // A school writes its letter "45/CV-THPTHM", "CV" for công văn: the instrument's issuer code was "CV".
        var cited = Assert.Single(DocumentCitations.Extract($"Sở nhận được Công văn số {symbol} ngày 05/9/2024 của Trường THPT Hoàng Mai.", "Nghệ An"));
        Assert.Equal(("Công văn", issuerCode), (cited.Instrument.Kind, cited.Instrument.IssuerCode));
    }

    [Fact]
    public void A_flattened_tables_header_set_apart_by_a_rule_heads_the_rows_below_it()
    {
        // A tester's 476: "TT  Nội dung …  Căn cứ" then "--  ------" (a thematic break in Markdown) then the rows: the column "Căn cứ" had
        // been read in the header's paragraph alone, and the seventeen cells' instruments were mentions.
        const string text = "1. Kỳ thi tốt nghiệp THPT năm 2026\n\n" +
                            "TT  Nội dung công việc             Thời gian          Chủ trì          Căn cứ\n" +
                            "--  -----------------------------  -----------------  ---------------  --------------------------\n" +
                            "1   Tập huấn công tác đăng ký      06/4 - 07/4/2026   Phòng QLCL       Thông tư\n" +
                            "    dự thi cho các đơn vị                                                24/2024/TT-BGDĐT\n" +
                            "2   Xét công nhận tốt nghiệp       trước 04/7/2026    Hội đồng thi     QĐ 4068/QĐ-BGDĐT\n";
        var found = DocumentCitations.Extract(DocumentParser.Parse(text, "x", "corpus/x.txt"));
        Assert.Equal([("24/2024/TT-BGDĐT", "can_cu"), ("4068/QĐ-BGDĐT", "can_cu")], found.Select(c => (c.Instrument.Symbol!, c.Relation)));
    }

    [Fact]
    public void A_report_or_a_proposal_replaces_what_it_says_it_replaces_itself()
    {
        // Testers' 471, 411 and 468: "Báo cáo này thay thế Báo cáo số 03/BC-PTDTNT", "Tờ trình này thay thế Tờ trình số 97/TTr-UBND" were
        // mentions, a report or a proposal having been read as replacing nothing; what they say others replace still is a mention.
        const string report = "TRƯỜNG PTDTNT THCS VÀ THPT MÙ CANG CHẢI\n\nSố: 05/BC-PTDTNT\n\nMù Cang Chải, ngày 08 tháng 01 năm 2026\n\nBÁO CÁO\nKết quả thực hiện chế độ\n\n" +
                              "Nghị quyết số 31/2025/NQ-HĐND thay thế Nghị quyết số 10/2023/NQ-HĐND của tỉnh.\n\n" +
                              "Báo cáo này thay thế Báo cáo số 03/BC-PTDTNT ngày 06/01/2026 của nhà trường.\n";
        var found = DocumentCitations.Extract(DocumentParser.Parse(report, "x", "corpus/x.txt"));
        Assert.Equal([("31/2025/NQ-HĐND", "mention"), ("10/2023/NQ-HĐND", "mention"), ("03/BC-PTDTNT", "thay_the")], found.Select(c => (c.Instrument.Symbol!, c.Relation)));
    }

    [Theory]
    // Testers' 470 and 477: a Sở's letter amending its own earlier letter and plan, its sentence opening with the amending words.
    [InlineData("Sửa đổi, bổ sung điểm b mục 2 Công văn số 2215/SGDĐT-KHTC ngày 18/9/2025 của Sở như sau: \"Hồ sơ nộp về xã\".", "sua_doi")]
    [InlineData("a) Sửa đổi thời gian nhận đơn tại dòng 11 Bảng 1 mục II Kế hoạch số 89/KH-SGDĐT thành: từ ngày 01/7/2026.", "sua_doi")]
    // Another body's instrument, or an order to the schools, amends nothing here.
    [InlineData("Sửa đổi, bổ sung điểm b mục 2 Công văn số 2215/BGDĐT-KHTC ngày 18/9/2025 của Bộ như sau: \"Hồ sơ nộp về xã\".", "mention")]
    [InlineData("Các trường sửa đổi kế hoạch theo Kế hoạch số 89/KH-SGDĐT ngày 20/3/2026 của Sở.", "mention")]
    [InlineData("| TT | Văn bản | Trích yếu |\n|---|---|---|\n| 4 | 41/2025/TT-SGDĐT | Sửa đổi, bổ sung một số điều của Kế hoạch số 89/KH-SGDĐT |", "mention")]
    public void A_letter_amends_what_its_own_body_issued_where_its_sentence_opens_so(string sentence, string relation)
    {
        var letter = "UBND TỈNH LẠNG SƠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 1508/SGDĐT-QLCL\nV/v hướng dẫn phúc khảo\n\nLạng Sơn, ngày 03 tháng 7 năm 2026\n\n" + sentence + "\n";
        var found = DocumentCitations.Extract(DocumentParser.Parse(letter, "x", "corpus/x.md"));
        Assert.Equal(relation, found.Single(c => c.Instrument.Symbol is "2215/SGDĐT-KHTC" or "2215/BGDĐT-KHTC" or "89/KH-SGDĐT").Relation);
    }

    [Theory]
    // Testers' 470, 473 and 477 cited decrees by number and year alone, never in full: a decree is the Government's, NĐ-CP.
    [InlineData("Chủ tịch UBND xã phê duyệt theo trình tự tại Nghị định số 142/2025.", "142/2025/NĐ-CP", "Nghị định")]
    [InlineData("Bảo vệ dữ liệu cá nhân của học sinh theo NĐ 13/2023.", "13/2023/NĐ-CP", "Nghị định")]
    // Eighteen testers' texts (412-619) cite circulars so, "TT 38/2021", "Thông tư 50/2020", twenty-five times, and every one is the Bộ GDĐT's.
    [InlineData("| 6 | Trẻ 5 tuổi làm quen với tiếng Anh | 62% | 70% | Theo Thông tư 50/2020 |", "50/2020/TT-BGDĐT", "Thông tư")]
    [InlineData("Nhà trường chỉ tổ chức dạy thêm khi có đơn tự nguyện của cha mẹ học sinh, theo TT 17/2012.", "17/2012/TT-BGDĐT", "Thông tư")]
    [InlineData("Chấm điểm theo tt 30/2024 của Bộ GDĐT.", "30/2024/TT-BGDĐT", "Thông tư")]
    public void A_decree_or_a_circular_by_its_number_and_year_alone_is_the_governments_or_the_ministrys(string text, string symbol, string kind)
    {
        var cited = Assert.Single(DocumentCitations.Extract(text, "Lạng Sơn"));
        Assert.Equal((symbol, kind, "national", "thuc_hien"), (cited.Instrument.Symbol, cited.Instrument.Kind, cited.Instrument.Scope, cited.Relation));
    }

    [Fact]
    public void A_circular_by_number_and_year_is_not_guessed_where_another_ministry_or_the_text_says_whose_it_is()
    {
        // Another ministry named after it: its code is not the Bộ GDĐT's, and is not guessed.
        Assert.Empty(DocumentCitations.Extract("Thanh toán theo Thông tư 14/2020 của Bộ Tài chính.", "Đà Nẵng"));
        // Cited in full in another paragraph, of another ministry (a tester's 481): the short form is that one.
        var found = DocumentCitations.Extract("Căn cứ Thông tư số 05/2021/TT-BLĐTBXH ngày 07/7/2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;\n\n" +
                                              "Tuyển sinh trình độ trung cấp theo Thông tư 05/2021.", "Đồng Nai");
        Assert.Equal(["05/2021/TT-BLĐTBXH", "05/2021/TT-BLĐTBXH"], found.Select(c => c.Instrument.Symbol));
        // A number before it is another instrument's, not one sharing its codes ("Nghị định 20" is 20/2014/NĐ-CP, a tester's 353), and a list
        // of circulars by number and year after one cited in full is that list, as before (460).
        found = DocumentCitations.Extract("Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ (sau đây gọi tắt là Nghị định 20);\n\n" +
                                          "Điều tra, lập hồ sơ theo Nghị định 20 và Thông tư 07/2016.", "Kon Tum");
        Assert.Equal(["20/2014/NĐ-CP", "20/2014/NĐ-CP", "20/2014/NĐ-CP", "07/2016/TT-BGDĐT"], found.Select(c => c.Instrument.Symbol));
        found = DocumentCitations.Extract("Căn cứ các Thông tư số 37/2021/TT-BGDĐT, 38/2021/TT-BGDĐT và 39/2021/TT-BGDĐT của Bộ GDĐT;\n\n" +
                                          "Hàng hóa phải đúng danh mục theo Thông tư 37/2021, 38/2021 và 39/2021.", "Quảng Ninh");
        Assert.Equal(["37/2021/TT-BGDĐT", "38/2021/TT-BGDĐT", "39/2021/TT-BGDĐT", "37/2021/TT-BGDĐT", "38/2021/TT-BGDĐT", "39/2021/TT-BGDĐT"],
            found.Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void A_decree_by_number_and_year_repeats_the_one_the_text_cites_in_full()
    {
        // Where the text cites it in full, the short form is its repeat, as before (the two are one instrument, dated by the full one).
        var found = DocumentCitations.Extract("Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ;\n\nRà soát bộ quy tắc ứng xử theo NĐ 80/2017.", "Thái Bình");
        Assert.Equal([("80/2017/NĐ-CP", "2017-07-17"), ("80/2017/NĐ-CP", "2017-07-17")], found.Select(c => (c.Instrument.Symbol!, c.Instrument.Date!)));
    }

    [Fact]
    public void Short_forms_by_a_type_code_or_a_dispatchs_capitals_repeat_the_instrument_the_text_cites()
    {
        // Testers' 480 and 479: "KHLN 2863" (2863/KHLN-SGDĐT-SYT, a joint plan) and "CĐ 398" (398/CĐ-TTg) were no citations.
        var found = DocumentCitations.Extract(
            "Thực hiện Kế hoạch liên ngành số 2863/KHLN-SGDĐT-SYT ngày 18/9/2025 của Sở GDĐT và Sở Y tế; Công điện số 398/CĐ-TTg ngày 02/5/2022 của Thủ tướng Chính phủ.\n\n" +
            "Kiểm tra theo nội dung phân công tại KHLN 2863; lập bản đồ cảnh báo theo yêu cầu tại CĐ 398.", "Thanh Hóa");
        Assert.Equal(["2863/KHLN-SGDĐT-SYT", "398/CĐ-TTg", "2863/KHLN-SGDĐT-SYT", "398/CĐ-TTg"], found.Select(c => c.Instrument.Symbol));
        Assert.Equal("Kế hoạch", found[0].Instrument.Kind);
    }

    [Fact]
    public void A_joint_texts_second_own_number_under_the_first_is_no_citation()
    {
        // 478's letterhead sets the departments' numbers one above the other, "Số: 2863/KHLN-SGDĐT-SYT⏎Số: 4216/KHLN-SYT-SGDĐT".
        Assert.DoesNotContain(DocumentCitations.Extract(TestPaths.TesterDocument("478")), c => c.Instrument.Symbol == "4216/KHLN-SYT-SGDĐT");
    }

    [Fact]
    public void Forms_listed_after_a_form_are_no_instruments()
    {
        // A tester's 474: "Mẫu số 01/HB, 02/HB": the second form was a letter 02/HB.
        var found = DocumentCitations.Extract("Học bạ số được lập theo Mẫu số 01/HB, 02/HB ban hành kèm theo Thông tư 27/2025/TT-BGDĐT.", null);
        Assert.Equal(["27/2025/TT-BGDĐT"], found.Select(c => c.Instrument.Symbol));
    }

    [Theory]
    // Testers' 478, 479, 383 and 323: an instrument the text says has expired is told of, not carried out.
    [InlineData("Nhiều hợp đồng còn kèm bản cam kết theo mẫu của Nghị định số 38/2012/NĐ-CP, là văn bản đã hết hiệu lực.", "mention")]
    [InlineData("Chương trình giai đoạn 2016 - 2020 theo Quyết định số 234/QĐ-TTg ngày 05/02/2016 đã kết thúc và hết hiệu lực.", "mention")]
    [InlineData("Triển khai theo Quyết định số 234/QĐ-TTg ngày 05/02/2016 của Thủ tướng Chính phủ.", "thuc_hien")]
    // Said of other texts, in another order of the sentence: the instrument is still carried out.
    [InlineData("Nhập đúng ký hiệu theo Quyết định số 234/QĐ-TTg, không nhập ký hiệu của văn bản đã hết hiệu lực.", "thuc_hien")]
    public void An_instrument_said_to_have_expired_is_a_mention(string text, string relation) =>
        Assert.Equal(relation, DocumentCitations.Extract(text, "Thanh Hóa")[0].Relation);

    [Fact]
    public void The_instrument_that_replaced_another_is_no_replacement_by_the_text()
    {
        // A tester's 478: "… đã được thay thế bởi Nghị định 15/2018/NĐ-CP" was read as this text replacing 15/2018.
        var found = DocumentCitations.Extract("Nghị định số 38/2012/NĐ-CP đã được thay thế bởi Nghị định 15/2018/NĐ-CP.", null);
        Assert.Equal(["mention", "mention"], found.Select(c => c.Relation));
    }

    [Fact]
    public void An_article_cited_across_a_lines_end_opens_no_block()
    {
        // A tester's 475, hard-wrapped: "… tại khoản 2⏎Điều 1 Quyết định số 1950/QĐ-UBND …" was read as a new article, "Điều 1", and the
        // repeal the sentence opened with lost its instrument.
        const string decision = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n\nSố: 386/QĐ-UBND\n\nLạng Sơn, ngày 12 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n\n" +
                                "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký. Bãi bỏ nội dung phân công tại khoản 2\n" +
                                "Điều 1 Quyết định số 1950/QĐ-UBND ngày 18/10/2025 của Chủ tịch Ủy ban nhân dân tỉnh.\n";
        var document = DocumentParser.Parse(decision, "x", "corpus/x.txt");
        Assert.Equal("bai_bo", Assert.Single(DocumentCitations.Extract(document)).Relation);
        Assert.DoesNotContain(document.Sections, s => s.Number == "Điều 1");
    }

    [Theory]
    // Testers' 484-486, scanned from paper: a figure of a symbol's number or year read as a letter (l or I for 1, O for 0).
    [InlineData("Thực hiện Thông tư số l9/2019/TT-BGDĐT ngày 12/11/2019 của Bộ trưởng Bộ GDĐT.", "l9/2019/TT-BGDĐT", "19/2019/TT-BGDĐT")]
    [InlineData("Căn cứ Thông tư số 2O/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT.", "2O/2018/TT-BGDĐT", "20/2018/TT-BGDĐT")]
    [InlineData("Thực hiện Thông tư số 19/2O19/TT-BGDĐT của Bộ GDĐT.", "19/2O19/TT-BGDĐT", "19/2019/TT-BGDĐT")]
    [InlineData("Theo Quyết định số 4l68/QĐ-UBND ngày 20/12/2024 của UBND tỉnh.", "4l68/QĐ-UBND", "4168/QĐ-UBND")]
    public void A_symbols_figures_a_scan_misread_as_letters_are_read_as_figures(string text, string written, string symbol)
    {
        var cited = Assert.Single(DocumentCitations.Extract(text, "Nghệ An"));
        Assert.Equal(symbol, cited.Instrument.Symbol);
        Assert.Contains(written, cited.Surface);
    }

    [Theory]
    // Letters and words are no figures: nothing is read where no figure stands beside them.
    [InlineData("Lớp lO/A1 học buổi chiều.")]
    [InlineData("Phòng IO/KH của trường.")]
    public void Letters_without_figures_are_no_misread_symbol(string text) => Assert.Empty(DocumentCitations.Extract(text, "Nghệ An"));

    [Fact]
    public void A_certificate_or_a_permit_by_its_code_is_no_instrument()
    {
        // A tester's 481: "GCN số 42/2017/GCNĐKHĐ-TCGDNN" (a certificate of registration, beside the decision permitting the college) was a citation.
        var found = DocumentCitations.Extract("| QĐ 1359/QĐ-SGDĐT | GCN số 42/2017/GCNĐKHĐ-TCGDNN |\n\nHoạt động theo Giấy phép 25/GP-SGDĐT và Quyết định số 1359/QĐ-SGDĐT ngày 05/3/2017 của Sở GDĐT.", "Đồng Nai");
        Assert.Equal(["1359/QĐ-SGDĐT", "1359/QĐ-SGDĐT"], found.Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void The_general_department_for_vocational_training_is_a_central_body()
    {
        // A tester's 483: "611/QĐ-TCGDNN" of the Tổng cục Giáo dục nghề nghiệp was keyed to the citing province.
        var cited = Assert.Single(DocumentCitations.Extract("Thực hiện Quyết định số 611/QĐ-TCGDNN ngày 20/5/2020 của Tổng cục Giáo dục nghề nghiệp.", "Hưng Yên"));
        Assert.Equal("national", cited.Instrument.Scope);
    }

    [Fact]
    public void In_a_tables_row_what_a_cell_says_is_done_to_an_instrument_is_the_rows_instruments_doing()
    {
        // A tester's 502, a chairman's decision publishing the instruments expired: "| 7 | 27/2020/QĐ-UBND | Sửa đổi, bổ sung một số điều của
        // Quy định ban hành kèm theo Quyết định số 40/2016/QĐ-UBND | …" amended 40/2016, and "Bị bãi bỏ bởi Quyết định số 12/2025/QĐ-UBND"
        // repealed 12/2025, read as the decision's own doing.
        const string table = "| STT | Văn bản | Trích yếu | Lý do |\n|---|---|---|---|\n" +
                             "| 5 | 17/2017/QĐ-UBND; 11/5/2017 | Ban hành Quy định về dạy thêm | Bị bãi bỏ bởi Quyết định số 12/2025/QĐ-UBND ngày 07/3/2025 |\n" +
                             "| 7 | 27/2020/QĐ-UBND; 09/7/2020 | Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 40/2016/QĐ-UBND | Hết hiệu lực |\n";
        var decision = "ỦY BAN NHÂN DÂN TỈNH TÂY NINH\n\nSố: 186/QĐ-UBND\n\nTây Ninh, ngày 20 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc công bố Danh mục\n\n" + table;
        var found = DocumentCitations.Extract(DocumentParser.Parse(decision, "x", "corpus/x.md"));
        Assert.All(found, c => Assert.Equal("mention", c.Relation));
        Assert.Contains(found, c => c.Instrument.Symbol == "40/2016/QĐ-UBND");
    }

    [Theory]
    // A congress's resolution named by its number: "Nghị quyết Đại hội XIII của Đảng", and the short name "Nghị quyết Đại hội XX" (494, 495).
    [InlineData("Quán triệt quan điểm của Nghị quyết Đại hội XIII của Đảng về phát triển nguồn nhân lực.", "Nghị quyết Đại hội XIII của Đảng")]
    [InlineData("Tổ chức học tập, quán triệt Nghị quyết Đại hội XX trong toàn Đảng bộ.", "Nghị quyết Đại hội XX")]
    // By its term (a tester's 676).
    [InlineData("Tổ chức cho đảng viên học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai nhiệm kỳ 2025 - 2030.",
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai nhiệm kỳ 2025 - 2030")]
    // A plenum's by its number, with its term or without (a tester's 899).
    [InlineData("Tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục.", "Nghị quyết Hội nghị Trung ương 8 khóa XI")]
    [InlineData("Sau hơn 10 năm thực hiện Nghị quyết Trung ương 8, chất lượng giáo dục được nâng lên.", "Nghị quyết Trung ương 8")]
    public void A_congresss_resolution_named_by_its_number_is_cited(string text, string surface) =>
        Assert.Equal(surface, Assert.Single(DocumentCitations.Extract(text, "Phú Thọ")).Surface);

    [Fact]
    public void A_known_law_named_in_small_letters_is_cited_and_no_other_words_after_luat_are()
    {
        // A tester's 911, a school's page typed in haste: "theo Luật giáo dục thì …" was no citation. "Luật này" and "Luật mới" name no law,
        // nor "Luật được Quốc hội thông qua" (held-out 103), whose "được" is "Dược" folded.
        var found = DocumentCitations.Extract("Học sinh được miễn theo Luật giáo dục thì phụ huynh không phải nộp. Luật này có hiệu lực từ năm sau; " +
                                              "Luật mới quy định khác, triển khai ngay sau khi Luật được Quốc hội thông qua.", "Quảng Ngãi");
        Assert.Equal(("Luật giáo dục", "Luật"), (Assert.Single(found).Surface, found[0].Instrument.Kind));
    }

    [Fact]
    public void The_resolutions_of_every_congress_are_no_one_resolution()
    {
        // Seed 000: "… Nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025" names the resolutions of every level's congress.
        Assert.Empty(DocumentCitations.Extract("Ngành Giáo dục tiếp tục triển khai thực hiện Nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.", "Lai Châu"));
    }

    [Fact]
    public void A_joint_plan_by_its_kinds_full_name_and_number_repeats_the_one_the_text_cites()
    {
        // Testers' 506 and 507: "Kế hoạch liên ngành 1248" (1248/KHLN-BHXH-SGDĐT, cited in full before it) was no citation, "liên ngành"
        // standing between the kind and the number.
        var found = DocumentCitations.Extract("Thực hiện Kế hoạch liên ngành số 1248/KHLN-BHXH-SGDĐT ngày 12/9/2024 của BHXH tỉnh và Sở GDĐT.\n\n" +
                                              "Các trường thu bảo hiểm y tế theo Kế hoạch liên ngành 1248.", "Sóc Trăng");
        Assert.Equal(["1248/KHLN-BHXH-SGDĐT", "1248/KHLN-BHXH-SGDĐT"], found.Select(c => c.Instrument.Symbol));
    }

    private const string DatedPlan = "ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM\n\nSố: 12/KH-UBND\n\nNậm Tăm, ngày 05 tháng 9 năm {0}\n\nKẾ HOẠCH\nTổ chức năm học mới\n\n{1}\n";

    private static List<Citation> CitedInPlanOf(int year, string text) =>
        DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(string.Format(DatedPlan, year, text), "x", "corpus/x.txt"));

    [Fact]
    public void A_national_instrument_cited_by_kind_and_number_alone_is_that_instrument_once_issued()
    {
        // Fourteen testers' texts wrote "Đề án 06", a dozen "Thông tư 29", ten "Nghị quyết 217", never giving their symbols: none was cited.
        var found = CitedInPlanOf(2026, "Nhà trường tổ chức dạy thêm theo Thông tư 29, miễn học phí theo Nghị quyết 217 của Quốc hội và NĐ 238; " +
                                        "làm sạch dữ liệu học sinh theo Đề án 06.");
        Assert.Equal(["29/2024/TT-BGDĐT", "217/2025/QH15", "238/2025/NĐ-CP", "06/QĐ-TTg"], found.Select(c => c.Instrument.Symbol));
        Assert.Equal(("Quốc hội", "2025-06-26"), (found[1].Instrument.Issuer, found[1].Instrument.Date));
        // Not before it was issued: a 2019 plan's "Thông tư 29" is no circular of 2024.
        Assert.Empty(CitedInPlanOf(2019, "Nhà trường tổ chức dạy thêm theo Thông tư 29."));
    }

    [Theory]
    // The one the text cites in full with that kind and number is the one meant.
    [InlineData("Căn cứ Nghị quyết số 29/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh. Các trường thực hiện Nghị quyết 29.", "29/2021/NQ-HĐND", 2)]
    // Another body named after it, or a working group named after the Đề án (held-out 114's recipients), names none of them.
    [InlineData("Các trường thực hiện Nghị quyết 29 của Hội đồng nhân dân tỉnh.", null, 0)]
    [InlineData("Nơi nhận:\n- Tổ công tác triển khai Đề án 06 huyện;\n- Lưu: VT.", null, 0)]
    public void A_known_instruments_number_is_another_where_the_text_says_so(string text, string? symbol, int count)
    {
        var found = CitedInPlanOf(2026, text);
        Assert.Equal(count, found.Count);
        Assert.All(found, c => Assert.Equal(symbol, c.Instrument.Symbol));
    }

    [Theory]
    // A law's name read on into the letter after it ("… ở cơ sở và Hướng dẫn số 27/HD-TLĐ", a tester's 948) lost the law to the letter.
    [InlineData("Ban Thanh tra nhân dân hoạt động theo quy định tại Chương VII Luật Thực hiện dân chủ ở cơ sở và Hướng dẫn số 27/HD-TLĐ ngày 16/11/2023 của Tổng Liên đoàn Lao động Việt Nam.",
        new[] { "Luật Thực hiện dân chủ ở cơ sở", "Hướng dẫn số 27/HD-TLĐ ngày 16/11/2023" })]
    // Typed without marks, as a clerk's paragraph of 950 is: the law's name is known folded, its year after "nam".
    [InlineData("Thu truong cac don vi giai quyet khieu nai, to cao theo Luat Khieu nai nam 2011 va Luat To cao nam 2018; khong de don thu vuot cap.",
        new[] { "Luat Khieu nai nam 2011", "Luat To cao nam 2018" })]
    // An ordinance repeated by its number and year (950's table), and a scan's figures read as letters in short forms (954's "TT l9/2019").
    [InlineData("Căn cứ Pháp lệnh số 02/2020/UBTVQH14 ngày 09/12/2020. Con thương binh được cộng điểm theo Pháp lệnh 02/2020.",
        new[] { "Pháp lệnh số 02/2020/UBTVQH14 ngày 09/12/2020", "Pháp lệnh 02/2020" })]
    [InlineData("Căn cứ Thông tư sô l9/2019/TT-BGDĐT ngày l2/11/2019 của Bộ trưởng. Quy chế ban hành kèm theo TT l9/2019 được áp dụng.",
        new[] { "l9/2019/TT-BGDĐT", "TT l9/2019" })]
    public void A_laws_an_ordinances_or_a_scanned_short_forms_citation_is_read_as_written(string text, string[] surfaces) =>
        Assert.Equal(surfaces, DocumentCitations.Extract(text, "Điện Biên").Select(c => c.Surface));

    [Fact]
    public void A_chat_posts_short_forms_typed_without_marks_are_the_instruments_staff_mean()
    {
        // A tester's 961, a commune office's post to parents: "qd 06", "nd 66", "tt29" and "luat tre em" were no citations.
        var found = CitedInPlanOf(2026, "Con phai co ma dinh danh theo qd 06 cua Thu tuong; che do theo nd 66; day them theo tt29; quyen cua tre theo luat tre em.");
        Assert.Equal([("qd 06", "06/QĐ-TTg"), ("nd 66", "66/2025/NĐ-CP"), ("tt29", "29/2024/TT-BGDĐT"), ("luat tre em", null)],
            found.Select(c => (c.Surface, c.Instrument.Symbol)));
        Assert.Equal("Luật", found[3].Instrument.Kind);
    }
}
