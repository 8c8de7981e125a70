namespace CorpusDiff.Dedup;

/// <summary>What an index update did: entries found in the file, entries it will hold, and inputs matching earlier-indexed documents.</summary>
/// <param name="File">The index file.</param>
/// <param name="Loaded">Entries in the file when it was read (under the lock, so a concurrent run's entries count).</param>
/// <param name="Saved">Entries the file holds once the update is committed.</param>
/// <param name="Matches">Inputs matching documents indexed before, by the deduplicator's own rule.</param>
public sealed record IndexReport(string File, int Loaded, int Saved, IReadOnlyList<IndexMatch> Matches);
