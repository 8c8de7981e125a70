using System.Runtime.InteropServices;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>
/// How an LSH index cuts a MinHash signature: <see cref="Bands"/> bands of <see cref="Rows"/> values each. Two
/// signatures become candidates when they agree on every value of at least one band, which happens with probability
/// 1 − (1 − s^r)^b at Jaccard similarity s (the S-curve).
/// </summary>
/// <param name="Bands">The number of bands b.</param>
/// <param name="Rows">The number of values per band r.</param>
public readonly record struct LshParameters(int Bands, int Rows)
{
    private const int Steps = 256;

    /// <summary>Gets the probability that two sets with Jaccard similarity <paramref name="similarity"/> become candidates.</summary>
    /// <param name="similarity">The Jaccard similarity s.</param>
    /// <returns>1 − (1 − s^r)^b.</returns>
    public double CandidateProbability(double similarity) => 1 - Math.Pow(1 - Math.Pow(similarity, Rows), Bands);

    /// <summary>Gets the area under the S-curve below the threshold: the false-positive probability integrated over s in [0, t].</summary>
    /// <param name="threshold">The Jaccard threshold t.</param>
    /// <returns>The integrated false-positive probability.</returns>
    public double FalsePositiveArea(double threshold) => Integrate(CandidateProbability, 0, threshold);

    /// <summary>Gets the area above the S-curve beyond the threshold: the false-negative probability integrated over s in [t, 1].</summary>
    /// <param name="threshold">The Jaccard threshold t.</param>
    /// <returns>The integrated false-negative probability.</returns>
    public double FalseNegativeArea(double threshold)
    {
        var self = this;
        return Integrate(s => 1 - self.CandidateProbability(s), threshold, 1);
    }

    /// <summary>
    /// Chooses bands and rows (b·r ≤ <paramref name="permutations"/>) that minimise
    /// w_fp·FP(t) + w_fn·FN(t), the areas of the S-curve on the wrong side of the threshold, integrated numerically
    /// (Simpson's rule, 256 steps) — the method of datasketch's <c>_optimal_param</c>.
    /// </summary>
    /// <param name="threshold">The Jaccard threshold t in (0, 1].</param>
    /// <param name="permutations">The signature length.</param>
    /// <param name="falsePositiveWeight">The weight of false positives.</param>
    /// <param name="falseNegativeWeight">The weight of false negatives.</param>
    /// <returns>The optimal parameters.</returns>
    public static LshParameters Optimal(double threshold, int permutations, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        if (threshold is <= 0 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositiveWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegativeWeight);
        var best = new LshParameters(1, 1);
        var bestError = double.PositiveInfinity;
        for (var b = 1; b <= permutations; b++)
        {
            for (var r = 1; r <= permutations / b; r++)
            {
                var candidate = new LshParameters(b, r);
                var error = (falsePositiveWeight * candidate.FalsePositiveArea(threshold)) + (falseNegativeWeight * candidate.FalseNegativeArea(threshold));
                if (error < bestError)
                {
                    bestError = error;
                    best = candidate;
                }
            }
        }

        return best;
    }

    private static double Integrate(Func<double, double> f, double from, double to)
    {
        if (to <= from)
        {
            return 0;
        }

        var h = (to - from) / Steps;
        var sum = f(from) + f(to);
        for (var i = 1; i < Steps; i++)
        {
            sum += f(from + (i * h)) * (i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3;
    }

    /// <summary>
    /// Returns the bucket key of one band of a signature: xxHash64 of the band's rows (little-endian bytes), seeded
    /// with the band number. The batch grouping and the incremental index share it, so their buckets agree.
    /// </summary>
    internal ulong BandKey(MinHashSignature signature, int band)
    {
        var rowBytes = Rows * sizeof(uint);
        return XxHash64.Hash(MemoryMarshal.AsBytes(signature.Values).Slice(band * rowBytes, rowBytes), (ulong)band);
    }
}
