namespace CorpusDiff.Dedup;

/// <summary>How two documents, or a group member and its representative, relate.</summary>
public enum DedupRelation
{
    /// <summary>The member is the group's representative.</summary>
    Representative,

    /// <summary>The normalized bodies are identical (whitespace, case, Unicode form and removed boilerplate aside).</summary>
    Exact,

    /// <summary>
    /// The word sequences are within the edit threshold of each other (<see cref="DedupMeasure.WordEdits"/>), or the
    /// shingle-set Jaccard similarity reaches the threshold (<see cref="DedupMeasure.ShingleSets"/>).
    /// </summary>
    NearDuplicate,

    /// <summary>Most of the shorter document's words (in order) or shingles are found in the longer one (a shortened reprint).</summary>
    Contained,
}
