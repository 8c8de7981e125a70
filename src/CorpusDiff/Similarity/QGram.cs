namespace CorpusDiff.Similarity;

/// <summary>
/// Ukkonen's q-gram distance (F23.StringSimilarity's <c>QGram</c>): the L1 distance between the two strings' k-shingle
/// count vectors, Σ |countA(g) − countB(g)|. A lower bound-style cousin of edit distance that ignores where the
/// differences are, computed in linear time. Default k = 3.
/// </summary>
/// <remarks>
/// <para>
/// Distance in [0, |A| + |B|] shingles, not normalized; 0 for equal strings. Symmetric and a metric on count vectors
/// (a pseudo-metric on strings: reordered blocks with the same shingles are at distance 0). Two empty strings are at
/// distance 0.
/// </para>
/// <para>
/// Difference from F23: a non-empty string shorter than k after white-space collapsing counts as one pseudo-shingle
/// (itself), so two different short strings are at distance 2 and <c>QGram("ab", "abcd")</c> is 3; F23 gave such a
/// string no shingles at all (distance 0 between <c>"ab"</c> and <c>"cd"</c>, 2 for the second pair).
/// See <see cref="ShingleProfile"/> for precomputed profiles and hash collisions. Thread-safe.
/// </para>
/// </remarks>
public sealed class QGram : ShingleBased, IStringDistance
{
    /// <summary>Initializes the distance with k = 3.</summary>
    public QGram()
        : base(DefaultK)
    {
    }

    /// <summary>Initializes the distance with shingles of length <paramref name="k"/>.</summary>
    /// <param name="k">The shingle length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public QGram(int k)
        : base(k)
    {
    }

    /// <summary>Returns the q-gram distance of two strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The number of unmatched shingles; 0 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Distance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the q-gram distance of two texts.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The number of unmatched shingles; 0 for equal texts.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compare(s1, s2, 0.0, default(Formula));

    /// <summary>Returns the q-gram distance of two profiles built with this measure's k (F23's profile overload).</summary>
    /// <param name="profile1">The first profile.</param>
    /// <param name="profile2">The second profile.</param>
    /// <returns>The number of unmatched shingles.</returns>
    /// <exception cref="ArgumentNullException">Either profile is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A profile was built with another k.</exception>
    public double Distance(ShingleProfile profile1, ShingleProfile profile2) => Compare(profile1, profile2, default(Formula));

    /// <summary>The number of unmatched shingles.</summary>
    private readonly struct Formula : IShingleFormula
    {
        public double Score(scoped ShingleView a, scoped ShingleView b) => ShingleMath.QGram(a, b);
    }
}
