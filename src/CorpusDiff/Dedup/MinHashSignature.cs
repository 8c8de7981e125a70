namespace CorpusDiff.Dedup;

/// <summary>
/// An immutable MinHash signature: one 32-bit minimum per permutation, plus the size of the shingle set it summarizes
/// (which lets containment be estimated as well as Jaccard similarity).
/// </summary>
public sealed class MinHashSignature
{
    private readonly uint[] values;

    /// <summary>Initializes a signature from its values.</summary>
    /// <param name="values">One minimum per permutation (copied).</param>
    /// <param name="setSize">The number of distinct shingles signed.</param>
    /// <param name="seed">The seed of the permutations that produced the values.</param>
    public MinHashSignature(ReadOnlySpan<uint> values, int setSize, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(setSize);
        if (values.IsEmpty)
        {
            throw new ArgumentException("A signature needs at least one value.", nameof(values));
        }

        this.values = values.ToArray();
        SetSize = setSize;
        Seed = seed;
    }

    internal MinHashSignature(uint[] values, int setSize, ulong seed, bool owned)
    {
        _ = owned;
        this.values = values;
        SetSize = setSize;
        Seed = seed;
    }

    /// <summary>Gets the signature's values, one per permutation.</summary>
    public ReadOnlySpan<uint> Values => values;

    /// <summary>Gets the number of permutations.</summary>
    public int Length => values.Length;

    /// <summary>Gets the number of distinct shingles the signature summarizes.</summary>
    public int SetSize { get; }

    /// <summary>Gets the seed of the permutations.</summary>
    public ulong Seed { get; }

    /// <summary>Estimates the Jaccard similarity of the two shingle sets: the share of equal values.</summary>
    /// <param name="other">A signature made with the same permutations.</param>
    /// <returns>The estimate in [0, 1].</returns>
    /// <exception cref="ArgumentException">The signatures were made with different permutations.</exception>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.values.Length != values.Length || other.Seed != Seed)
        {
            throw new ArgumentException($"Signatures are not comparable: {values.Length} permutations with seed {Seed} against {other.values.Length} with seed {other.Seed}.", nameof(other));
        }

        if (SetSize == 0 && other.SetSize == 0)
        {
            return 1;
        }

        var equal = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == other.values[i])
            {
                equal++;
            }
        }

        return (double)equal / values.Length;
    }

    /// <summary>
    /// Estimates the share of the smaller set's shingles found in the larger one, from the Jaccard estimate and the
    /// set sizes: |A∩B| = J(|A|+|B|)/(1+J).
    /// </summary>
    /// <param name="other">A signature made with the same permutations.</param>
    /// <returns>The estimate in [0, 1].</returns>
    public double EstimateContainment(MinHashSignature other)
    {
        var j = EstimateJaccard(other);
        var smaller = Math.Min(SetSize, other.SetSize);
        if (smaller == 0)
        {
            return SetSize == other.SetSize ? 1 : 0;
        }

        var intersection = j * (SetSize + other.SetSize) / (1 + j);
        return Math.Min(1, intersection / smaller);
    }
}
