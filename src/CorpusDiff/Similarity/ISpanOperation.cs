namespace CorpusDiff.Similarity;

/// <summary>
/// A measure run by <see cref="ElementAlphabet.Run{T, TOperation}(ReadOnlySpan{T}, ReadOnlySpan{T}, ref TOperation)"/>:
/// on the two sequences recoded as UTF-16 units, or, when they hold too many distinct elements for that, on the
/// sequences themselves.
/// </summary>
internal interface ISpanOperation
{
    /// <summary>Runs the measure on the recoded sequences (the bit-parallel kernels).</summary>
    /// <param name="s1">The first sequence, recoded.</param>
    /// <param name="s2">The second sequence, recoded.</param>
    /// <returns>The measure's value.</returns>
    double Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);

    /// <summary>Runs the measure on the original sequences (plain dynamic programming).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The measure's value.</returns>
    double Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>;
}
