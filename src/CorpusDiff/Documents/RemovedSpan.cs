namespace CorpusDiff.Documents;

/// <summary>
/// A span of the original text that was removed from the comparable body as boilerplate, reported so nothing is lost silently.
/// </summary>
/// <param name="Kind">Which removal rule matched (exactly one flag of <see cref="BoilerplateKinds"/>).</param>
/// <param name="Start">Index of the span's first character in the original text.</param>
/// <param name="End">Index one past the span's last character in the original text.</param>
/// <param name="Text">The removed text exactly as in the original.</param>
public sealed record RemovedSpan(BoilerplateKinds Kind, int Start, int End, string Text)
{
    /// <summary>Gets the span in the original text.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Gets the kind's stable kebab-case name used in reports (<c>copyright-footer</c>, <c>navigation</c>, …).</summary>
    public string KindName => Kind switch
    {
        BoilerplateKinds.CopyrightFooter => "copyright-footer",
        BoilerplateKinds.Navigation => "navigation",
        BoilerplateKinds.PhotoCaption => "photo-caption",
        BoilerplateKinds.RepeatedHeadline => "repeated-headline",
        BoilerplateKinds.EmbeddedHeadline => "embedded-headline",
        _ => Kind.ToString(),
    };
}
