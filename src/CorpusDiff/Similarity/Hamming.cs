using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusDiff.Similarity;

/// <summary>
/// The Hamming distance: the number of positions at which two strings differ. Strings of different lengths are
/// compared as if the shorter were padded, so every extra character counts as one difference (RapidFuzz's default,
/// <c>pad=True</c>). A metric.
/// </summary>
/// <remarks>
/// Linear time, vectorised (eight UTF-16 units per step). Useful for fixed-width codes and identifiers; for
/// text with insertions or deletions use <see cref="Levenshtein"/>. Works on UTF-16 code units.
/// </remarks>
public sealed partial class Hamming : IMetricStringDistance
{
    /// <summary>Returns the number of differing positions plus the length difference.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance, from 0 (equal) to the longer length.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Compute(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the number of differing positions plus the length difference.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance, from 0 (equal) to the longer length.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2);

    /// <summary>Returns the distance divided by the longer length; 0 for two empty strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The normalized distance in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double NormalizedDistance(string s1, string s2) => NormalizedDistance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the distance divided by the longer length; 0 for two empty texts.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The normalized distance in [0, 1].</returns>
    public double NormalizedDistance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var longest = Math.Max(s1.Length, s2.Length);
        return longest == 0 ? 0 : (double)Compute(s1, s2) / longest;
    }

    /// <summary>Returns <c>1 − NormalizedDistance(s1, s2)</c>; 1 for two empty strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double NormalizedSimilarity(string s1, string s2) => 1 - NormalizedDistance(s1, s2);

    /// <summary>Returns <c>1 − NormalizedDistance(s1, s2)</c>; 1 for two empty texts.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public double NormalizedSimilarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => 1 - NormalizedDistance(s1, s2);

    /// <summary>Computes the distance.</summary>
    internal static int Compute(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var common = Math.Min(s1.Length, s2.Length);
        var distance = Math.Max(s1.Length, s2.Length) - common;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var a = MemoryMarshal.Cast<char, ushort>(s1);
            var b = MemoryMarshal.Cast<char, ushort>(s2);
            for (; i + 8 <= common; i += 8)
            {
                var equal = Vector128.Equals(Vector128.Create(a.Slice(i, 8)), Vector128.Create(b.Slice(i, 8)));
                distance += 8 - BitOperations.PopCount(equal.ExtractMostSignificantBits());
            }
        }

        for (; i < common; i++)
        {
            if (s1[i] != s2[i])
            {
                distance++;
            }
        }

        return distance;
    }
}
