using System.Text;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Escapes text for HTML. WebUtility.HtmlEncode also turns every Vietnamese letter into a numeric
/// entity, which is safe but triples snippet size and makes them unreadable in JSON; only the five
/// markup characters need escaping.
/// </summary>
public static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }
}
