using System.Globalization;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlan.Search.Api;

/// <summary>page and size read the same way, with the same 400s, by every endpoint that pages.</summary>
public static class Paging
{
    public const int DefaultSize = 10;

    /// <summary>null when both are valid (missing ones take their defaults); otherwise the 400 to answer.</summary>
    public static ProblemHttpResult? Read(string? pageText, string? sizeText, out int page, out int size)
    {
        size = DefaultSize;
        if (!TryInt(pageText, 1, out page) || page < 1)
            return Problems.BadRequest($"page must be a whole number from 1 to {int.MaxValue}.");
        if (!TryInt(sizeText, DefaultSize, out size) || size < 1 || size > SearchRequest.MaxSize)
            return Problems.BadRequest($"size must be a whole number from 1 to {SearchRequest.MaxSize}.");
        return null;
    }

    /// <summary>
    /// For lists that v1 returns whole: a page only when page or size is named. <paramref name="paged"/> says
    /// whether one was; null when valid, otherwise the 400 to answer.
    /// </summary>
    public static ProblemHttpResult? ReadOptional(string? pageText, string? sizeText, out bool paged, out int page, out int size)
    {
        paged = pageText is not null || sizeText is not null;
        (page, size) = (1, 0);
        // Named without a value, page or size is refused rather than read as left out: "page=" gave the whole list (every citing
        // occurrence of a hub, tens of MB), "page=%20" its first page of 10.
        foreach (var (name, text) in new[] { ("page", pageText), ("size", sizeText) })
            if (text is not null && string.IsNullOrWhiteSpace(text))
                return Problems.BadRequest($"{name} is empty: give a whole number, or leave page and size out for the list unpaged.");
        return paged ? Read(pageText, sizeText, out page, out size) : null;
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        if (string.IsNullOrWhiteSpace(text)) { value = fallback; return true; }
        // A whole number past int's range ("page=99999999999") is refused as any other bad value: answered as page 2147483647, the
        // answer named a page the caller had not asked for.
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
