using CorpusDiff.Comparison;
using CorpusDiff.Documents;

namespace CorpusDiff;

/// <summary>Comparison entry points.</summary>
public static partial class Corpus
{
    /// <summary>Compares a report with its source using the given comparer, or <see cref="CorpusComparer.Default"/>.</summary>
    /// <param name="source">The source (the fuller report).</param>
    /// <param name="target">The report to compare.</param>
    /// <param name="comparer">The comparer; <see langword="null"/> for the default.</param>
    /// <returns>Alignments, coverage, scores, same-event judgement and divergences.</returns>
    public static ComparisonResult Compare(Document source, Document target, CorpusComparer? comparer = null) =>
        (comparer ?? CorpusComparer.Default).Compare(source, target);

    /// <summary>Compares many reports with one source (in parallel when it pays).</summary>
    /// <param name="source">The source.</param>
    /// <param name="targets">The reports to compare.</param>
    /// <param name="comparer">The comparer; <see langword="null"/> for the default.</param>
    /// <returns>One result per target, in order.</returns>
    public static IReadOnlyList<ComparisonResult> Compare(Document source, IEnumerable<Document> targets, CorpusComparer? comparer = null) =>
        (comparer ?? CorpusComparer.Default).Compare(source, targets);

    /// <summary>Chooses the source among reports: the one the others are best contained in.</summary>
    /// <param name="documents">The reports.</param>
    /// <returns>The chosen report.</returns>
    public static Document ChooseSource(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents[CorpusComparer.Default.ChooseSource(documents)];
    }
}
