namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>One document of an <see cref="EditSweepCorpus"/>.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Cluster">The article it is a copy of (summaries have a cluster of their own).</param>
/// <param name="Kind">original, summary, or the variant kind.</param>
/// <param name="Text">Its text.</param>
public sealed record SweepDocument(string Id, int Cluster, string Kind, string Text);
