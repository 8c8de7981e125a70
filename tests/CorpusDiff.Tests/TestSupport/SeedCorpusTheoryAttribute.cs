namespace CorpusDiff.Tests.TestSupport;

/// <summary>A theory that needs the real seed corpus: skipped when <c>CORPUSDIFF_SEED_CORPUS</c> is unset.</summary>
public sealed class SeedCorpusTheoryAttribute : TheoryAttribute
{
    public SeedCorpusTheoryAttribute()
    {
        if (!SeedCorpus.IsConfigured)
        {
            Skip = $"{SeedCorpus.Variable} is not set; the seed-corpus tests need it (CI sets it to ../shared/corpus).";
        }
    }
}
