namespace CorpusDiff.Similarity;

/// <content>The distance over sequences of any equatable element.</content>
public sealed partial class Hamming : IMetricSpanDistance
{
    /// <summary>Returns the number of positions at which two sequences of any equatable element differ, the longer one's extra elements counting as differences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance, from 0 to the longer length.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var common = Math.Min(s1.Length, s2.Length);

        // The longest common prefix is vectorised for primitive elements; each mismatch restarts it.
        var distance = Math.Max(s1.Length, s2.Length) - common;
        var i = 0;
        while (true)
        {
            i += s1[i..common].CommonPrefixLength(s2[i..common]);
            if (i >= common)
            {
                return distance;
            }

            distance++;
            i++;
        }
    }

    /// <summary>Returns the distance divided by the longer length; 0 for two empty sequences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The normalized distance in [0, 1].</returns>
    public double NormalizedDistance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var longest = Math.Max(s1.Length, s2.Length);
        return longest == 0 ? 0 : Distance(s1, s2) / longest;
    }
}
