using CorpusDiff.Alignment;
using CorpusDiff.Documents;

namespace CorpusDiff.Comparison;

/// <summary>
/// Compares reports with their source: sentence alignment with word diffs, coverage both ways, document-level
/// scores, a same-event judgement and the claim check. A reusable, immutable, thread-safe pipeline built once from
/// <see cref="ComparisonOptions"/>.
/// </summary>
public sealed class CorpusComparer
{
    private readonly SameEventJudge judge;

    // The claim checker's analysis of a source, reused across all targets compared with it (documents are immutable).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Claims.PreparedSource> claimSources = [];
    /// <summary>Initializes a comparer with the given options.</summary>
    /// <param name="options">The options; validated here.</param>
    public CorpusComparer(ComparisonOptions options)
    {
        Options = Settings.Checked(options);
        Aligner = new SentenceAligner(options.Aligner);
        judge = new SameEventJudge(options);
    }

    /// <summary>Gets a comparer with <see cref="ComparisonOptions.Default"/>.</summary>
    public static CorpusComparer Default { get; } = new(ComparisonOptions.Default);

    /// <summary>Gets the options this comparer was built with.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>Gets the sentence aligner the comparer uses.</summary>
    public SentenceAligner Aligner { get; }

    /// <summary>Compares one target report with its source.</summary>
    /// <param name="source">The source (the fuller report).</param>
    /// <param name="target">The report to compare.</param>
    /// <returns>The comparison.</returns>
    public ComparisonResult Compare(Document source, Document target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return Compare(PreparedDocument.For(source, Options.ShingleSize), PreparedDocument.For(target, Options.ShingleSize));
    }

    /// <summary>
    /// Compares many reports with one source. The source is analysed once; targets are compared in parallel
    /// (up to <see cref="ComparisonOptions.MaxParallelism"/>) when there are enough of them to pay for it.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <param name="targets">The reports to compare.</param>
    /// <param name="progress">Told after each target is done (count done so far), from any thread; may be <see langword="null"/>.</param>
    /// <returns>One result per target, in the targets' order.</returns>
    public IReadOnlyList<ComparisonResult> Compare(Document source, IEnumerable<Document> targets, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(targets);
        var list = targets.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Target {i} is null.", nameof(targets));
            }
        }

        var prepared = PreparedDocument.For(source, Options.ShingleSize);
        _ = prepared.Profile.GramIndex;
        var results = new ComparisonResult[list.Count];
        var done = 0;

        // One pair costs about a millisecond; below a handful of targets, thread hand-off costs more than it saves.
        if (list.Count < 4 || Options.MaxParallelism == 1)
        {
            for (var i = 0; i < list.Count; i++)
            {
                results[i] = Compare(prepared, PreparedDocument.For(list[i], Options.ShingleSize));
                progress?.Report(++done);
            }
        }
        else
        {
            Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism }, i =>
            {
                results[i] = Compare(prepared, PreparedDocument.For(list[i], Options.ShingleSize));
                progress?.Report(Interlocked.Increment(ref done));
            });
        }

        return results;
    }

    /// <summary>
    /// Chooses the source among reports: the most complete one, in which the others' content terms are best
    /// contained (ties go to the longer report).
    /// </summary>
    /// <param name="documents">The reports (at least one).</param>
    /// <returns>The index of the chosen source in <paramref name="documents"/>.</returns>
    public int ChooseSource(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new ArgumentException("ChooseSource needs at least one document.", nameof(documents));
        }

        var terms = documents.Select(SentenceAligner.ContentTerms).ToArray();
        var best = 0;
        var bestScore = double.MinValue;
        var bestLength = -1;
        for (var c = 0; c < documents.Count; c++)
        {
            var sum = 0.0;
            for (var d = 0; d < documents.Count; d++)
            {
                if (d != c && terms[d].Count > 0)
                {
                    sum += (double)terms[d].Count(terms[c].Contains) / terms[d].Count;
                }
            }

            var score = documents.Count == 1 ? 0 : sum / (documents.Count - 1);
            var length = documents[c].Tokens.Count;
            if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && length > bestLength))
            {
                best = c;
                bestScore = score;
                bestLength = length;
            }
        }

        return best;
    }

    private ComparisonResult Compare(PreparedDocument source, PreparedDocument target)
    {
        var evidence = Aligner.Align(source.Profile, target.Profile);
        var judgement = judge.Judge(source, target, evidence);
        if (judgement.Verdict == SameEvent.No)
        {
            evidence = evidence.ForOtherEvent();
        }

        var alignments = evidence.Alignments;
        var coverage = DocumentMeasures.CoverageOf(evidence, source.Document, target.Document);
        var scores = DocumentMeasures.ScoresOf(evidence, source, target);
        var alignedSources = new IReadOnlyList<int>[target.Document.Sentences.Count];
        var alignedSupport = new double[target.Document.Sentences.Count];
        Array.Fill(alignedSources, Array.Empty<int>());
        foreach (var alignment in alignments)
        {
            foreach (var t in alignment.Target)
            {
                alignedSources[t] = alignment.Source;
                alignedSupport[t] = evidence.SupportOf(alignment, t);
            }
        }

        var consistency = Options.CheckClaims
            ? Options.Claims.Check(claimSources.GetValue(source.Document, Options.Claims.Prepare), target.Document, alignedSources, alignedSupport)
            : new Claims.ConsistencyReport(1.0, Enumerable.Repeat(1.0, target.Document.Sentences.Count).ToArray(), []);
        return new ComparisonResult(source.Document, target.Document, judgement, scores, coverage, alignments, consistency);
    }
}
