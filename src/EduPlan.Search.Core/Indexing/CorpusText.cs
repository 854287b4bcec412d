using System.Text;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// The text of a directive's bytes: UTF-8, or UTF-16 or UTF-32 where a byte order mark says so (Notepad's
/// "Unicode" is UTF-16 with its mark). Without a mark, nothing is guessed: legacy Vietnamese encodings
/// (TCVN3, VNI, Windows-1258) would decode as wrong letters, silently, so such a file is refused with why.
/// </summary>
public static class CorpusText
{
    private static readonly (byte[] Mark, Encoding Encoding)[] Marked =
    [
        // UTF-32 LE first: its mark starts with UTF-16 LE's.
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true)),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true)),
        ([0xEF, 0xBB, 0xBF], new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true)),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true)),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, without its byte order mark; or null and why it cannot be read.</summary>
    public static (string? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = StrictUtf8;
        var markLength = 0;
        foreach (var (mark, marked) in Marked)
            if (bytes.StartsWith(mark))
            {
                (encoding, markLength) = (marked, mark.Length);
                break;
            }
        try
        {
            var text = encoding.GetString(bytes[markLength..]);
            return text.Contains('\0') ? (null, "it contains NUL characters: it looks binary") : (text, null);
        }
        catch (DecoderFallbackException e)
        {
            var name = markLength == 0 ? "UTF-8" : encoding.WebName.ToUpperInvariant();
            return (null, $"it is not valid {name} (byte offset {markLength + e.Index}); save it as UTF-8" +
                          (markLength == 0 ? ": legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) are not read" : ""));
        }
    }
}
