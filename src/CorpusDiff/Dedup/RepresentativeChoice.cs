namespace CorpusDiff.Dedup;

/// <summary>Which member stands for a group of duplicates.</summary>
public enum RepresentativeChoice
{
    /// <summary>The longest member (ties: the smaller id; in an index, the smaller key), whatever the input order.</summary>
    Longest,

    /// <summary>The member with the earliest publication date; undated members come last (ties: the longest).</summary>
    EarliestPublished,

    /// <summary>The member that contains the largest share of the other members' shingles (ties: the longest).</summary>
    MostComplete,
}
