namespace CorpusDiff.Alignment;

/// <summary>
/// The aligner's answer for one pair, as a narrow immutable value: the aligned groups (kinds decided by the aligner),
/// what it found for each target sentence, how much of each source sentence the aligned target covers, and the pair's
/// term-vector cosine. Its term model stays inside; a comparer reads these facts and nothing else.
/// </summary>
internal sealed class AlignmentEvidence
{
    private readonly PairModel model;

    internal AlignmentEvidence(PairModel model, IReadOnlyList<SentenceAlignment> alignments, IReadOnlyList<TargetEvidence> targets)
    {
        this.model = model;
        Alignments = alignments;
        Targets = targets;
        SourceCoverage = CoverageOf(model, alignments);
        TermCosine = CosineOf(model);
    }

    /// <summary>Gets the aligned groups, ordered by their first target sentence.</summary>
    public IReadOnlyList<SentenceAlignment> Alignments { get; }

    /// <summary>Gets, for each target sentence by index, what the aligner found for it.</summary>
    public IReadOnlyList<TargetEvidence> Targets { get; }

    /// <summary>Gets, for each source sentence by index, the share of its weighted content the target sentences aligned to it match (0 when none).</summary>
    public IReadOnlyList<double> SourceCoverage { get; }

    /// <summary>Gets the cosine of the two reports' content-term vectors (sentence frequency times the pair's IDF weight), in [0, 1].</summary>
    public double TermCosine { get; }

    /// <summary>
    /// Returns how much of an aligned target sentence's weighted content its sources support, in [0, 1]: the share the
    /// coverage and the claim check count (an alignment's <see cref="SentenceAlignment.Score"/> also weighs the symmetric
    /// similarity, which is how the aligner ranks and accepts groups, not how much of the sentence is backed). Copied
    /// text counts its word overlap.
    /// </summary>
    /// <param name="alignment">An alignment of this evidence.</param>
    /// <param name="target">One of its target sentences.</param>
    /// <returns>The support.</returns>
    public double SupportOf(SentenceAlignment alignment, int target)
    {
        var support = Targets[target].Score;
        return alignment.Kind is AlignmentKind.Verbatim or AlignmentKind.NearVerbatim ? Math.Max(alignment.Score, support) : support;
    }

    /// <summary>
    /// Returns the evidence as it stands when the reports are known to describe different events: copied text stays
    /// (verbatim, near-verbatim), and nothing looser is aligned, because a sentence that reads like a paraphrase in a
    /// report of another event is the same kind of fact about another occasion, and no alignment is better than that.
    /// Nor is a near-verbatim sentence whose numbers or days its source does not give: <c>Around 600 firefighters … on Monday</c>
    /// against <c>Around 450 firefighters … on Friday</c> is the agency's template filled in for another occasion, not
    /// copied text.
    /// </summary>
    public AlignmentEvidence ForOtherEvent()
    {
        var kept = Alignments.Where(a => a.Kind == AlignmentKind.Verbatim || (a.Kind == AlignmentKind.NearVerbatim && NumbersGiven(a))).ToArray();
        return kept.Length == Alignments.Count ? this : new AlignmentEvidence(model, kept, Targets);
    }

    /// <summary>Whether every number (in digits or words) and weekday of the alignment's target sentences has a match in its source sentences.</summary>
    private bool NumbersGiven(SentenceAlignment alignment)
    {
        foreach (var t in alignment.Target)
        {
            foreach (var k in model.Target.SentenceTerms[t])
            {
                var term = model.Target.Terms[k];
                var fact = model.Target.IsNumber[k] || Language.NewsParaphrases.NumberValue(term) > 0 || Language.English.Weekdays.ContainsKey(term);
                if (fact && !Matched(k, alignment.Source))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether target term <paramref name="k"/> matches a term of one of <paramref name="sources"/>.</summary>
    private bool Matched(int k, IReadOnlyList<int> sources)
    {
        foreach (var (alias, sim) in model.Aliases[k])
        {
            if (sim >= PairModel.AliasMatch)
            {
                foreach (var s in sources)
                {
                    if (Array.IndexOf(model.Source.SentenceTerms[s], alias) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static double[] CoverageOf(PairModel model, IReadOnlyList<SentenceAlignment> alignments)
    {
        var covered = new double[model.Source.SentenceCount];
        var matched = new HashSet<int>();
        foreach (var alignment in alignments)
        {
            matched.Clear();
            foreach (var t in alignment.Target)
            {
                foreach (var k in model.Target.SentenceTerms[t])
                {
                    foreach (var (alias, sim) in model.Aliases[k])
                    {
                        if (sim >= PairModel.AliasMatch)
                        {
                            matched.Add(alias);
                        }
                    }
                }
            }

            foreach (var s in alignment.Source)
            {
                double all = 0, hit = 0;
                foreach (var j in model.Source.SentenceTerms[s])
                {
                    all += model.SourceWeight[j];
                    if (matched.Contains(j))
                    {
                        hit += model.SourceWeight[j];
                    }
                }

                covered[s] = Math.Max(covered[s], all > 0 ? hit / all : 0);
            }
        }

        return covered;
    }

    /// <summary>TF-IDF cosine over content terms: sentence frequency stands in for term frequency (news repeats a term across sentences, rarely within one).</summary>
    private static double CosineOf(PairModel model)
    {
        double dot = 0, targetNorm = 0, sourceNorm = 0;
        for (var k = 0; k < model.Target.Terms.Count; k++)
        {
            var w = model.Target.Postings[k].Length * model.TargetWeight[k];
            targetNorm += w * w;
            var j = model.Source.Lookup(model.Target.Terms[k]);
            if (j >= 0)
            {
                dot += w * model.Source.Postings[j].Length * model.SourceWeight[j];
            }
        }

        for (var j = 0; j < model.Source.Terms.Count; j++)
        {
            var w = model.Source.Postings[j].Length * model.SourceWeight[j];
            sourceNorm += w * w;
        }

        return targetNorm > 0 && sourceNorm > 0 ? Math.Clamp(dot / Math.Sqrt(targetNorm * sourceNorm), 0, 1) : 0;
    }
}
