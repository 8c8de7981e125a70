namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// Plain textbook dynamic programs, written for clarity rather than speed: the ground truth the fast bit-parallel
/// implementations are compared with.
/// </summary>
public static class ReferenceEditDistances
{
    public static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Optimal string alignment: Levenshtein plus adjacent transpositions, no substring edited twice.</summary>
    public static int OptimalStringAlignment(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Unrestricted Damerau–Levenshtein (Lowrance–Wagner with the last-row table), full matrix.</summary>
    public static int Damerau(string a, string b)
    {
        var infinity = a.Length + b.Length;
        var d = new int[a.Length + 2, b.Length + 2];
        d[0, 0] = infinity;
        for (var i = 0; i <= a.Length; i++)
        {
            d[i + 1, 0] = infinity;
            d[i + 1, 1] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j + 1] = infinity;
            d[1, j + 1] = j;
        }

        var lastRow = new Dictionary<char, int>();
        for (var i = 1; i <= a.Length; i++)
        {
            var lastColumn = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var k = lastRow.GetValueOrDefault(b[j - 1]);
                var l = lastColumn;
                int cost;
                if (a[i - 1] == b[j - 1])
                {
                    cost = 0;
                    lastColumn = j;
                }
                else
                {
                    cost = 1;
                }

                d[i + 1, j + 1] = Math.Min(
                    Math.Min(d[i, j] + cost, d[i + 1, j] + 1),
                    Math.Min(d[i, j + 1] + 1, d[k, l] + (i - k - 1) + 1 + (j - l - 1)));
            }

            lastRow[a[i - 1]] = i;
        }

        return d[a.Length + 1, b.Length + 1];
    }

    public static int LcsLength(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = a[i - 1] == b[j - 1] ? d[i - 1, j - 1] + 1 : Math.Max(d[i - 1, j], d[i, j - 1]);
            }
        }

        return d[a.Length, b.Length];
    }

    public static int Indel(string a, string b) => a.Length + b.Length - (2 * LcsLength(a, b));

    public static double WeightedLevenshtein(
        string a, string b, Func<char, char, double> substitution, Func<char, double> insertion, Func<char, double> deletion)
    {
        var d = new double[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            d[i, 0] = d[i - 1, 0] + deletion(a[i - 1]);
        }

        for (var j = 1; j <= b.Length; j++)
        {
            d[0, j] = d[0, j - 1] + insertion(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : substitution(a[i - 1], b[j - 1]);
                d[i, j] = Math.Min(
                    Math.Min(d[i - 1, j] + deletion(a[i - 1]), d[i, j - 1] + insertion(b[j - 1])),
                    d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>FuzzySharp's ratio formula on the reference Indel distance.</summary>
    public static double Ratio(string a, string b)
    {
        var total = a.Length + b.Length;
        return total == 0 ? 100 : 100 * ((double)(total - Indel(a, b)) / total);
    }

    /// <summary>
    /// RapidFuzz's partial ratio by brute force: the shorter string against every window of the longer one of its
    /// length, and against every shorter prefix and suffix; with equal lengths, both ways round.
    /// </summary>
    public static double PartialRatio(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length == 0)
        {
            return b.Length == 0 ? 100 : 0;
        }

        var best = BestWindow(a, b);
        return a.Length == b.Length ? Math.Max(best, BestWindow(b, a)) : best;
    }

    private static double BestWindow(string needle, string haystack)
    {
        var best = 0.0;
        for (var i = 1; i < needle.Length; i++)
        {
            best = Math.Max(best, Ratio(needle, haystack[..i]));
            best = Math.Max(best, Ratio(needle, haystack[^i..]));
        }

        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            best = Math.Max(best, Ratio(needle, haystack.Substring(i, needle.Length)));
        }

        return best;
    }
}
