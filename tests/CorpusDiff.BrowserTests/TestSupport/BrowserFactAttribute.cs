namespace CorpusDiff.BrowserTests.TestSupport;

/// <summary>A fact that needs the system Chromium; skipped with the install command when it is missing outside CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Initializes the attribute.</summary>
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
