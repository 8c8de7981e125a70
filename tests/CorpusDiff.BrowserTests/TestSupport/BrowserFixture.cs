using Microsoft.Playwright;

namespace CorpusDiff.BrowserTests.TestSupport;

/// <summary>One headless Chromium shared by the tests of a collection, started on first use.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Gets the browser, launching it on first use.</summary>
    /// <returns>The running browser.</returns>
    public async Task<IBrowser> BrowserAsync()
    {
        if (browser is not null)
        {
            return browser;
        }

        var executable = Chromium.Executable
            ?? throw new InvalidOperationException($"CI is set but no Chromium is installed: run `{Chromium.InstallCommand}` or set {Chromium.Variable}.");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Args = Chromium.Args, Headless = true });
        return browser;
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
