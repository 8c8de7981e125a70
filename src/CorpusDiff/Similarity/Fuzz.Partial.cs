namespace CorpusDiff.Similarity;

/// <content>The partial ratio: the best <see cref="Ratio(string, string, double)"/> of the shorter string against any window of the longer.</content>
public static partial class Fuzz
{
    private const int StackChars = 512;

    // Up to this many full-length windows (or as many as the needle is long), one sliding pass with the
    // character-count bound beats the bisection: each aligned window of a long needle is expensive, and the pass
    // aligns only the windows whose counts leave a chance.
    private const int SequentialWindows = 32;

    // Needles of up to this many 64-bit words are aligned by the LCS kernel that keeps its state in registers.
    private const int MaxUnrolledWords = 4;

    /// <summary>
    /// Returns the best ratio of the shorter string against every substring of the longer one of the same length,
    /// and against the longer one's prefixes and suffixes that are shorter still (so a needle hanging over either end
    /// is found). Suited to finding a short quote or headline inside a longer text.
    /// </summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    /// <remarks>
    /// Exact, as RapidFuzz defines it. The needle's bit masks are built once; all windows hanging over the start come
    /// from one left-to-right LCS pass and all windows hanging over the end from one pass over the reversed strings.
    /// Full-length windows are skipped when they end with a character absent from the needle (the window before
    /// scores at least as well) or when their character counts cannot beat the best score so far; the rest are
    /// computed within the band that could still beat it. Worst case O((|long| − |short|) · |short| · ⌈|short| / 64⌉),
    /// so a long needle in a much longer text is slow; for texts of similar length it is close to one ratio.
    /// </remarks>
    public static double PartialRatio(string s1, string s2, double scoreCutoff = 0) => PartialRatio(Arguments.Text(s1), Arguments.Text(s2), scoreCutoff);

    /// <summary>Returns the best ratio of the shorter text against every window of the longer one (see the string overload).</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff = 0)
    {
        Cutoffs.ValidatePercent(scoreCutoff, nameof(scoreCutoff));
        SpanOrder.ShorterFirst(ref s1, ref s2);

        if (s1.Length == 0)
        {
            return s2.Length == 0 ? 100 : 0;
        }

        var best = BestWindow(s1, s2, scoreCutoff);

        // With equal lengths the "needle" is arbitrary; RapidFuzz tries both ways so the score is symmetric.
        if (s1.Length == s2.Length && best < 100)
        {
            best = Math.Max(best, BestWindow(s2, s1, Math.Max(scoreCutoff, best)));
        }

        return best >= scoreCutoff ? best : 0;
    }

    private static double BestWindow(ReadOnlySpan<char> needle, ReadOnlySpan<char> haystack, double scoreCutoff)
    {
        var kernel = new PartialRatioKernel { Cutoff = scoreCutoff };
        PatternMasksBuilder.Run(needle, haystack, 0, ref kernel);
        if (kernel.Best >= 100 || needle.Length == 1)
        {
            return kernel.Best;
        }

        // Windows hanging over the end are prefixes of the reversed haystack against the reversed needle.
        var tail = haystack[^(needle.Length - 1)..];
        char[]? rented = null;
        try
        {
            var length = needle.Length + tail.Length;
            Span<char> buffer = length <= StackChars ? stackalloc char[length] : PatternMasksBuilder.Rent(ref rented, length);
            var reversedNeedle = buffer[..needle.Length];
            var reversedTail = buffer[needle.Length..];
            needle.CopyTo(reversedNeedle);
            reversedNeedle.Reverse();
            tail.CopyTo(reversedTail);
            reversedTail.Reverse();
            var suffixes = new PrefixKernel();
            PatternMasksBuilder.Run(reversedNeedle, reversedTail, 0, ref suffixes);
            return Math.Max(kernel.Best, suffixes.Best);
        }
        finally
        {
            PatternMasksBuilder.Return(rented);
        }
    }

    /// <summary>Gets the score of a window from its LCS with the needle: <c>100 · 2·lcs / (|needle| + |window|)</c>.</summary>
    private static double WindowScore(int lcs, int needle, int window)
    {
        var total = needle + window;
        return 100 * ((double)(2 * lcs) / total);
    }

