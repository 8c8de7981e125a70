namespace CorpusDiff.Claims;

/// <summary>
/// How much a divergence matters to a reader. The rule: a contradiction of a number, date, negation or speaker in an
/// aligned sentence is <see cref="High"/>; a contradiction of a name or a quantity is <see cref="Medium"/>; every
/// addition (and a name variant, where one is reported at all) is <see cref="Low"/>.
/// </summary>
public enum DivergenceSeverity
{
    /// <summary>An addition: something the source does not state, which a reader may want to verify elsewhere.</summary>
    Low,

    /// <summary>A contradicted name or quantity (<c>Kalmaro Oy</c> for <c>Noordkaai Logistics</c>; <c>terminals</c> for <c>one terminal</c>).</summary>
    Medium,

    /// <summary>A contradicted number, date, negation or speaker: the target says something the source says otherwise.</summary>
    High,
}
