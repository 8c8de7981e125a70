using CorpusDiff.Claims;

namespace CorpusDiff.Cli;

/// <summary>The outcome of checking one line: its pair and report, or the error that names the line.</summary>
internal sealed record PairResult(PairLine? Pair, ConsistencyReport? Report, double Bigram, string? Error);
