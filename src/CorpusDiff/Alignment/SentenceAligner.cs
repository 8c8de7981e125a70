using CorpusDiff.Diffing;
using CorpusDiff.Documents;

namespace CorpusDiff.Alignment;

/// <summary>
/// Aligns a target report's sentences to the source sentences that support them. Learns from MASSAlign (vicinity:
/// alignments next to confident ones are trusted more) and CATS (character n-gram similarity), and goes further:
/// term weights come from IDF over the sentences of the two documents being compared, function words are ignored and
/// generic public-affairs vocabulary weighs little, names and numbers weigh more, one target sentence may fuse several
/// source sentences (1:n) and several target sentences may split one (n:1), order is free (reordering), and a target
/// sentence without specific support stays unaligned rather than being forced onto a weak match.
/// Immutable and thread-safe; build once and reuse.
/// </summary>
public sealed partial class SentenceAligner
{
    private readonly WordDiff diff;

    /// <summary>Initializes an aligner with the given options.</summary>
    /// <param name="options">The options; validated here.</param>
    public SentenceAligner(AlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        diff = new WordDiff(options.Diff);
    }

    /// <summary>Gets an aligner with <see cref="AlignerOptions.Default"/>.</summary>
    public static SentenceAligner Default { get; } = new(AlignerOptions.Default);

    /// <summary>Gets the options this aligner was built with.</summary>
    public AlignerOptions Options { get; }

    /// <summary>Aligns the target's sentences to the source's.</summary>
    /// <param name="source">The source (the fuller report).</param>
    /// <param name="target">The report whose sentences are aligned.</param>
    /// <returns>The aligned groups, ordered by their first target sentence. Unaligned sentences appear in none.</returns>
    public IReadOnlyList<SentenceAlignment> Align(Document source, Document target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return Align(TermProfile.For(source), TermProfile.For(target)).Alignments;
    }

    /// <summary>Returns a document's distinct content terms (light stems, numbers), as the aligner matches them.</summary>
    internal static IReadOnlySet<string> ContentTerms(Document document) => TermProfile.For(document).Terms.ToHashSet(StringComparer.Ordinal);

    /// <summary>Aligns with prepared profiles (the source's is reused across targets).</summary>
    internal AlignmentEvidence Align(TermProfile source, TermProfile target)
    {
        var model = new PairModel(source, target, Options);
        var candidates = FindCandidates(model);
        Accept(model, candidates);
        var groups = GroupSplits(candidates);
        var targets = new TargetEvidence[target.SentenceCount];
        for (var t = 0; t < targets.Length; t++)
        {
            var terms = target.SentenceTerms[t];
            var unknownNumber = false;
            var foreign = 0;
            var foreignFacts = 0;
            foreach (var k in terms)
            {
                if (model.IsUnstatedLength(k))
                {
                    continue;
                }

                unknownNumber |= target.IsNumber[k] && model.Aliases[k].Length == 0;
                if (model.TargetSpecific[k] && model.Aliases[k].Length == 0)
                {
                    foreign++;
                    foreignFacts += target.IsProper[k] || target.IsNumber[k] ? 1 : 0;
                }
            }

            var c = candidates[t];
            targets[t] = c is null
                ? new TargetEvidence([], 0, false, unknownNumber, foreign, foreignFacts)
                : new TargetEvidence([.. c.Sources.Order()], c.Support, c.Anchored, unknownNumber, foreign, foreignFacts);
        }

        var alignments = new List<SentenceAlignment>(groups.Count);
        foreach (var group in groups)
        {
            var alignment = Build(model, group);

            // A partial match must rest on specific terms of its own: a loose match vouched for only by its
            // neighbours is kept when it supports the sentence well, not when it shares a few generic words.
            if (alignment.Kind != AlignmentKind.Partial || group.Anchored)
            {
                alignments.Add(alignment);
            }
        }

        return new AlignmentEvidence(model, alignments, targets);
    }

    private SentenceAlignment Build(PairModel model, Candidate group)
    {
        var sources = group.Sources.Order().ToArray();
        var targets = group.Targets.Order().ToArray();
        var segments = diff.Diff(model.Source.Document, sources, model.Target.Document, targets);
        int equal = 0, deleted = 0, inserted = 0;
        foreach (var segment in segments)
        {
            switch (segment.Operation)
            {
                case DiffOperation.Equal: equal += segment.TokenCount; break;
                case DiffOperation.Delete: deleted += segment.TokenCount; break;
                default: inserted += segment.TokenCount; break;
            }
        }

        var total = (2 * equal) + deleted + inserted;
        var overlap = total == 0 ? 0 : 2.0 * equal / total;
        var score = Math.Clamp(group.Score, 0, 1);
        AlignmentKind kind;
        if (deleted == 0 && inserted == 0 && equal > 0)
        {
            kind = AlignmentKind.Verbatim;
            score = 1;
        }
        else if (overlap >= Options.NearVerbatimOverlap)
        {
            kind = AlignmentKind.NearVerbatim;
            score = Math.Max(score, overlap);
        }
        else if (group.Support >= Options.ParaphraseScore)
        {
            kind = AlignmentKind.Paraphrase;
        }
        else
        {
            kind = AlignmentKind.Partial;
        }

        return new SentenceAlignment(sources, targets, Math.Round(score, 4), kind, segments);
    }
}
