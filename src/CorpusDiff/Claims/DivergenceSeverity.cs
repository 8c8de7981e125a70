namespace CorpusDiff.Claims;

/// <summary>How much a divergence matters to a reader.</summary>
public enum DivergenceSeverity
{
    /// <summary>A variant form or a detail a reader would not call wrong (a name variant is at most low).</summary>
    Low,

    /// <summary>Worth an editor's look.</summary>
    Medium,

    /// <summary>A claim that contradicts the source.</summary>
    High,
}
