using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// The (unrestricted) Damerau–Levenshtein distance: insertions, deletions, substitutions and transpositions of two
/// adjacent characters, where edits may also touch transposed characters (F23.StringSimilarity's <c>Damerau</c>,
/// same results). A metric: Damerau("CA", "ABC") = 2 (CA → AC → ABC), where <see cref="OptimalStringAlignment"/> gives 3.
/// </summary>
/// <remarks>
/// Zhao and Sahni's linear-space form of Lowrance–Wagner (2019): two rows plus, per character, the last row it was
/// seen in, so memory is O(n) instead of F23's full matrix. The bit-parallel OSA distance, an upper bound, limits the
/// work to Ukkonen's diagonal band (near duplicates cost O(n·d) instead of O(n²)); the common prefix and suffix are
/// stripped first. No heap allocation per call for strings up to a few thousand characters. Works on UTF-16 code units.
/// </remarks>
public sealed partial class Damerau : IMetricStringDistance, ISequenceMeasure
{
    private const int StackInts = 1024;

    /// <summary>Returns the Damerau–Levenshtein distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The number of edits, from 0 (equal) to the longer length.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Compute(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the Damerau–Levenshtein distance.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The number of edits, from 0 (equal) to the longer length.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2);

    /// <inheritdoc/>
    static int ISequenceMeasure.Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int bound) => Compute(s1, s2);

    /// <inheritdoc/>
    static int ISequenceMeasure.Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int bound) => PlainSequenceMeasures.Damerau(s1, s2);

    /// <summary>Computes the distance.</summary>
    internal static int Compute(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        CommonAffix.Strip(ref s1, ref s2);
        if (s1.Length == 0 || s2.Length == 0)
        {
            return s1.Length + s2.Length;
        }

        // Rows run over the longer text, so the three row buffers are as short as possible.
        SpanOrder.ShorterFirst(ref s2, ref s1);

        // Damerau ≤ OSA, and OSA is bit-parallel: a distance of at most 1 is final, and any other bounds the band.
        var upper = OptimalStringAlignment.Compute(s1, s2);
        if (upper <= 1)
        {
            return upper;
        }

        var size = s2.Length + 2;
        var slots = LastRowTable.SlotsFor(s1);
        int[]? rentedRows = null;
        int[]? rentedSlots = null;
        char[]? rentedKeys = null;
        try
        {
            Span<int> rows = 3 * size <= StackInts ? stackalloc int[3 * size] : PatternMasksBuilder.Rent(ref rentedRows, 3 * size);
            Span<int> latin = stackalloc int[256];
            Span<char> keys = slots <= 256 ? stackalloc char[slots] : PatternMasksBuilder.Rent(ref rentedKeys, slots);
            Span<int> values = slots <= 256 ? stackalloc int[slots] : PatternMasksBuilder.Rent(ref rentedSlots, slots);
            var lastRow = new LastRowTable(latin, keys, values);
            return Zhao(s1, s2, rows, lastRow, upper);
        }
        finally
        {
            PatternMasksBuilder.Return(rentedRows);
            PatternMasksBuilder.Return(rentedSlots);
            PatternMasksBuilder.Return(rentedKeys);
        }
    }

    /// <summary>
    /// Zhao's recurrence restricted to Ukkonen's band for an upper bound <paramref name="k"/> of the distance (the OSA
    /// distance, which is never below Damerau's). <c>r</c> is row i, <c>r1</c> row i − 1; <c>fr[j]</c> keeps
    /// H[k − 1][j − 2] for the last row k where s1 matched s2[j − 1]; <c>t</c> keeps H[i − 2][l − 1] for the last
    /// column l in this row where s2 matched s1[i − 1]. Arrays are offset by one so column −1 exists.
    /// </summary>
    /// <remarks>
    /// Every cell of an optimal edit path satisfies <c>|i − j| + |(m − i) − (n − j)| ≤ distance ≤ k</c>, including the
    /// cells a transposition jumps from, so only that band is computed. Outside it the row arrays hold "infinity" (or a
    /// true value, which is as good: only values below the truth could do harm), which is why the two entries a row
    /// inherits from two rows back are reset once they fall left of the band. The match cells that anchor a
    /// transposition need not lie on the path, only the cell it jumps from: so a match one column left of the band
    /// still counts as this row's last match l, and a match one column right of it still records <c>fr</c>.
    /// </remarks>
    private static int Zhao(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Span<int> buffer, LastRowTable lastRow, int k)
    {
        var m = s1.Length;
        var n = s2.Length;
        var size = n + 2;
        var infinity = Math.Max(m, n) + 1;
        var left = (k + m - n) >> 1;
        var right = (k + n - m) >> 1;
        var fr = buffer.Slice(0, size);
        var r1 = buffer.Slice(size, size);
        var r = buffer.Slice(2 * size, size);
        fr.Fill(infinity);
        r1.Fill(infinity);
        r.Fill(infinity);
        for (var j = 0; j <= Math.Min(n, right); j++)
        {
            r[j + 1] = j;
        }

        for (var i = 1; i <= m; i++)
        {
            var swap = r;
            r = r1;
            r1 = swap;

            var lo = Math.Max(1, i - left);
            var hi = Math.Min(n, i + right);
            var a = s1[i - 1];
            var lastColumn = -1;
            var t = infinity;
            if (lo >= 2 && s2[lo - 2] == a)
            {
                lastColumn = lo - 1;
                t = r[lo - 1];
            }

            var lastI2L1 = r[lo];
            r[lo] = lo == 1 ? i : infinity;
            for (var j = lo; j <= hi; j++)
            {
                var b = s2[j - 1];
                var diagonal = r1[j] + (a == b ? 0 : 1);
                var value = Math.Min(diagonal, Math.Min(r[j] + 1, r1[j + 1] + 1));
                if (a == b)
                {
                    lastColumn = j;
                    fr[j + 1] = r1[j - 1];
                    t = lastI2L1;
                }
                else
                {
                    var lastMatchRow = lastRow.Get(b);
                    if (j - lastColumn == 1)
                    {
                        value = Math.Min(value, fr[j + 1] + (i - lastMatchRow));
                    }
                    else if (i - lastMatchRow == 1)
                    {
                        value = Math.Min(value, t + (j - lastColumn));
                    }
                }

                lastI2L1 = r[j + 1];
                r[j + 1] = value;
            }

            // A match just right of the band records where a later row's transposition may start: from (i − 1, hi − 1),
            // which is inside row i − 1's band.
            if (hi < n && s2[hi] == a)
            {
                fr[hi + 2] = r1[hi];
            }

            // Entries left of the band still hold row i − 2; row i + 2 must read "infinity" there.
            for (var index = Math.Max(0, lo - 2); index < lo; index++)
            {
                r[index] = infinity;
            }

            lastRow.Set(a, i);
        }

        return r[n + 1];
    }

    /// <summary>The last row (1-based; −1 for never) in which each character of s1 was seen.</summary>
    private readonly ref struct LastRowTable
    {
        private readonly Span<int> latin;
        private readonly Span<char> keys;
        private readonly Span<int> values;
        private readonly int shift;

        public LastRowTable(Span<int> latin, Span<char> keys, Span<int> values)
        {
            latin.Fill(-1);
            keys.Clear();
            this.latin = latin;
            this.keys = keys;
            this.values = values;
            shift = keys.IsEmpty ? 0 : 32 - BitOperations.Log2((uint)keys.Length);
        }

        public static int SlotsFor(ReadOnlySpan<char> s1) => PatternMasksBuilder.SlotsFor(s1);

        // Called for every mismatching cell: the Latin-1 case must inline into the quadratic loop.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Get(char c) => c < 256 ? latin[c] : keys.IsEmpty ? -1 : Probe(c);

        private int Probe(char c)
        {
            var mask = keys.Length - 1;
            for (var i = PatternMasks.Home(c, shift); ; i = (i + 1) & mask)
            {
                if (keys[i] == c)
                {
                    return values[i];
                }

                if (keys[i] == '\0')
                {
                    return -1;
                }
            }
        }

        public void Set(char c, int row)
        {
            if (c < 256)
            {
                latin[c] = row;
                return;
            }

            var mask = keys.Length - 1;
            for (var i = PatternMasks.Home(c, shift); ; i = (i + 1) & mask)
            {
                if (keys[i] == c || keys[i] == '\0')
                {
                    keys[i] = c;
                    values[i] = row;
                    return;
                }
            }
        }
    }
}
