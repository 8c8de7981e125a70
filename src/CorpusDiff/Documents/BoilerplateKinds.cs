namespace CorpusDiff.Documents;

/// <summary>
/// The kinds of boilerplate a <see cref="DocumentParser"/> removes from a document's body and reports in
/// <see cref="Document.Removed"/>. Combine them to choose which removal rules run.
/// </summary>
[Flags]
public enum BoilerplateKinds
{
    /// <summary>No boilerplate is removed.</summary>
    None = 0,

    /// <summary>Copyright and site-registration footers (<c>Copyright© | About us</c>, <c>Registration Number: …</c>), even when repeated.</summary>
    CopyrightFooter = 1,

    /// <summary><c>Previous</c>/<c>Next</c> links to other stories.</summary>
    Navigation = 2,

    /// <summary>Photo captions such as <c>… Photo: Xinhua</c>.</summary>
    PhotoCaption = 4,

    /// <summary>The headline, or another header line, repeated inside the body.</summary>
    RepeatedHeadline = 8,

    /// <summary>A headline of another article pasted into the body.</summary>
    EmbeddedHeadline = 16,

    /// <summary>Every removal rule.</summary>
    All = CopyrightFooter | Navigation | PhotoCaption | RepeatedHeadline | EmbeddedHeadline,
}
