namespace CorpusDiff.Similarity;

/// <summary>
/// The Levenshtein distance: the minimum number of single-character insertions, deletions and substitutions that turn
/// one string into the other (F23.StringSimilarity's <c>Levenshtein</c>, same results). A metric.
/// </summary>
/// <remarks>
/// Works on UTF-16 code units, like F23: a character outside the Basic Multilingual Plane (an emoji, a rare CJK
/// ideograph) is two units, so replacing one such character by another costs up to 2.
/// Computed with Hyyrö's bit-parallel algorithm (2003, after Myers 1999) in 64-bit words, common prefix and suffix
/// stripped first; with a limit, only Ukkonen's diagonal band that can still hold a result within the limit is
/// computed and the computation stops as soon as the limit is certainly exceeded. No heap allocation per call for
/// strings up to a few thousand characters. For one pattern against many candidates use <see cref="For(string)"/>.
/// </remarks>
public sealed partial class Levenshtein : IMetricStringDistance
{
    /// <summary>Returns the Levenshtein distance between two strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The number of edits, from 0 (equal) to the longer length.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Compute(Arguments.Text(s1), Arguments.Text(s2), int.MaxValue);

    /// <summary>Returns the Levenshtein distance between two character spans.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The number of edits, from 0 (equal) to the longer length.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2, int.MaxValue);

    /// <summary>
    /// Returns the Levenshtein distance, or <paramref name="limit"/> when the distance is at least the limit (F23's
    /// contract: the computation stops as soon as the limit is reached, so a small limit makes dissimilar pairs cheap).
    /// </summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="limit">The largest result of interest; <see cref="double.MaxValue"/> for no limit.</param>
    /// <returns><c>min(distance, limit)</c>.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative or NaN.</exception>
    public double Distance(string s1, string s2, double limit) => Distance(Arguments.Text(s1), Arguments.Text(s2), limit);

    /// <summary>Returns the Levenshtein distance, or <paramref name="limit"/> when the distance is at least the limit.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="limit">The largest result of interest; <see cref="double.MaxValue"/> for no limit.</param>
    /// <returns><c>min(distance, limit)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative or NaN.</exception>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double limit)
    {
        var max = MaxBelow(limit, nameof(limit));
        if (max < 0)
        {
            return limit;
        }

        var distance = Compute(s1, s2, max);
        return distance <= max ? distance : limit;
    }

    /// <summary>
    /// Precomputes a pattern's bit masks once for comparing it with many candidates (deduplication, nearest match):
    /// each comparison then skips the setup and can stop early at a score cutoff.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>An immutable, thread-safe cached pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public static CachedLevenshtein For(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new CachedLevenshtein(pattern);
    }

    /// <summary>Gets the largest integer distance strictly below a limit (−1 for a limit of 0).</summary>
    internal static int MaxBelow(double limit, string name)
    {
        if (double.IsNaN(limit) || limit < 0)
        {
            throw new ArgumentOutOfRangeException(name, limit, "The limit must be a non-negative number.");
        }

        return limit > int.MaxValue ? int.MaxValue : (int)Math.Ceiling(limit) - 1;
    }

    /// <summary>Computes the distance, or any value above <paramref name="max"/> when it exceeds <paramref name="max"/>.</summary>
    /// <returns>The distance if it is at most <paramref name="max"/>, otherwise <c>max + 1</c>.</returns>
    internal static int Compute(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int max)
    {
        CommonAffix.Strip(ref s1, ref s2);

        SpanOrder.ShorterFirst(ref s1, ref s2);

        var m = s1.Length;
        var n = s2.Length;
        if (n - m > max)
        {
            return Exceeded(max);
        }

        if (m == 0)
        {
            return n;
        }

        if (max == 0)
        {
            return 1;
        }

        if (m == 1)
        {
            var single = s2.Contains(s1[0]) ? n - 1 : n;
            return single <= max ? single : Exceeded(max);
        }

        max = Math.Min(max, n);
        if (m <= ShortPatternMasks.MaxLength && ShortPatternMasks.IsSupported)
        {
            return SingleWord(new ShortPatternMasks(s1), m, s2, max);
        }

        return m <= 64
            ? PatternMasksBuilder.Run<SingleWordKernel>(s1, s2, max)
            : PatternMasksBuilder.Run<BlocksKernel>(s1, s2, max);
    }

    /// <summary>Computes the distance between a compiled pattern and a text, or <c>max + 1</c> above <paramref name="max"/>.</summary>
    internal static int Compute(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int max)
    {
        var m = pattern.Length;
        var n = text.Length;
        if (Math.Abs(n - m) > max)
        {
            return Exceeded(max);
        }

        if (m == 0 || n == 0)
        {
            return m + n;
        }

        max = Math.Min(max, Math.Max(m, n));
        return m <= 64 ? SingleWord(pattern, m, text, max) : Blocks(pattern, text, max);
    }

    /// <summary>Gets <c>max + 1</c> without overflowing for an unlimited maximum.</summary>
    internal static int Exceeded(int max) => max == int.MaxValue ? max : max + 1;
}
