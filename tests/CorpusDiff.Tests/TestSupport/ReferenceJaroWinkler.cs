namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// The classic quadratic Jaro and Jaro–Winkler (F23.StringSimilarity's and Winkler's strcmp95 scan): for each
/// character of the shorter string, the first unmatched equal character of the longer one inside the window.
/// </summary>
public static class ReferenceJaroWinkler
{
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
            for (int xi = Math.Max(mi - range, 0), xn = Math.Min(mi + range + 1, max.Length); xi < xn; xi++)
            {
                if (!matchFlags[xi] && min[mi] == max[xi])
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

        var ms1 = min.Where((_, i) => matchIndexes[i] != -1).ToArray();
        var ms2 = max.Where((_, i) => matchFlags[i]).ToArray();
        var transpositions = ms1.Where((c, i) => c != ms2[i]).Count() / 2;
        double m = matches;
        return (m / s1.Length + m / s2.Length + (m - transpositions) / m) / 3.0;
    }

    /// <summary>Jaro–Winkler with a prefix cap (Winkler) or without one (F23, with the scaling capped at 1 / max length).</summary>
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
}
