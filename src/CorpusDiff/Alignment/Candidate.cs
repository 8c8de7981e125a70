namespace CorpusDiff.Alignment;

/// <summary>A proposed group while aligning: mutable by design, never leaves the aligner.</summary>
internal sealed class Candidate
{
    public required List<int> Sources { get; init; }

    public required List<int> Targets { get; init; }

    /// <summary>Gets or sets the aligner's score of the group (support blended with the symmetric similarity).</summary>
    public double Score { get; set; }

    /// <summary>Gets or sets the share of the targets' weighted content the sources support.</summary>
    public double Support { get; set; }

    /// <summary>Gets or sets how many specific target terms the sources match.</summary>
    public int SpecificMatches { get; set; }

    /// <summary>Gets or sets the best support of a single source sentence that is neither in the group nor next to it.</summary>
    public double Rival { get; set; }

    /// <summary>Gets or sets whether the group stands on its own specific evidence.</summary>
    public bool Anchored { get; set; }

    /// <summary>Gets or sets whether the group is kept in the alignment.</summary>
    public bool Accepted { get; set; }

    /// <summary>Gets or sets the matched weight and the total weight of the targets' terms (for regrouping).</summary>
    public double Matched { get; set; }

    public double Total { get; set; }
}
