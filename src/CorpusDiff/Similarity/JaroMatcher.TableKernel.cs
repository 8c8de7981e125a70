namespace CorpusDiff.Similarity;

/// <summary>The table path of <see cref="JaroMatcher"/>: patterns longer than one word, or no 256-bit vectors.</summary>
internal static partial class JaroMatcher
{
    /// <summary>Runs Jaro over the masks <see cref="PatternMasksBuilder"/> builds for one call; keeps the double result.</summary>
    /// <param name="range">The match window of the full texts.</param>
    /// <param name="prefix">The common prefix already counted (the masks cover the pattern after it).</param>
    /// <param name="pLength">The full pattern's length.</param>
    /// <param name="tLength">The full text's length.</param>
    private struct TableKernel(int range, int prefix, int pLength, int tLength) : IPatternKernel
    {
        /// <summary>The Jaro similarity, once <see cref="Run"/> has run.</summary>
        public double Result;

        /// <inheritdoc/>
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound)
        {
            Result = Similarity(pattern.Pattern, pattern, text, range, prefix, pLength, tLength);
            return 0;
        }
    }
}