    /// <summary>Scores the windows hanging over the start (one LCS pass) and the full-length windows.</summary>
    private struct PartialRatioKernel : IPatternKernel
    {
        public double Cutoff;
        public double Best;

        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound)
        {
            var m = pattern.Length;
            var n = text.Length;
            if (m > 1)
            {
                LongestCommonSubsequence.BestPrefix(pattern, text[..Math.Min(n, m - 1)], out var lcs, out var length);
                if (length > 0)
                {
                    Best = WindowScore(lcs, m, length);
                }
            }

            var windows = n - m + 1;
            if (windows <= 0 || Best >= 100)
            {
                return 0;
            }

            int[]? rented = null;
            try
            {
                // Character counts per mask row (row 0: characters absent from the needle) for the histogram bound,
                // then, for the bisection, a lower bound of each window's distance and two levels of intervals.
                var rows = m + 1;
                var sequential = windows <= Math.Max(SequentialWindows, m);
                var need = (2 * rows) + (sequential ? 0 : 5 * windows);
                Span<int> buffer = need <= 512 ? stackalloc int[need] : PatternMasksBuilder.Rent(ref rented, need);
                var needleCounts = buffer[..rows];
                var windowCounts = buffer.Slice(rows, rows);
                pattern.CountRows(needleCounts);
                if (sequential)
                {
                    return FullWindows(pattern, text, needleCounts, windowCounts);
                }

                var lower = buffer.Slice(2 * rows, windows);
                var intervals = buffer.Slice((2 * rows) + windows, 4 * windows);
                Bisect(pattern, text, needleCounts, windowCounts, lower, intervals);
                return 0;
            }
            finally
            {
                PatternMasksBuilder.Return(rented);
            }
        }

        /// <summary>
        /// RapidFuzz's search over the full-length windows: moving a window by one position changes its Indel distance
        /// by at most 2, so two scored windows bound every window between them from below, and an interval whose
        /// bound cannot beat the best score is dropped unscored. Intervals are halved level by level, so a good
        /// window is met early and its score prunes the rest. A window is only aligned (bit-parallel LCS) when its
        /// character counts leave it a chance.
        /// </summary>
        private void Bisect(scoped in PatternMasks pattern, ReadOnlySpan<char> text, Span<int> needleCounts, Span<int> windowCounts, Span<int> lower, Span<int> intervals)
        {
            var m = pattern.Length;
            var lastStart = text.Length - m;
            lower.Fill(-1);
            var allowed = Allowed(m);
            var current = intervals[..(2 * lower.Length)];
            var next = intervals[(2 * lower.Length)..];
            current[0] = 0;
            current[1] = lastStart;
            var count = 1;
            while (count > 0 && allowed >= 0)
            {
                var added = 0;
                for (var i = 0; i < count && allowed >= 0; i++)
                {
                    var a = current[2 * i];
                    var b = current[(2 * i) + 1];
                    var width = b - a;
                    Evaluate(pattern, text, a, width, needleCounts, windowCounts, lower, ref allowed);
                    Evaluate(pattern, text, b, width, needleCounts, windowCounts, lower, ref allowed);
                    if (width <= 1 || allowed < 0)
                    {
                        continue;
                    }

                    // Window distances are even, so the bound may be rounded up to even.
                    var la = lower[a];
                    var lb = lower[b];
                    var known = Math.Abs(la - lb);
                    var bound = Math.Min(la, lb) - ((width - (known / 2)) / 2 * 2);
                    if (bound <= allowed)
                    {
                        var middle = a + (width / 2);
                        next[2 * added] = a;
                        next[(2 * added) + 1] = middle;
                        next[(2 * added) + 2] = middle;
                        next[(2 * added) + 3] = b;
                        added += 2;
                    }
                }

                var swap = current;
                current = next;
                next = swap;
                count = added;
            }
        }

