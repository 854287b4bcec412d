using System.Reflection;

namespace EduPlan.Search.Core.Text;

/// <summary>The tables embedded from Data/ (provinces, districts, abbreviations): a row a line, its fields split by tabs, "#" a comment.</summary>
internal static class DataFiles
{
    /// <summary>The rows of Data/<paramref name="name"/>, each field trimmed (a file saved on Windows ends its lines with "\r").</summary>
    public static string[][] Rows(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"EduPlan.Search.Core.Data.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Where(l => l.Trim().Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t').Select(field => field.Trim()).ToArray())
            .ToArray();
    }
}
