using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Core;

public sealed class ScannedFiguresTests
{
    [Theory]
    [InlineData("Số: l5/CT-UBND", "Số: 15/CT-UBND")]
    [InlineData("Điện Biên, ngày 25 tháng 9 năm 2O24", "Điện Biên, ngày 25 tháng 9 năm 2024")]
    [InlineData("Số: 4l68/QĐ-UBND", "Số: 4168/QĐ-UBND")]
    // Words are left as written: a run holding no figure, a run going on into letters, a letter alone, a code's letters after a slash.
    [InlineData("lO lớp 10 Ola I 3/IO", "lO lớp 10 Ola I 3/IO")]
    [InlineData("Lớp l2A", "Lớp l2A")]
    public void A_scans_letters_for_figures_are_mended_in_runs_of_figures_alone(string line, string mended)
    {
        Assert.Equal(mended, ScannedFigures.Mend(line));
        Assert.Equal(line.Length, ScannedFigures.Mend(line).Length);
    }
}
