using System.Globalization;

namespace CorpusDiff.Reports;

/// <summary>
/// How every human-readable report (text, markdown, HTML) spells a number: invariant culture, scores to two
/// decimals, shares as whole percentages, counts with their noun. JSON keeps full values (<see cref="ReportJson.Round"/>).
/// </summary>
internal static class ReportFormat
{
    /// <summary>A whole number, invariant (<c>1234</c>).</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A score to two decimals (<c>0.78</c>).</summary>
    public static string Fixed(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A share in [0, 1] as a whole percentage (<c>95%</c>).</summary>
    public static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Sentence references as the reports print them (<c>T1,T2</c>, <c>S4+S5</c>): the side's letter before each index.</summary>
    public static string Sentences(char side, IEnumerable<int> indexes, string separator) => string.Join(separator, indexes.Select(i => side + Int(i)));

    /// <summary>A count with its noun, plural unless one (<c>1 report</c>, <c>3 reports</c>).</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{Int(n)} {noun}s";
}
