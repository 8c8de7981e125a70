namespace CorpusDiff.Similarity;

/// <summary>Converts similarity cutoffs into distance bounds, so a normalized score can still stop early.</summary>
internal static class Cutoffs
{
    /// <summary>Throws unless the cutoff is in [0, 1].</summary>
    public static void ValidateUnit(double cutoff, string name)
    {
        if (!(cutoff >= 0 && cutoff <= 1))
        {
            throw new ArgumentOutOfRangeException(name, cutoff, "The score cutoff must be between 0 and 1.");
        }
    }

    /// <summary>Throws unless the cutoff is in [0, 100].</summary>
    public static void ValidatePercent(double cutoff, string name)
    {
        if (!(cutoff >= 0 && cutoff <= 100))
        {
            throw new ArgumentOutOfRangeException(name, cutoff, "The score cutoff must be between 0 and 100.");
        }
    }

    /// <summary>
    /// Gets the largest distance whose similarity <c>1 − d / maximum</c> can still reach the cutoff. A small slack
    /// keeps pairs whose similarity equals the cutoff up to rounding; the final comparison is done on the exact value.
    /// </summary>
    public static int MaxDistance(double cutoff, int maximum)
    {
        var bound = Math.Floor(((1 - cutoff) * maximum) + 1e-7);
        return bound >= maximum ? maximum : (int)bound;
    }

    /// <summary>Gets <c>1 − distance / maximum</c>, or 0 when the distance exceeded its bound or the value is below the cutoff.</summary>
    public static double Similarity(int distance, int max, int maximum, double cutoff)
    {
        if (distance > max)
        {
            return 0;
        }

        var similarity = 1 - ((double)distance / maximum);
        return similarity >= cutoff ? similarity : 0;
    }
}
