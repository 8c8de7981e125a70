namespace CorpusDiff.Similarity;

/// <summary>
/// The base of the k-shingle measures (<see cref="QGram"/>, <see cref="Cosine"/>, <see cref="Jaccard"/>,
/// <see cref="SorensenDice"/>), as in F23.StringSimilarity: texts become profiles of k-shingles, k consecutive UTF-16
/// code units after every white-space run is collapsed to one space. Default k = 3.
/// </summary>
/// <remarks>
/// For one-against-many work build each text's <see cref="ShingleProfile"/> once with <see cref="GetProfile(string)"/>
/// and compare profiles; string overloads build temporary profiles in pooled buffers.
/// </remarks>
public abstract class ShingleBased
{
    /// <summary>The default shingle length.</summary>
    public const int DefaultK = 3;

    /// <summary>Initializes the measure with shingles of length <paramref name="k"/>.</summary>
    /// <param name="k">The shingle length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    protected ShingleBased(int k)
    {
        ValidateK(k);
        K = k;
    }

    /// <summary>Gets the shingle length.</summary>
    public int K { get; }

    /// <summary>Builds the profile of a string for this measure's k.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    public ShingleProfile GetProfile(string s) => ShingleProfile.Create(s, K);

    /// <summary>Builds the profile of a text for this measure's k.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The profile.</returns>
    public ShingleProfile GetProfile(ReadOnlySpan<char> s) => ShingleProfile.Create(s, K);

    /// <summary>Throws unless k is at least 1.</summary>
    /// <param name="k">The shingle length.</param>
    internal static void ValidateK(int k)
    {
        if (k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "The shingle length k must be at least 1.");
        }
    }

    /// <summary>Scores two texts by their profiles, built in pooled buffers; equal texts are not shingled at all.</summary>
    /// <typeparam name="TFormula">The measure's formula.</typeparam>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="equal">The value for two equal texts.</param>
    /// <param name="formula">The formula.</param>
    /// <returns>The measure's value.</returns>
    private protected double Compare<TFormula>(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double equal, TFormula formula)
        where TFormula : struct, IShingleFormula
    {
        if (s1.SequenceEqual(s2))
        {
            return equal;
        }

        using var a = ShingleScratch.Build(s1, K);
        using var b = ShingleScratch.Build(s2, K);
        return formula.Score(a.View, b.View);
    }

    /// <summary>Scores two profiles after checking they were built with this measure's k.</summary>
    /// <typeparam name="TFormula">The measure's formula.</typeparam>
    /// <param name="profile1">The first profile.</param>
    /// <param name="profile2">The second profile.</param>
    /// <param name="formula">The formula.</param>
    /// <returns>The measure's value.</returns>
    private protected double Compare<TFormula>(ShingleProfile profile1, ShingleProfile profile2, TFormula formula)
        where TFormula : struct, IShingleFormula
    {
        CheckProfiles(profile1, profile2);
        return formula.Score(profile1.View, profile2.View);
    }

    /// <summary>Throws unless both profiles were built with this measure's k.</summary>
    /// <param name="profile1">The first profile.</param>
    /// <param name="profile2">The second profile.</param>
    protected void CheckProfiles(ShingleProfile profile1, ShingleProfile profile2)
    {
        ArgumentNullException.ThrowIfNull(profile1);
        ArgumentNullException.ThrowIfNull(profile2);
        if (profile1.K != K || profile2.K != K)
        {
            throw new ArgumentException(
                $"Profiles built with k = {profile1.K.ToString(System.Globalization.CultureInfo.InvariantCulture)} and k = {profile2.K.ToString(System.Globalization.CultureInfo.InvariantCulture)} cannot be compared by a measure with k = {K.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                profile1.K != K ? nameof(profile1) : nameof(profile2));
        }
    }
}
