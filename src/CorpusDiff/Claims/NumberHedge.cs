namespace CorpusDiff.Claims;

/// <summary>The bound or approximation words before a number put on it: <c>more than 500</c> is met by 572.</summary>
internal enum NumberHedge
{
    /// <summary>The number is stated as it is.</summary>
    None,

    /// <summary><c>more than</c>, <c>over</c>, <c>at least</c>: the true value is at or above it.</summary>
    AtLeast,

    /// <summary><c>less than</c>, <c>under</c>, <c>up to</c>: the true value is at or below it.</summary>
    AtMost,

    /// <summary><c>nearly</c>, <c>almost</c>: the true value is just below it.</summary>
    Nearly,

    /// <summary><c>about</c>, <c>around</c>, <c>roughly</c>: the true value is close to it.</summary>
    About,
}
