namespace CorpusDiff.Dedup;

/// <summary>What one run did to a shared index.</summary>
/// <param name="Index">The index's name (no secrets).</param>
/// <param name="Before">Complete documents in the index before the run added its inputs.</param>
/// <param name="After">Complete documents after the run.</param>
/// <param name="Matches">Inputs matching documents that other runs added.</param>
/// <param name="Edges">The edges the run stored (its verified pairs and its estimated matches).</param>
public sealed record SharedIndexReport(string Index, long Before, long After, IReadOnlyList<DedupIndexMatch> Matches, int Edges);
