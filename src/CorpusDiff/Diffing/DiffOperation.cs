namespace CorpusDiff.Diffing;

/// <summary>What a run of a word diff does to turn the source words into the target words.</summary>
public enum DiffOperation
{
    /// <summary>The words stand on both sides.</summary>
    Equal,

    /// <summary>The words stand only in the target.</summary>
    Insert,

    /// <summary>The words stand only in the source.</summary>
    Delete,
}
