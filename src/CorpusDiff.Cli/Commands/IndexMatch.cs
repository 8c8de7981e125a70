namespace CorpusDiff.Cli.Commands;

/// <summary>An input document whose signature matches a document indexed by an earlier run (scores are MinHash estimates).</summary>
internal sealed record IndexMatch(string Id, string Indexed, double EstimatedJaccard, double EstimatedContainment);
