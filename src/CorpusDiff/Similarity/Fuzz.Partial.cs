namespace CorpusDiff.Similarity;

/// <content>The partial ratio: the best <see cref="Ratio(string, string, double)"/> of the shorter string against any window of the longer.</content>
public static partial class Fuzz
{
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
    /// Exact, as RapidFuzz: all windows are scored against the needle's bit masks built once, windows that begin or
    /// end with a character absent from the needle are skipped (a neighbouring window always scores at least as well),
    /// and each window's computation is bounded by the best score so far. Time is O((|long| + |short|) · |short| · ⌈|short| / 64⌉)
    /// in the worst case, so very long needles are slow; for two texts of similar length prefer <see cref="Ratio(string, string, double)"/>.
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
        return kernel.Best;
    }

    /// <summary>Scores the needle (the pattern) against the windows of the haystack (the text).</summary>
    private struct PartialRatioKernel : IPatternKernel
    {
        public double Cutoff;
        public double Best;

        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound)
        {
            var m = pattern.Length;
            var n = text.Length;

            // Windows hanging over the start: text[..i] for i < m, ending with a needle character.
            for (var i = 1; i < m && Best < 100; i++)
            {
                if (pattern.RowOf(text[i - 1]) != 0)
                {
                    Consider(pattern, text[..i]);
                }
            }

            // Full windows text[i..i + m], ending with a needle character.
            for (var i = 0; i < n - m && Best < 100; i++)
            {
                if (pattern.RowOf(text[i + m - 1]) != 0)
                {
                    Consider(pattern, text.Slice(i, m));
                }
            }

            // The last full window and windows hanging over the end, starting with a needle character.
            for (var i = n - m; i < n && Best < 100; i++)
            {
                if (pattern.RowOf(text[i]) != 0)
                {
                    Consider(pattern, text[i..]);
                }
            }

            return 0;
        }

        private void Consider(scoped in PatternMasks pattern, ReadOnlySpan<char> window)
        {
            // Only a strictly better window matters, so the best score so far is the cutoff of the next one.
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
}
