using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.BrowserTests.TestSupport;

/// <summary>A fact that needs the system Chromium and the seed corpus (<c>CORPUSDIFF_SEED_CORPUS</c>).</summary>
public sealed class SeedBrowserFactAttribute : FactAttribute
{
    /// <summary>Initializes the attribute.</summary>
    public SeedBrowserFactAttribute()
    {
        Skip = Chromium.SkipReason
            ?? (SeedCorpus.IsConfigured ? null : $"{SeedCorpus.Variable} is not set; the seed-corpus tests need it (CI sets it to ../shared/corpus).");
    }
}
