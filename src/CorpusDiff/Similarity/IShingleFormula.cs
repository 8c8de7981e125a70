namespace CorpusDiff.Similarity;

/// <summary>
/// A k-shingle measure's formula over two profiles, for
/// <see cref="ShingleBased.Compare{TFormula}(ReadOnlySpan{char}, ReadOnlySpan{char}, double, TFormula)"/>, which
/// builds the profiles; a struct, so the JIT specialises the call.
/// </summary>
internal interface IShingleFormula
{
    /// <summary>Scores two profiles.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <returns>The measure's value.</returns>
    double Score(scoped ShingleView a, scoped ShingleView b);
}
