namespace CorpusDiff.Similarity;

/// <content>Hyyrö's multi-word Levenshtein restricted to Ukkonen's band, for patterns over 64 characters.</content>
public sealed partial class Levenshtein
{
    /// <summary>
    /// Multi-word Hyyrö over the blocks of 64 pattern rows that can still lie on an edit path of cost ≤ k.
    /// </summary>
    /// <remarks>
    /// Why skipping blocks is exact: blocks outside the band are treated as if their values grew by 1 per column (a
    /// block entering the band starts as "block above + 1 per row"; the block under a dropped one sees +1 from
    /// above). Those stand-ins are upper bounds of the true values, so every computed value is an upper bound, and
    /// every cell of an optimal path of cost ≤ k lies inside the band, so along that path the values are exact.
    /// The band is <c>|i − j| + |(m − i) − (n − j)| ≤ k</c>; k starts at <paramref name="max"/> and shrinks to the
    /// best upper bound seen (the bottom of the lowest block plus the cheapest way to finish from there); a block at
    /// the top is dropped for good once even its best cell plus the cheapest finish exceeds k.
    /// </remarks>
    /// <returns>The distance if at most <paramref name="max"/>, otherwise <c>max + 1</c>.</returns>
    private static int Blocks(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int max)
    {
        var m = pattern.Length;
        var n = text.Length;
        var words = pattern.Words;
        ulong[]? rentedState = null;
        int[]? rentedScores = null;
        try
        {
            Span<ulong> state = words <= 128 ? stackalloc ulong[2 * words] : PatternMasksBuilder.Rent(ref rentedState, 2 * words);
            Span<int> scores = words <= 128 ? stackalloc int[words] : PatternMasksBuilder.Rent(ref rentedScores, words);
            var vp = state[..words];
            var vn = state[words..];
            var lastShift = (m - 1) & 63;
            var delta = n - m;
            var k = max;
            var above = (k + delta) >> 1;
            var below = (k - delta) >> 1;
            var first = 0;
            var last = -1;

            for (var j = 1; j <= n; j++)
            {
                var row = pattern.Row(text[j - 1]);
                var wantLast = (Math.Min(m, j + below) - 1) >> 6;
                var lo = j - above;
                var start = Math.Max(first, lo <= 1 ? 0 : (lo - 1) >> 6);
                if (start > wantLast)
                {
                    return max + 1;
                }

                var keep = Math.Min(last, wantLast);
                ulong hpCarry = 1;
                ulong hnCarry = 0;
                for (var w = start; w <= keep; w++)
                {
                    scores[w] += Advance(ref vp[w], ref vn[w], row[w], ref hpCarry, ref hnCarry, w == words - 1 ? lastShift : 63);
                }

                // Blocks entering the band (a gap after the old last block, possible when k shrinks, is never
                // computed: its values are only assumed, as for any block outside the band).
                for (var w = Math.Max(last + 1, start); w <= wantLast; w++)
                {
                    // The block's previous column is assumed to be "block above + 1 per row": exact at the start,
                    // an upper bound later.
                    int aboveBefore;
                    if (w == 0)
                    {
                        aboveBefore = j - 1;
                    }
                    else if (w - 1 >= start)
                    {
                        aboveBefore = scores[w - 1] - (int)hpCarry + (int)hnCarry;
                    }
                    else
                    {
                        aboveBefore = scores[last] + Math.Min(m, w << 6) - Math.Min(m, (last + 1) << 6);
                    }

                    vp[w] = ulong.MaxValue;
                    vn[w] = 0;
                    scores[w] = aboveBefore + Math.Min(64, m - (w << 6));
                    scores[w] += Advance(ref vp[w], ref vn[w], row[w], ref hpCarry, ref hnCarry, w == words - 1 ? lastShift : 63);
                }

                first = start;
                last = wantLast;

                // Narrowing the band only saves work, so it is checked every 16 columns rather than paying for it
                // in every column.
                if ((j & 15) != 0)
                {
                    continue;
                }

                // Tighten k: from the lowest block's bottom cell, finishing costs at most max(rows left, columns left).
                var bottom = Math.Min(m, (last + 1) << 6);
                var upper = scores[last] + Math.Max(m - bottom, n - j);
                if (upper < k)
                {
                    k = upper;
                    above = (k + delta) >> 1;
                    below = (k - delta) >> 1;
                }

                // Drop top blocks whose best cell plus the cheapest finish already exceeds k; rows of an optimal path
                // never move up, so a dropped block is never needed again.
                var diagonalRow = m - n + j;
                while (first <= last && LowerBound(scores[first], first, m, j, diagonalRow) > k)
                {
                    first++;
                }

                if (first > last)
                {
                    return max + 1;
                }
            }

            var distance = last == words - 1 ? scores[last] : int.MaxValue;
            return distance <= max ? distance : max + 1;
        }
        finally
        {
            PatternMasksBuilder.Return(rentedState);
            PatternMasksBuilder.Return(rentedScores);
        }
    }

    /// <summary>
    /// A lower bound of "value + cheapest finish" over a block's rows in column <paramref name="column"/>: values rise
    /// by at most 1 per row up to the bottom value <paramref name="score"/>, and finishing from row i costs at least
    /// |i − diagonalRow|. Block 0 also answers for row 0, which belongs to no block but can carry the path (its value
    /// is the column number).
    /// </summary>
    private static int LowerBound(int score, int block, int m, int column, int diagonalRow)
    {
        var top = (block << 6) + 1;
        var bottom = Math.Min(m, (block + 1) << 6);
        var bound = diagonalRow >= top
            ? score - bottom + diagonalRow
            : score - bottom + (2 * top) - diagonalRow;
        return block == 0 ? Math.Min(bound, column + Math.Abs(diagonalRow)) : bound;
    }
}
