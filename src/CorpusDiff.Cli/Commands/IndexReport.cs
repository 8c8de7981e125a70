namespace CorpusDiff.Cli.Commands;

/// <summary>What <c>dedup --index</c> did: entries loaded and saved, and inputs matching earlier-indexed documents.</summary>
internal sealed record IndexReport(string File, int Loaded, int Saved, IReadOnlyList<IndexMatch> Matches);
