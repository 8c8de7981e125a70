namespace CorpusDiff.Dedup;

/// <summary>How two documents, or a group member and its representative, relate.</summary>
public enum DedupRelation
{
    /// <summary>The member is the group's representative.</summary>
    Representative,

    /// <summary>The normalized bodies are identical (whitespace, case, Unicode form and removed boilerplate aside).</summary>
    Exact,

    /// <summary>The shingle-set Jaccard similarity reaches the threshold.</summary>
    NearDuplicate,

    /// <summary>Most of the shorter document's shingles are found in the longer one (a shortened reprint).</summary>
    Contained,
}
