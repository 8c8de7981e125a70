namespace CorpusDiff.Similarity;

/// <summary>
/// An integer measure that <see cref="ElementAlphabet.Measure{T, TMeasure}(ReadOnlySpan{T}, ReadOnlySpan{T}, int)"/>
/// runs on two sequences of any equatable element: on their UTF-16 recoding when it fits, otherwise on the elements.
/// </summary>
/// <remarks>The measure classes implement it themselves, so a generic overload is one call, not a wrapper type per class.</remarks>
internal interface ISequenceMeasure
{
    /// <summary>Runs the measure on the recoded sequences (the bit-parallel kernels).</summary>
    /// <param name="s1">The first sequence, recoded.</param>
    /// <param name="s2">The second sequence, recoded.</param>
    /// <param name="bound">The measure's bound (a largest distance or a smallest length of interest), passed through.</param>
    /// <returns>The measure's value.</returns>
    static abstract int Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int bound);

    /// <summary>Runs the measure on the original sequences (plain dynamic programming).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <param name="bound">The measure's bound, passed through.</param>
    /// <returns>The measure's value.</returns>
    static abstract int Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int bound)
        where T : IEquatable<T>;
}
