namespace CorpusDiff.BrowserTests.TestSupport;

/// <summary>
/// Finds the system Chromium the browser tests drive. Playwright's own browser download is never used: the tests
/// pass the executable path, so they run offline.
/// </summary>
public static class Chromium
{
    /// <summary>The variable that may name the browser executable; otherwise the usual Debian paths are tried.</summary>
    public const string Variable = "CORPUSDIFF_CHROMIUM";

    /// <summary>The command that installs the browser on Debian and Ubuntu.</summary>
    public const string InstallCommand = "apt-get install -y chromium";

    /// <summary>Flags for a quiet, offline, headless run (no sandbox: CI runs as root).</summary>
    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Gets the executable, or <see langword="null"/> when none is installed.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Gets why the tests are skipped, or <see langword="null"/> when they run (in CI they always run, and fail without a browser).</summary>
    public static string? SkipReason =>
        Executable is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"No Chromium found (set {Variable} or run `{InstallCommand}`); the browser tests are skipped outside CI."
            : null;

    private static string? Find()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(named))
        {
            return named;
        }

        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium" }.FirstOrDefault(File.Exists);
    }
}
