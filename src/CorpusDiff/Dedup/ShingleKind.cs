namespace CorpusDiff.Dedup;

/// <summary>What a shingle is made of.</summary>
public enum ShingleKind
{
    /// <summary>k consecutive normalized word tokens (punctuation and line breaks do not count).</summary>
    Word,

    /// <summary>k consecutive characters of the normalized body text (spaces collapsed, case folded).</summary>
    Character,
}
