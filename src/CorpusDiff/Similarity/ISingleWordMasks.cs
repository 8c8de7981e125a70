namespace CorpusDiff.Similarity;

/// <summary>A source of one-word match masks for patterns of at most 64 characters, so one kernel serves every mask layout.</summary>
internal interface ISingleWordMasks
{
    /// <summary>Gets the mask of the pattern positions holding <paramref name="c"/>.</summary>
    ulong Single(char c);
}
