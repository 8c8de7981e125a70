using System.Buffers;

namespace CorpusDiff.Similarity;

/// <summary>
/// Kondrak's normalized n-gram distance ("N-Gram Similarity and Distance", SPIRE 2005), F23.StringSimilarity's
/// <c>NGram</c>: an edit distance whose unit is the n-gram instead of the character, so substituting a character
/// costs less when its neighbours agree. Both strings are padded at the start with n − 1 marks so the first
/// characters weigh as much as the others; the total is divided by the longer string's length. Default n = 2.
/// </summary>
/// <remarks>
/// <para>
/// Distance in [0, 1]: 0 for equal strings (including two empty strings), 1 when exactly one is empty.
/// Symmetric; not a metric. O(|s1| · |s2| · n) time, no allocation. Compares UTF-16 code units. Thread-safe.
/// </para>
/// <para>
/// Differences from F23: the padding mark is not a character, so a real line feed in the input is compared like any
/// other character (F23 pads with <c>'\n'</c>, which could divide by zero for line-feed-only input); and strings
/// shorter than n go through Kondrak's recurrence like any other (F23 returns the share of position-wise
/// <em>equal</em> characters as the distance there, so <c>"a"</c> vs <c>"b"</c> scored 0). Sums are in
/// <see cref="double"/> where F23 used <see cref="float"/>, so values can differ in the seventh digit.
/// </para>
/// </remarks>
public sealed class NGram : INormalizedStringDistance
{
    private const int Pad = -1;

    /// <summary>Initializes the distance with n = 2.</summary>
    public NGram()
        : this(2)
    {
    }

    /// <summary>Initializes the distance with n-grams of length <paramref name="n"/>.</summary>
    /// <param name="n">The n-gram length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public NGram(int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The n-gram length n must be at least 1.");
        }

        N = n;
    }

    /// <summary>Gets the n-gram length.</summary>
    public int N { get; }

    /// <summary>Returns the normalized n-gram distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Distance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the normalized n-gram distance.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        if (s1.SequenceEqual(s2))
        {
            return 0.0;
        }

        if (s1.Length == 0 || s2.Length == 0)
        {
            return 1.0;
        }

        var sl = s1.Length;
        double[]? rented = null;
        var size = 2 * (sl + 1);
        var buffer = size <= 512 ? stackalloc double[size] : (rented = ArrayPool<double>.Shared.Rent(size)).AsSpan(0, size);
        try
        {
            var previous = buffer[..(sl + 1)];
            var current = buffer[(sl + 1)..];
            for (var i = 0; i <= sl; i++)
            {
                previous[i] = i;
            }

            for (var j = 1; j <= s2.Length; j++)
            {
                current[0] = j;
                for (var i = 1; i <= sl; i++)
                {
                    var cost = GramCost(s1, i, s2, j);
                    current[i] = Math.Min(Math.Min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return Math.Clamp(previous[sl] / Math.Max(sl, s2.Length), 0.0, 1.0);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }
    }

    // Compares the i-th n-gram of the padded s1 with the j-th of the padded s2 (both 1-based): the share of
    // differing positions, where positions both in the padding neither differ nor count.
    private double GramCost(ReadOnlySpan<char> s1, int i, ReadOnlySpan<char> s2, int j)
    {
        var n = N;
        var differing = 0;
        var counted = n;
        for (var k = 0; k < n; k++)
        {
            var a = At(s1, i - n + k);
            var b = At(s2, j - n + k);
            if (a != b)
            {
                differing++;
            }
            else if (a == Pad)
            {
                counted--;
            }
        }

        return (double)differing / counted;
    }

    private static int At(ReadOnlySpan<char> s, int index) => index < 0 ? Pad : s[index];
}
