using CorpusDiff.Text;

namespace CorpusDiff.Similarity;

/// <summary>
/// Set and vector measures between two shingle profiles, each a linear merge of two sorted hash arrays with no
/// allocation. A short profile (non-empty text shorter than k) is one pseudo-shingle equal only to the same text.
/// </summary>
internal static class ShingleMath
{
    /// <summary>Gets |A ∩ B| / |A ∪ B| over distinct shingles; 1 for two empty profiles.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <param name="scoreCutoff">Results below this are returned as 0, and pairs whose sizes rule it out are skipped.</param>
    /// <returns>The Jaccard index.</returns>
    public static double Jaccard(scoped ShingleView a, scoped ShingleView b, double scoreCutoff = 0)
    {
        if (TryTrivial(a, b, out var trivial))
        {
            return trivial >= scoreCutoff ? trivial : 0.0;
        }

        double smaller = Math.Min(a.Hashes.Length, b.Hashes.Length);
        double larger = Math.Max(a.Hashes.Length, b.Hashes.Length);
        if (smaller / larger < scoreCutoff)
        {
            return 0.0;
        }

        var inter = SortedMerge.IntersectionCount(a.Hashes, b.Hashes);
        var result = (double)inter / (a.Hashes.Length + b.Hashes.Length - inter);
        return result >= scoreCutoff ? result : 0.0;
    }

    /// <summary>Gets 2 |A ∩ B| / (|A| + |B|) over distinct shingles; 1 for two empty profiles.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <param name="scoreCutoff">Results below this are returned as 0, and pairs whose sizes rule it out are skipped.</param>
    /// <returns>The Sørensen–Dice coefficient.</returns>
    public static double SorensenDice(scoped ShingleView a, scoped ShingleView b, double scoreCutoff = 0)
    {
        if (TryTrivial(a, b, out var trivial))
        {
            return trivial >= scoreCutoff ? trivial : 0.0;
        }

        double sum = a.Hashes.Length + b.Hashes.Length;
        if (2.0 * Math.Min(a.Hashes.Length, b.Hashes.Length) / sum < scoreCutoff)
        {
            return 0.0;
        }

        var result = 2.0 * SortedMerge.IntersectionCount(a.Hashes, b.Hashes) / sum;
        return result >= scoreCutoff ? result : 0.0;
    }

    /// <summary>Gets the cosine of the two count vectors; 1 for two empty profiles.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <param name="scoreCutoff">Results below this are returned as 0.</param>
    /// <returns>The cosine similarity in [0, 1].</returns>
    public static double Cosine(scoped ShingleView a, scoped ShingleView b, double scoreCutoff = 0)
    {
        if (TryTrivial(a, b, out var trivial))
        {
            return trivial >= scoreCutoff ? trivial : 0.0;
        }

        var dot = SortedMerge.DotProduct(a.Hashes, a.Counts, b.Hashes, b.Counts);

        // One square root of the exact product keeps cosine(A, A) exactly 1 for any realistic profile.
        var result = Math.Min(1.0, dot / Math.Sqrt((double)a.SumOfSquares * b.SumOfSquares));
        return result >= scoreCutoff ? result : 0.0;
    }

    /// <summary>Gets the L1 distance of the two count vectors (Ukkonen's q-gram distance).</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <returns>The distance, 0 for equal profiles.</returns>
    public static long QGram(scoped ShingleView a, scoped ShingleView b)
    {
        if (a.IsShort || b.IsShort)
        {
            if (a.IsShort && b.IsShort)
            {
                return a.ShortText.SequenceEqual(b.ShortText) ? 0 : 2;
            }

            return 1 + (a.IsShort ? b.Total : a.Total);
        }

        return a.Total + b.Total - (2 * SortedMerge.MinSum(a.Hashes, a.Counts, b.Hashes, b.Counts));
    }

    // Short (pseudo-shingle) and empty profiles: the answer does not need a merge.
    private static bool TryTrivial(scoped ShingleView a, scoped ShingleView b, out double similarity)
    {
        if (a.IsShort || b.IsShort)
        {
            similarity = a.IsShort && b.IsShort && a.ShortText.SequenceEqual(b.ShortText) ? 1.0 : 0.0;
            return true;
        }

        if (a.Hashes.Length == 0 || b.Hashes.Length == 0)
        {
            similarity = a.Hashes.Length == b.Hashes.Length ? 1.0 : 0.0;
            return true;
        }

        similarity = 0;
        return false;
    }
}
