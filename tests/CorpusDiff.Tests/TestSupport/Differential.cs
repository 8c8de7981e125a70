using System.Globalization;
using System.Text;

namespace CorpusDiff.Tests.TestSupport;

/// <summary>Runs a fast implementation and a reference over many pairs and reports every disagreement at once.</summary>
public static class Differential
{
    public static void Check<T>(
        IEnumerable<(string Alphabet, string A, string B)> pairs,
        Func<string, string, T> expected,
        Func<string, string, T> actual,
        int minimumPairs = 100)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var (alphabet, a, b) in pairs)
        {
            count++;
            var want = expected(a, b);
            var got = actual(a, b);
            if (!EqualityComparer<T>.Default.Equals(want, got))
            {
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[{alphabet}] |a|={a.Length} |b|={b.Length}: expected {want}, got {got}; a=\"{Escape(a)}\" b=\"{Escape(b)}\""));
            }
        }

        count.Should().BeGreaterThanOrEqualTo(minimumPairs, "the differential test must cover many pairs");
        failures.Take(5).Should().BeEmpty("{0} of {1} pairs disagree with the reference", failures.Count, count);
    }

    /// <summary>Shows non-ASCII characters as escapes so a failing pair can be pasted into a test.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > 200 ? text[..200] + "…" : text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        }

        return builder.ToString();
    }
}
