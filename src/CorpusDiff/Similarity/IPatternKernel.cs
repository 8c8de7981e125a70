namespace CorpusDiff.Similarity;

/// <summary>A bit-parallel algorithm run over a pattern's masks and a text (see <see cref="PatternMasksBuilder.Run{TKernel}(ReadOnlySpan{char}, ReadOnlySpan{char}, int)"/>).</summary>
internal interface IPatternKernel
{
    /// <summary>Runs the algorithm.</summary>
    /// <param name="pattern">The pattern's masks.</param>
    /// <param name="text">The text compared with the pattern.</param>
    /// <param name="bound">The kernel's cutoff: a maximum distance or a minimum similarity, as the kernel documents.</param>
    int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound);
}
