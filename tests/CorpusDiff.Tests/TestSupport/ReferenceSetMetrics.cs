using System.Text.RegularExpressions;

namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// F23.StringSimilarity's shingle measures over plain <c>Dictionary&lt;string, int&gt;</c> profiles (white-space
/// runs replaced by one space with <c>\s+</c>), with CorpusDiff's defined edge cases: a non-empty text shorter than k
/// is one pseudo-shingle (itself), two empty texts are identical.
/// </summary>
public static class ReferenceSetMetrics
{
    private static readonly Regex Space = new("\\s+");

    public static Dictionary<string, int> Profile(string s, int k)
    {
        var collapsed = Space.Replace(s, " ");
        var profile = new Dictionary<string, int>(StringComparer.Ordinal);
        if (collapsed.Length > 0 && collapsed.Length < k)
        {
            // The pseudo-shingle: marked so it can never equal a real k-character shingle.
            profile["\u0001short:" + collapsed] = 1;
            return profile;
        }

        for (var i = 0; i + k <= collapsed.Length; i++)
        {
            var shingle = collapsed.Substring(i, k);
            profile[shingle] = profile.GetValueOrDefault(shingle) + 1;
        }

        return profile;
    }

    public static double Jaccard(string s1, string s2, int k = 3)
    {
        var (a, b) = (Profile(s1, k), Profile(s2, k));
        var union = a.Keys.Union(b.Keys).Count();
        return union == 0 ? 1.0 : (double)a.Keys.Intersect(b.Keys).Count() / union;
    }

    public static double SorensenDice(string s1, string s2, int k = 3)
    {
        var (a, b) = (Profile(s1, k), Profile(s2, k));
        return a.Count + b.Count == 0 ? 1.0 : 2.0 * a.Keys.Intersect(b.Keys).Count() / (a.Count + b.Count);
    }

    public static double Cosine(string s1, string s2, int k = 3)
    {
        var (a, b) = (Profile(s1, k), Profile(s2, k));
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1.0 : 0.0;
        }

        double dot = a.Sum(e => (double)e.Value * b.GetValueOrDefault(e.Key));
        var norms = Math.Sqrt(a.Values.Sum(v => (double)v * v)) * Math.Sqrt(b.Values.Sum(v => (double)v * v));
        return dot / norms;
    }

    public static double QGram(string s1, string s2, int k = 3)
    {
        var (a, b) = (Profile(s1, k), Profile(s2, k));
        return a.Keys.Union(b.Keys).Sum(key => Math.Abs(a.GetValueOrDefault(key) - b.GetValueOrDefault(key)));
    }
}
