using System.Globalization;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Names in the order Vietnamese readers look for them: "Đà Nẵng" after "Điện Biên"'s neighbours in D, not after "Yên Bái"
/// where ordinal order puts every Đ.
/// </summary>
public static class VietnameseOrder
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
}
