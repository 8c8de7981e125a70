using System.Buffers;

namespace CorpusDiff.Similarity;

/// <summary>
/// Sift4 (Siderite Zackwehdex, 2014; F23.StringSimilarity's <c>Experimental.Sift4</c>): a fast approximation of edit
/// distance that walks both strings with two cursors, looks ahead at most <see cref="MaxOffset"/> characters to
/// resynchronize after a difference, and counts transpositions. Linear time; useful as a cheap pre-filter.
/// </summary>
/// <remarks>
/// This is the "general" Sift4 F23 ships (with transpositions, without the early-exit maximum distance), with the
/// same results. The distance is a whole number ≥ 0 (0 for equal strings; <c>|s|</c> against the empty string). It
/// approximates Levenshtein distance (it can be higher or lower) and is neither symmetric in every case nor a metric.
/// <see cref="MaxOffset"/> is init-only (F23's is settable): set it in an object initializer. Thread-safe.
/// </remarks>
public sealed class Sift4 : IStringDistance
{
    /// <summary>The default look-ahead, as in F23.</summary>
    public const int DefaultMaxOffset = 10;

    private readonly int maxOffset = DefaultMaxOffset;

    /// <summary>Initializes the distance with a look-ahead of <see cref="DefaultMaxOffset"/> characters.</summary>
    public Sift4()
    {
    }

    /// <summary>Initializes the distance with the given look-ahead.</summary>
    /// <param name="maxOffset">How far to look ahead for a matching character; at least 0 (0 never resynchronizes).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxOffset"/> is negative.</exception>
    public Sift4(int maxOffset)
    {
        MaxOffset = maxOffset;
    }

    /// <summary>Gets how far the cursors look ahead for a matching character (default 10; at least 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int MaxOffset
    {
        get => maxOffset;
        init
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxOffset), value, "MaxOffset must be at least 0.");
            }

            maxOffset = value;
        }
    }

    /// <summary>Returns the Sift4 distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance, a whole number.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Distance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the Sift4 distance.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance, a whole number.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        if (s1.Length == 0 || s2.Length == 0)
        {
            return Math.Max(s1.Length, s2.Length);
        }

        // Offsets are (c1, c2, transposed) triples; the list only grows by one per match.
        var capacity = 3 * (Math.Min(s1.Length, s2.Length) + 1);
        var offsets = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            return Compute(s1, s2, ref offsets);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(offsets);
        }
    }

    private int Compute(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, ref int[] offsets)
    {
        int l1 = s1.Length, l2 = s2.Length;
        int c1 = 0, c2 = 0, lcss = 0, localCs = 0, trans = 0, count = 0;
        while (c1 < l1 && c2 < l2)
        {
            if (s1[c1] == s2[c2])
            {
                localCs++;
                var isTrans = false;
                var i = 0;
                while (i < count)
                {
                    var o1 = offsets[3 * i];
                    var o2 = offsets[(3 * i) + 1];
                    if (c1 <= o1 || c2 <= o2)
                    {
                        // Of two crossing matches, the one with the larger offset difference is the transposition.
                        isTrans = Math.Abs(c2 - c1) >= Math.Abs(o2 - o1);
                        if (isTrans)
                        {
                            trans++;
                        }
                        else if (offsets[(3 * i) + 2] == 0)
                        {
                            offsets[(3 * i) + 2] = 1;
                            trans++;
                        }

                        break;
                    }

                    if (c1 > o2 && c2 > o1)
                    {
                        Array.Copy(offsets, 3 * (i + 1), offsets, 3 * i, 3 * (count - i - 1));
                        count--;
                    }
                    else
                    {
                        i++;
                    }
                }

                if (3 * (count + 1) > offsets.Length)
                {
                    Grow(ref offsets);
                }

                offsets[3 * count] = c1;
                offsets[(3 * count) + 1] = c2;
                offsets[(3 * count) + 2] = isTrans ? 1 : 0;
                count++;
            }
            else
            {
                lcss += localCs;
                localCs = 0;
                if (c1 != c2)
                {
                    c1 = c2 = Math.Min(c1, c2);
                }

                // On a match ahead, step the cursors back one so the shared increment below lands on it.
                for (var i = 0; i < maxOffset && (c1 + i < l1 || c2 + i < l2); i++)
                {
                    if (c1 + i < l1 && s1[c1 + i] == s2[c2])
                    {
                        c1 += i - 1;
                        c2--;
                        break;
                    }

                    if (c2 + i < l2 && s1[c1] == s2[c2 + i])
                    {
                        c1--;
                        c2 += i - 1;
                        break;
                    }
                }
            }

            c1++;
            c2++;
            if (c1 >= l1 || c2 >= l2)
            {
                lcss += localCs;
                localCs = 0;
                c1 = c2 = Math.Min(c1, c2);
            }
        }

        lcss += localCs;
        return Math.Max(l1, l2) - lcss + trans;
    }

    private static void Grow(ref int[] offsets)
    {
        var larger = ArrayPool<int>.Shared.Rent(offsets.Length * 2);
        offsets.AsSpan().CopyTo(larger);
        ArrayPool<int>.Shared.Return(offsets);
        offsets = larger;
    }
}
