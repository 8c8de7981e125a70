namespace CorpusDiff.Diffing;

/// <summary>Settings of a <see cref="WordDiff"/>. Immutable.</summary>
public sealed record WordDiffOptions : ISettingsRecord
{
    /// <summary>Gets the default options.</summary>
    public static WordDiffOptions Default { get; } = new();

    /// <summary>
    /// Gets whether to run the semantic cleanup: short equalities squeezed between edits are folded into them so the
    /// diff reads as a few blocks rather than a confetti of one-word changes. Default <see langword="true"/>.
    /// </summary>
    public bool SemanticCleanup { get; init; } = true;

    /// <summary>
    /// Gets the longest equality (in words) the cleanup may fold into the surrounding edits. Default 2, which keeps
    /// shared names and phrases visible while removing coincidental "the"/"of" matches. Range 0–50.
    /// </summary>
    public int MaxFoldedEquality { get; init; } = 2;

    /// <summary>Throws when a setting is out of range, naming the setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        Settings.Require(MaxFoldedEquality is >= 0 and <= 50, nameof(WordDiffOptions), nameof(MaxFoldedEquality), MaxFoldedEquality, "must be between 0 and 50.");
    }
}