        /// <summary>Scores the window at <paramref name="start"/> once, keeping its distance (or a lower bound of it).</summary>
        private void Evaluate(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int start, int width, Span<int> needleCounts, Span<int> windowCounts, Span<int> lower, ref int allowed)
        {
            if (lower[start] >= 0 || allowed < 0)
            {
                return;
            }

            var m = pattern.Length;
            var window = text.Slice(start, m);

            // The LCS is at most the number of characters the window shares with the needle (with multiplicity).
            // Counting them costs a pass over the window, as much as the whole alignment of a needle of up to four
            // words, so short needles are aligned directly.
            var distance = 0;
            if (pattern.Words > MaxUnrolledWords)
            {
                windowCounts.Clear();
                var common = 0;
                foreach (var c in window)
                {
                    var row = pattern.RowOf(c);
                    if (row != 0 && windowCounts[row]++ < needleCounts[row])
                    {
                        common++;
                    }
                }

                distance = 2 * (m - common);
            }

            if (distance <= allowed)
            {
                // A distance beyond allowed + width only has to be known as "at least that" to prune this interval.
                var limit = (int)Math.Min(2L * m, (long)allowed + width + 2);
                distance = Math.Max(distance, Indel.Compute(pattern, window, limit));

                // The true distance is even: an odd lower bound rounds up.
                distance = (distance + 1) & ~1;
                if (distance <= allowed)
                {
                    Best = 100 * ((double)((2 * m) - distance) / (2 * m));
                    allowed = distance == 0 ? -1 : distance - 2;
                }
            }

            lower[start] = distance;
        }

        /// <summary>Gets the largest even window distance whose score beats the best so far and meets the cutoff, or −1.</summary>
        private readonly int Allowed(int m)
        {
            var total = 2 * m;
            var distance = Cutoffs.MaxDistance(Cutoff / 100, total);
            distance = Math.Min(distance, (int)Math.Floor(total * (1 - (Best / 100))) + 2) & ~1;
            while (distance >= 0)
            {
                var score = 100 * ((double)(total - distance) / total);
                if (score > Best && score >= Cutoff)
                {
                    break;
                }

                distance -= 2;
            }

            return distance;
        }

        private int FullWindows(scoped in PatternMasks pattern, ReadOnlySpan<char> text, Span<int> needleCounts, Span<int> windowCounts)
        {
            var m = pattern.Length;
            var n = text.Length;

            var common = 0;
            for (var i = 0; i < m - 1; i++)
            {
                Add(pattern.RowOf(text[i]), needleCounts, windowCounts, ref common);
            }

            for (var start = 0; start + m <= n && Best < 100; start++)
            {
                Add(pattern.RowOf(text[start + m - 1]), needleCounts, windowCounts, ref common);

                // The LCS is at most the number of characters the window shares with the needle (with multiplicity).
                if (pattern.RowOf(text[start + m - 1]) != 0 && WindowScore(common, m, m) > Best)
                {
                    Consider(pattern, text.Slice(start, m));
                }

                var leaving = pattern.RowOf(text[start]);
                if (leaving != 0)
                {
                    windowCounts[leaving]--;
                    if (windowCounts[leaving] < needleCounts[leaving])
                    {
                        common--;
                    }
                }
            }

            return 0;
        }

        private static void Add(int row, Span<int> needleCounts, Span<int> windowCounts, ref int common)
        {
            if (row == 0)
            {
                return;
            }

            if (windowCounts[row] < needleCounts[row])
            {
                common++;
            }

            windowCounts[row]++;
        }

        private void Consider(scoped in PatternMasks pattern, ReadOnlySpan<char> window)
        {
            // Only a strictly better window matters, so the best score so far is the cutoff of this one.
            var cutoff = Math.Max(Cutoff, Best);
            var total = pattern.Length + window.Length;
            var max = Cutoffs.MaxDistance(cutoff / 100, total);
            var score = Score(Indel.Compute(pattern, window, max), max, total, cutoff);
            if (score > Best)
            {
                Best = score;
            }
        }
    }

    /// <summary>Scores all prefixes of the text (the reversed tail of the haystack) in one pass.</summary>
    private struct PrefixKernel : IPatternKernel
    {
        public double Best;

        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound)
        {
            LongestCommonSubsequence.BestPrefix(pattern, text, out var lcs, out var length);
            Best = length > 0 ? WindowScore(lcs, pattern.Length, length) : 0;
            return 0;
        }
    }
}
