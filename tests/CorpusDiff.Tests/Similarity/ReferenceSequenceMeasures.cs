namespace CorpusDiff.Tests.Similarity;

/// <summary>Full-matrix textbook definitions over any element type: the plain references the span overloads are checked against.</summary>
public static class ReferenceSequenceMeasures
{
    public static int Levenshtein<T>(T[] a, T[] b)
    {
        var d = Matrix(a.Length, b.Length);
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j], d[i, j - 1]) + 1, d[i - 1, j - 1] + (Same(a[i - 1], b[j - 1]) ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    public static int OptimalStringAlignment<T>(T[] a, T[] b)
    {
        var d = Matrix(a.Length, b.Length);
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j], d[i, j - 1]) + 1, d[i - 1, j - 1] + (Same(a[i - 1], b[j - 1]) ? 0 : 1));
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Unrestricted Damerau–Levenshtein as the minimum over all alignments with transpositions (Lowrance–Wagner, full matrix).</summary>
    public static int Damerau<T>(T[] a, T[] b)
    {
        var m = a.Length;
        var n = b.Length;
        var infinity = m + n;
        var h = new int[m + 2, n + 2];
        h[0, 0] = infinity;
        for (var i = 0; i <= m; i++)
        {
            h[i + 1, 0] = infinity;
            h[i + 1, 1] = i;
        }

        for (var j = 0; j <= n; j++)
        {
            h[0, j + 1] = infinity;
            h[1, j + 1] = j;
        }

        for (var i = 1; i <= m; i++)
        {
            var db = 0;
            for (var j = 1; j <= n; j++)
            {
                // The last row above i whose element equals b[j-1], found by scanning (no dictionary, so any T works).
                var k = 0;
                for (var r = i - 1; r >= 1; r--)
                {
                    if (Same(a[r - 1], b[j - 1]))
                    {
                        k = r;
                        break;
                    }
                }

                var l = db;
                var cost = 1;
                if (Same(a[i - 1], b[j - 1]))
                {
                    cost = 0;
                    db = j;
                }

                h[i + 1, j + 1] = Math.Min(
                    Math.Min(h[i, j] + cost, h[i + 1, j] + 1),
                    Math.Min(h[i, j + 1] + 1, h[k, l] + (i - k - 1) + 1 + (j - l - 1)));
            }
        }

        return h[m + 1, n + 1];
    }

    public static int LcsLength<T>(T[] a, T[] b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Same(a[i - 1], b[j - 1]) ? d[i - 1, j - 1] + 1 : Math.Max(d[i - 1, j], d[i, j - 1]);
            }
        }

        return d[a.Length, b.Length];
    }

    public static double Jaro<T>(T[] a, T[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var range = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var usedA = new bool[a.Length];
        var usedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - range); j <= Math.Min(b.Length - 1, i + range); j++)
            {
                if (!usedB[j] && Same(a[i], b[j]))
                {
                    usedA[i] = usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var matchedB = b.Where((_, j) => usedB[j]).ToArray();
        var transpositions = a.Where((_, i) => usedA[i]).Where((x, k) => !Same(x, matchedB[k])).Count() / 2;
        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - transpositions) / m)) / 3;
    }

    /// <summary>Winkler's definition: prefix capped at 4, scaling 0.1, boost above 0.7.</summary>
    public static double JaroWinkler<T>(T[] a, T[] b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= 0.7)
        {
            return jaro;
        }

        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && Same(a[prefix], b[prefix]))
        {
            prefix++;
        }

        return jaro + (0.1 * prefix * (1 - jaro));
    }

    public static int Hamming<T>(T[] a, T[] b) =>
        Math.Max(a.Length, b.Length) - Math.Min(a.Length, b.Length)
        + Enumerable.Range(0, Math.Min(a.Length, b.Length)).Count(i => !Same(a[i], b[i]));

    private static int[,] Matrix(int m, int n)
    {
        var d = new int[m + 1, n + 1];
        for (var i = 0; i <= m; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= n; j++)
        {
            d[0, j] = j;
        }

        return d;
    }

    private static bool Same<T>(T x, T y) => Equals(x, y);
}
