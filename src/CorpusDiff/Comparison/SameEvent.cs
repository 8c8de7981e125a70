namespace CorpusDiff.Comparison;

/// <summary>Whether a target report reports the source's event.</summary>
public enum SameEvent
{
    /// <summary>The target reports the source's event.</summary>
    Yes,

    /// <summary>The target reports part of the source's event, mixed with other events or background.</summary>
    Partial,

    /// <summary>The target reports a different event, even if topically close (another meeting, year or speaker).</summary>
    No,
}
