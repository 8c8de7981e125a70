using System.Text.RegularExpressions;

namespace CorpusDiff.Benchmarks.Baselines;

/// <summary>
/// The plain way to profile shingles, as F23.StringSimilarity does: collapse white space with <c>\s+</c>, cut every
/// k-character substring and count it in a <c>Dictionary&lt;string, int&gt;</c>. Comparisons look every key of the
/// smaller profile up in the larger one (a fair implementation, not F23's slower union of key sets).
/// </summary>
public sealed class DictionaryShingleProfile
{
    private static readonly Regex Space = new("\\s+", RegexOptions.Compiled);

    private DictionaryShingleProfile(Dictionary<string, int> counts, double norm)
    {
        Counts = counts;
        Norm = norm;
    }

    /// <summary>Gets the shingle counts.</summary>
    public Dictionary<string, int> Counts { get; }

    /// <summary>Gets the Euclidean norm of the counts.</summary>
    public double Norm { get; }

    /// <summary>Builds the profile.</summary>
    /// <param name="text">The text.</param>
    /// <param name="k">The shingle length.</param>
    /// <returns>The profile.</returns>
    public static DictionaryShingleProfile Create(string text, int k = 3)
    {
        var collapsed = Space.Replace(text, " ");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + k <= collapsed.Length; i++)
        {
            var shingle = collapsed.Substring(i, k);
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return new DictionaryShingleProfile(counts, Math.Sqrt(counts.Values.Sum(v => (double)v * v)));
    }

    /// <summary>Gets the Jaccard index of the two key sets.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <returns>The index.</returns>
    public static double Jaccard(DictionaryShingleProfile a, DictionaryShingleProfile b)
    {
        var (small, large) = a.Counts.Count <= b.Counts.Count ? (a.Counts, b.Counts) : (b.Counts, a.Counts);
        var inter = 0;
        foreach (var key in small.Keys)
        {
            if (large.ContainsKey(key))
            {
                inter++;
            }
        }

        var union = small.Count + large.Count - inter;
        return union == 0 ? 1.0 : (double)inter / union;
    }

    /// <summary>Gets the cosine of the two count vectors.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <returns>The cosine similarity.</returns>
    public static double Cosine(DictionaryShingleProfile a, DictionaryShingleProfile b)
    {
        var (small, large) = a.Counts.Count <= b.Counts.Count ? (a.Counts, b.Counts) : (b.Counts, a.Counts);
        double dot = 0;
        foreach (var (key, count) in small)
        {
            if (large.TryGetValue(key, out var other))
            {
                dot += (double)count * other;
            }
        }

        return a.Norm == 0 || b.Norm == 0 ? 0.0 : dot / (a.Norm * b.Norm);
    }
}
