namespace CorpusDiff.Similarity;

/// <summary>
/// RapidFuzz-style fuzzy-matching ratios on a 0–100 scale (FuzzySharp's <c>Fuzz</c> and RapidFuzz's <c>fuzz</c>):
/// <see cref="Ratio(string, string, double)"/>, <see cref="PartialRatio(string, string, double)"/>,
/// <see cref="TokenSortRatio(string, string, double)"/> and <see cref="TokenSetRatio(string, string, double)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Scores are <see langword="double"/> in [0, 100], as in RapidFuzz. FuzzySharp returns the same measure rounded:
/// <c>(int)Math.Round(Fuzz.Ratio(a, b))</c> equals FuzzySharp's <c>Fuzz.Ratio(a, b)</c>, and likewise for the token
/// ratios on preprocessed text. <see cref="PartialRatio(string, string, double)"/> is exact (the best window over all
/// alignments, as RapidFuzz computes it) where FuzzySharp tries only windows at its matching blocks, so it is never
/// lower than FuzzySharp's value and sometimes higher.
/// </para>
/// <para>
/// No preprocessing is applied (RapidFuzz 3's default); FuzzySharp's token ratios lower-case and strip punctuation
/// first — call <see cref="DefaultProcess(string)"/> on both strings for that behaviour. Tokens are runs of
/// non-whitespace, sorted ordinally (FuzzySharp sorts with the current culture, which can order accented or
/// punctuated tokens differently). A score below <c>scoreCutoff</c> is returned as 0, and the computation stops as
/// soon as the cutoff is out of reach. Two empty strings score 100; an empty string against a non-empty one scores 0.
/// </para>
/// </remarks>
public static partial class Fuzz
{
    /// <summary>Returns the Indel similarity <c>100 · (1 − indel / (|s1| + |s2|))</c>, like FuzzySharp's and RapidFuzz's <c>Ratio</c>.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double Ratio(string s1, string s2, double scoreCutoff = 0) => Ratio(Arguments.Text(s1), Arguments.Text(s2), scoreCutoff);

    /// <summary>Returns the Indel similarity <c>100 · (1 − indel / (|s1| + |s2|))</c>.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff = 0)
    {
        Cutoffs.ValidatePercent(scoreCutoff, nameof(scoreCutoff));
        return RatioCore(s1, s2, scoreCutoff);
    }

    /// <summary>
    /// The default preprocessing of FuzzySharp and RapidFuzz: every character that is not a letter or digit becomes a
    /// space, letters are lower-cased (invariant culture) and the ends are trimmed.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The processed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    public static string DefaultProcess(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Create(s.Length, s, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    // A letter outside the BMP (CJK extension B, …) is kept whole; anything else becomes two spaces.
                    var keep = char.IsLetterOrDigit(source, i);
                    destination[i] = keep ? c : ' ';
                    destination[i + 1] = keep ? source[i + 1] : ' ';
                    i++;
                    continue;
                }

                destination[i] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            }
        }).Trim();
    }

    /// <summary>Computes the ratio with a validated cutoff.</summary>
    internal static double RatioCore(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff)
    {
        var total = s1.Length + s2.Length;
        if (total == 0)
        {
            return 100;
        }

        var max = Cutoffs.MaxDistance(scoreCutoff / 100, total);
        var distance = Indel.Compute(s1, s2, max);
        return Score(distance, max, total, scoreCutoff);
    }

    /// <summary>
    /// Gets <c>100 · (total − distance) / total</c>, computed exactly as FuzzySharp does so rounded values agree, or 0
    /// when the distance exceeded its bound or the score is below the cutoff.
    /// </summary>
    internal static double Score(int distance, int max, int total, double scoreCutoff)
    {
        if (distance > max)
        {
            return 0;
        }

        var score = 100 * ((double)(total - distance) / total);
        return score >= scoreCutoff ? score : 0;
    }
}
