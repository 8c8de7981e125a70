namespace CorpusDiff.Text;

/// <summary>
/// Exact set measures over sorted, distinct arrays, by a linear merge: dedup's Jaccard / containment over 32-bit
/// shingle ids, and sorting into a set. 64-bit sets intersect through <see cref="SortedMerge"/> (vectorised).
/// </summary>
internal static class SortedSets
{
    public static int IntersectionCount(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                count++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    /// <summary>Returns the exact Jaccard similarity and the share of the smaller set found in the larger.</summary>
    public static (double Jaccard, double Containment) Scores(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            var same = a.Length == b.Length ? 1.0 : 0.0;
            return (same, same);
        }

        var intersection = IntersectionCount(a, b);
        var union = a.Length + b.Length - intersection;
        return ((double)intersection / union, (double)intersection / Math.Min(a.Length, b.Length));
    }

    /// <summary>Sorts the array in place and returns its distinct values (the same array when all are distinct).</summary>
    public static ulong[] SortDistinct(ulong[] values)
    {
        Array.Sort(values);
        var n = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (n == 0 || values[i] != values[n - 1])
            {
                values[n++] = values[i];
            }
        }

        return n == values.Length ? values : values[..n];
    }
}
