namespace CorpusDiff.Dedup;

/// <summary>What an update of a persistent LSH index did: entries loaded and saved, and inputs matching earlier-indexed documents.</summary>
/// <param name="File">The index file.</param>
/// <param name="Loaded">Entries loaded from it.</param>
/// <param name="Saved">Entries saved back.</param>
/// <param name="Matches">Inputs matching documents indexed before.</param>
public sealed record DedupIndexReport(string File, int Loaded, int Saved, IReadOnlyList<DedupIndexMatch> Matches);
