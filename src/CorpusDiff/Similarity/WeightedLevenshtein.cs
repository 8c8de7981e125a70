using System.Globalization;

namespace CorpusDiff.Similarity;

/// <summary>
/// Levenshtein with caller-defined costs: substitutions weighted by an <see cref="ICharacterSubstitution"/> (for
/// example cheap for keyboard neighbours or OCR confusions such as 'l'/'1') and, optionally, insertions and deletions
/// by an <see cref="ICharacterInsDel"/> (F23.StringSimilarity's <c>WeightedLevenshtein</c>, same results).
/// </summary>
/// <remarks>
/// Plain dynamic programming over two rows (weights rule out the bit-parallel algorithms). Costs must be non-negative
/// numbers; a callback that returns a negative, NaN or infinite cost makes the call throw. Unlike F23, an empty string
/// against a non-empty one costs the weighted insertions or deletions rather than the plain length. Works on UTF-16
/// code units.
/// </remarks>
public sealed class WeightedLevenshtein : IStringDistance
{
    private const int StackDoubles = 768;
    private readonly ICharacterSubstitution substitution;
    private readonly ICharacterInsDel? insDel;

    /// <summary>Creates a weighted Levenshtein with weighted substitutions and unit insertions and deletions.</summary>
    /// <param name="charsub">The substitution costs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="charsub"/> is <see langword="null"/>.</exception>
    public WeightedLevenshtein(ICharacterSubstitution charsub)
        : this(charsub, null)
    {
    }

    /// <summary>Creates a weighted Levenshtein with weighted substitutions, insertions and deletions.</summary>
    /// <param name="charsub">The substitution costs.</param>
    /// <param name="charchange">The insertion and deletion costs; <see langword="null"/> for unit costs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="charsub"/> is <see langword="null"/>.</exception>
    public WeightedLevenshtein(ICharacterSubstitution charsub, ICharacterInsDel? charchange)
    {
        ArgumentNullException.ThrowIfNull(charsub);
        substitution = charsub;
        insDel = charchange;
    }

    /// <summary>Returns the weighted edit distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The cheapest total cost of turning <paramref name="s1"/> into <paramref name="s2"/>.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A cost callback returned a negative, NaN or infinite cost.</exception>
    public double Distance(string s1, string s2) => Distance(s1, s2, double.MaxValue);

    /// <summary>Returns the weighted edit distance.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The cheapest total cost of turning <paramref name="s1"/> into <paramref name="s2"/>.</returns>
    /// <exception cref="InvalidOperationException">A cost callback returned a negative, NaN or infinite cost.</exception>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Distance(s1, s2, double.MaxValue);

    /// <summary>Returns the weighted edit distance, or <paramref name="limit"/> as soon as every partial cost reaches it (F23's contract).</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="limit">The largest result of interest; <see cref="double.MaxValue"/> for no limit.</param>
    /// <returns><c>min(distance, limit)</c>.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative or NaN.</exception>
    /// <exception cref="InvalidOperationException">A cost callback returned a negative, NaN or infinite cost.</exception>
    public double Distance(string s1, string s2, double limit) => Distance(Arguments.Text(s1), Arguments.Text(s2), limit);

    /// <summary>Returns the weighted edit distance, or <paramref name="limit"/> as soon as every partial cost reaches it.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="limit">The largest result of interest; <see cref="double.MaxValue"/> for no limit.</param>
    /// <returns><c>min(distance, limit)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative or NaN.</exception>
    /// <exception cref="InvalidOperationException">A cost callback returned a negative, NaN or infinite cost.</exception>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double limit)
    {
        if (double.IsNaN(limit) || limit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be a non-negative number.");
        }

        if (s1.SequenceEqual(s2))
        {
            return 0;
        }

        var n = s2.Length;
        double[]? rented = null;
        try
        {
            var need = 3 * (n + 1);
            Span<double> buffer = need <= StackDoubles ? stackalloc double[need] : PatternMasksBuilder.Rent(ref rented, need);
            var v0 = buffer.Slice(0, n + 1);
            var v1 = buffer.Slice(n + 1, n + 1);
            var insertion = buffer.Slice(2 * (n + 1), n);
            v0[0] = 0;
            for (var j = 0; j < n; j++)
            {
                insertion[j] = Checked(insDel?.InsertionCost(s2[j]) ?? 1, "insertion", s2[j], null);
                v0[j + 1] = v0[j] + insertion[j];
            }

            foreach (var c1 in s1)
            {
                var deletion = Checked(insDel?.DeletionCost(c1) ?? 1, "deletion", c1, null);
                v1[0] = v0[0] + deletion;
                var rowMin = v1[0];
                for (var j = 0; j < n; j++)
                {
                    var c2 = s2[j];
                    var cost = c1 == c2 ? 0 : Checked(substitution.Cost(c1, c2), "substitution", c1, c2);
                    var value = Math.Min(Math.Min(v1[j] + insertion[j], v0[j + 1] + deletion), v0[j] + cost);
                    v1[j + 1] = value;
                    rowMin = Math.Min(rowMin, value);
                }

                // Costs are non-negative, so no later row can fall below this row's minimum.
                if (rowMin >= limit)
                {
                    return limit;
                }

                var swap = v0;
                v0 = v1;
                v1 = swap;
            }

            return Math.Min(v0[n], limit);
        }
        finally
        {
            PatternMasksBuilder.Return(rented);
        }
    }

    private static double Checked(double cost, string kind, char c1, char? c2)
    {
        if (cost >= 0 && double.IsFinite(cost))
        {
            return cost;
        }

        var what = c2 is null
            ? string.Create(CultureInfo.InvariantCulture, $"'{c1}' (U+{(int)c1:X4})")
            : string.Create(CultureInfo.InvariantCulture, $"'{c1}' → '{c2}' (U+{(int)c1:X4} → U+{(int)c2.Value:X4})");
        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"The {kind} cost of {what} is {cost}; costs must be non-negative finite numbers."));
    }
}
