namespace CorpusDiff.Similarity;

/// <summary>The table path of <see cref="JaroMatcher"/>: patterns longer than one word, or no 256-bit vectors.</summary>
internal static partial class JaroMatcher
{
    /// <summary>Runs Jaro over the masks <see cref="PatternMasksBuilder"/> builds for one call; keeps the double result.</summary>
    private struct TableKernel : IPatternKernel
    {
        /// <summary>The Jaro similarity, once <see cref="Run"/> has run.</summary>
        public double Result;

        /// <inheritdoc/>
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound)
        {
            Result = Similarity(pattern.Pattern, pattern, text);
            return 0;
        }
    }
}
