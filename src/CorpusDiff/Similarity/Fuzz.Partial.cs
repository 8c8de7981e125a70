namespace CorpusDiff.Similarity;

/// <content>The partial ratio: the best <see cref="Ratio(string, string, double)"/> of the shorter string against any window of the longer.</content>
public static partial class Fuzz
{
    private const int StackChars = 512;

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
    public static double PartialRatio(string s1, string s2, double scoreCutoff = 0)
    {
        ArgumentNullException.ThrowIfNull(s1);
        ArgumentNullException.ThrowIfNull(s2);
        return PartialRatio(s1.AsSpan(), s2.AsSpan(), scoreCutoff);
    }

    /// <summary>Returns the best ratio of the shorter text against every window of the longer one (see the string overload).</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff = 0)
    {
        Cutoffs.ValidatePercent(scoreCutoff, nameof(scoreCutoff));
        if (s1.Length > s2.Length)
        {
            var swap = s1;
            s1 = s2;
            s2 = swap;
        }

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

            int[]? rented = null;
            try
            {
                // Character counts per mask row (row 0: characters absent from the needle) for the histogram bound.
                var rows = m + 1;
                Span<int> counts = 2 * rows <= 512 ? stackalloc int[2 * rows] : PatternMasksBuilder.Rent(ref rented, 2 * rows);
                var needleCounts = counts[..rows];
                var windowCounts = counts[rows..];
                return FullWindows(pattern, text, needleCounts, windowCounts);
            }
            finally
            {
                PatternMasksBuilder.Return(rented);
            }
        }

        private int FullWindows(scoped in PatternMasks pattern, ReadOnlySpan<char> text, Span<int> needleCounts, Span<int> windowCounts)
        {
            var m = pattern.Length;
            var n = text.Length;

            // A mask row's population is how often its character occurs in the needle.
            pattern.CountRows(needleCounts);
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
