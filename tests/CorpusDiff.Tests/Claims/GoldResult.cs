namespace CorpusDiff.Tests.Claims;

/// <summary>How the checker fared on the divergence gold.</summary>
internal sealed record GoldResult(int Caught, int Planted, IReadOnlyList<string> MustNotFlagFired, IReadOnlyList<string> Lines);
