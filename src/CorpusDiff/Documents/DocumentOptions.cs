namespace CorpusDiff.Documents;

/// <summary>
/// How a <see cref="DocumentParser"/> reads news files. Every default suits scraped news reports.
/// </summary>
public sealed record DocumentOptions : ISettingsRecord
{
    /// <summary>Gets the default options.</summary>
    public static DocumentOptions Default { get; } = new();

    /// <summary>
    /// Gets which boilerplate removal rules run. Default: <see cref="BoilerplateKinds.All"/>.
    /// Removed spans are always reported in <see cref="Document.Removed"/>.
    /// </summary>
    public BoilerplateKinds RemoveBoilerplate { get; init; } = BoilerplateKinds.All;

    /// <summary>
    /// Gets whether header lines (<c>date YYYY-MM-DD</c>, <c>Updated: …</c>, the headline, a wire dateline) are parsed
    /// and kept out of the body. Default: <see langword="true"/>. When <see langword="false"/>, every line is body text.
    /// </summary>
    public bool ParseHeaders { get; init; } = true;

    /// <summary>
    /// Gets the longest headline, in words, the parser accepts; a longer first line is body text. Default: 30.
    /// </summary>
    public int MaxTitleWords { get; init; } = 30;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        Settings.Require(MaxTitleWords >= 1, nameof(DocumentOptions), nameof(MaxTitleWords), MaxTitleWords, "must be at least 1.");
        Settings.Require((RemoveBoilerplate & ~BoilerplateKinds.All) == 0, nameof(DocumentOptions), nameof(RemoveBoilerplate), RemoveBoilerplate, "holds an unknown flag.");
    }
}
