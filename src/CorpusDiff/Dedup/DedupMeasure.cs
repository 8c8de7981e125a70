namespace CorpusDiff.Dedup;

/// <summary>How <see cref="Deduplicator"/> verifies a candidate pair.</summary>
public enum DedupMeasure
{
    /// <summary>
    /// Word edits (the default): the word-level Indel similarity 2·LCS / (m + n) of the two word sequences makes a
    /// near-duplicate, and the share of the shorter sequence found in order in the longer one (LCS / shorter) makes a
    /// shortened reprint. A copy with a tenth of its words substituted, inserted or deleted keeps about 0.9 of either;
    /// a summary or rewrite keeps far less, because its words are not the story's words in the story's order.
    /// </summary>
    WordEdits,

    /// <summary>
    /// Shingle sets (the behaviour before word edits): Jaccard similarity of the k-shingle sets makes a near-duplicate,
    /// and the share of the smaller set found in the larger one makes a shortened reprint. Word 5-shingles at 0.8
    /// tolerate about 2 % of words edited.
    /// </summary>
    ShingleSets,
}
