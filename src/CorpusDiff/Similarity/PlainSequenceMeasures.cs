namespace CorpusDiff.Similarity;

/// <summary>
/// The textbook O(m·n) dynamic programmes of the edit measures over any equatable element, for the rare pair that
/// <see cref="ElementAlphabet"/> cannot recode (both sequences with more than 65,535 distinct elements).
/// </summary>
internal static class PlainSequenceMeasures
{
    /// <summary>Gets the Levenshtein distance, or <c>max + 1</c> once it certainly exceeds <paramref name="max"/>.</summary>
    public static int Levenshtein<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int max)
        where T : IEquatable<T>
    {
        var comparer = EqualityComparer<T>.Default;
        var previous = new int[s2.Length + 1];
        var current = new int[s2.Length + 1];
        for (var j = 0; j <= s2.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= s1.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= s2.Length; j++)
            {
                var cost = comparer.Equals(s1[i - 1], s2[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            // Values along any path never fall, so a row above max rules every finish out.
            if (rowMin > max)
            {
                return Similarity.Levenshtein.Exceeded(max);
            }

            (previous, current) = (current, previous);
        }

        var distance = previous[s2.Length];
        return distance <= max ? distance : Similarity.Levenshtein.Exceeded(max);
    }

    /// <summary>Gets the optimal string alignment distance (adjacent transpositions, each substring edited once).</summary>
    public static int OptimalStringAlignment<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var comparer = EqualityComparer<T>.Default;
        var n = s2.Length;
        var twoBack = new int[n + 1];
        var previous = new int[n + 1];
        var current = new int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= s1.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= n; j++)
            {
                var cost = comparer.Equals(s1[i - 1], s2[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + cost);
                if (i > 1 && j > 1 && comparer.Equals(s1[i - 1], s2[j - 2]) && comparer.Equals(s1[i - 2], s2[j - 1]))
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[n];
    }

    /// <summary>Gets the unrestricted Damerau–Levenshtein distance (Lowrance–Wagner).</summary>
    public static int Damerau<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var m = s1.Length;
        var n = s2.Length;
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

        var lastRow = new Dictionary<Key<T>, int>();
        for (var i = 1; i <= m; i++)
        {
            var lastColumn = 0;
            for (var j = 1; j <= n; j++)
            {
                var k = lastRow.GetValueOrDefault(new Key<T>(s2[j - 1]));
                var l = lastColumn;
                var cost = 1;
                if (EqualityComparer<T>.Default.Equals(s1[i - 1], s2[j - 1]))
                {
                    cost = 0;
                    lastColumn = j;
                }

                h[i + 1, j + 1] = Math.Min(
                    Math.Min(h[i, j] + cost, h[i + 1, j] + 1),
                    Math.Min(h[i, j + 1] + 1, h[k, l] + (i - k - 1) + 1 + (j - l - 1)));
            }

            lastRow[new Key<T>(s1[i - 1])] = i;
        }

        return h[m + 1, n + 1];
    }

    /// <summary>Gets the length of the longest common subsequence.</summary>
    public static int LongestCommonSubsequence<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var comparer = EqualityComparer<T>.Default;
        var previous = new int[s2.Length + 1];
        var current = new int[s2.Length + 1];
        for (var i = 1; i <= s1.Length; i++)
        {
            for (var j = 1; j <= s2.Length; j++)
            {
                current[j] = comparer.Equals(s1[i - 1], s2[j - 1])
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[s2.Length];
    }

    /// <summary>Gets the Jaro similarity by the classic scan (strcmp95, F23).</summary>
    public static double Jaro<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        if (s1.Length == 0 || s2.Length == 0)
        {
            return s1.Length == s2.Length ? 1.0 : 0.0;
        }

        var comparer = EqualityComparer<T>.Default;
        var range = Math.Max(0, (Math.Max(s1.Length, s2.Length) / 2) - 1);
        var used1 = new bool[s1.Length];
        var used2 = new bool[s2.Length];
        var matches = 0;
        for (var i = 0; i < s1.Length; i++)
        {
            var hi = Math.Min(s2.Length - 1, i + range);
            for (var j = Math.Max(0, i - range); j <= hi; j++)
            {
                if (!used2[j] && comparer.Equals(s1[i], s2[j]))
                {
                    used1[i] = true;
                    used2[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var mismatches = 0;
        var k = 0;
        for (var i = 0; i < s1.Length; i++)
        {
            if (!used1[i])
            {
                continue;
            }

            while (!used2[k])
            {
                k++;
            }

            if (!comparer.Equals(s1[i], s2[k]))
            {
                mismatches++;
            }

            k++;
        }

        double m = matches;
        return ((m / s1.Length) + (m / s2.Length) + ((m - (mismatches / 2)) / m)) / 3.0;
    }

    /// <summary>Gets the length of the common prefix.</summary>
    public static int CommonPrefix<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var comparer = EqualityComparer<T>.Default;
        var limit = Math.Min(s1.Length, s2.Length);
        var i = 0;
        while (i < limit && comparer.Equals(s1[i], s2[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A dictionary key that admits <see langword="null"/> elements.</summary>
    private readonly record struct Key<T>(T Value);
}
