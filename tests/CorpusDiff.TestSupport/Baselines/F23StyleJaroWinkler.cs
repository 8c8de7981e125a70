namespace CorpusDiff.TestSupport.Baselines;

/// <summary>
/// Jaro–Winkler the way F23.StringSimilarity computes it (F23 is not on the package mirror, so this is its algorithm
/// re-typed): the quadratic window scan with freshly allocated flag and index arrays per call. Linked into the tests
/// as the reference the bit-parallel Jaro and Jaro–Winkler are checked against.
/// </summary>
public static class F23StyleJaroWinkler
{
    /// <summary>Gets the similarity (F23's uncapped prefix).</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity.</returns>
    public static double Similarity(string s1, string s2) => JaroWinkler(s1, s2, maxPrefix: null);

    /// <summary>
    /// Gets Jaro–Winkler with a prefix cap (Winkler's definition) or without one (F23's, with the scaling capped at
    /// 1 / max length). The tests use this as their reference.
    /// </summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="threshold">The Jaro similarity above which the prefix boost applies.</param>
    /// <param name="scaling">The prefix scaling factor.</param>
    /// <param name="maxPrefix">The prefix cap, or <see langword="null"/> for F23's uncapped prefix.</param>
    /// <returns>The similarity.</returns>
    public static double JaroWinkler(string s1, string s2, double threshold = 0.7, double scaling = 0.1, int? maxPrefix = 4)
    {
        var j = Jaro(s1, s2);
        if (!(j > threshold))
        {
            return j;
        }

        var prefix = 0;
        while (prefix < Math.Min(s1.Length, s2.Length) && s1[prefix] == s2[prefix] && (maxPrefix is null || prefix < maxPrefix))
        {
            prefix++;
        }

        var p = maxPrefix is null ? Math.Min(scaling, 1.0 / Math.Max(s1.Length, s2.Length)) : scaling;
        return j + p * prefix * (1 - j);
    }

    /// <summary>Gets the Jaro similarity by the quadratic window scan.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity.</returns>
    public static double Jaro(string s1, string s2)
    {
        if (s1 == s2)
        {
            return 1.0;
        }

        var (max, min) = s1.Length > s2.Length ? (s1, s2) : (s2, s1);
        var range = Math.Max(max.Length / 2 - 1, 0);
        var matchIndexes = Enumerable.Repeat(-1, min.Length).ToArray();
        var matchFlags = new bool[max.Length];
        var matches = 0;
        for (var mi = 0; mi < min.Length; mi++)
        {
            var c1 = min[mi];
            for (int xi = Math.Max(mi - range, 0), xn = Math.Min(mi + range + 1, max.Length); xi < xn; xi++)
            {
                if (!matchFlags[xi] && c1 == max[xi])
                {
                    matchIndexes[mi] = xi;
                    matchFlags[xi] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var ms1 = new char[matches];
        var ms2 = new char[matches];
        for (int i = 0, si = 0; i < min.Length; i++)
        {
            if (matchIndexes[i] != -1)
            {
                ms1[si++] = min[i];
            }
        }

        for (int i = 0, si = 0; i < max.Length; i++)
        {
            if (matchFlags[i])
            {
                ms2[si++] = max[i];
            }
        }

        var transpositions = 0;
        for (var i = 0; i < matches; i++)
        {
            if (ms1[i] != ms2[i])
            {
                transpositions++;
            }
        }

        double m = matches;
        return (m / s1.Length + m / s2.Length + (m - transpositions / 2) / m) / 3.0;
    }
}
