namespace CorpusDiff.Alignment;

/// <summary>How closely an aligned group of target sentences follows its source sentences.</summary>
public enum AlignmentKind
{
    /// <summary>The same words in the same order (case and punctuation aside).</summary>
    Verbatim,

    /// <summary>Nearly the same words: at least <see cref="AlignerOptions.NearVerbatimOverlap"/> of them shared, in order.</summary>
    NearVerbatim,

    /// <summary>Rewritten, but the target's content is supported by the source (score at least <see cref="AlignerOptions.ParaphraseScore"/>).</summary>
    Paraphrase,

    /// <summary>Only part of the target's content is supported by the source.</summary>
    Partial,
}
