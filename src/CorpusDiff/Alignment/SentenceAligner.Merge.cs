namespace CorpusDiff.Alignment;

/// <summary>Merging: 1:n fusion while aligning, n:1 splits and vicinity acceptance afterwards.</summary>
public sealed partial class SentenceAligner
{
    /// <summary>
    /// The least support a source sentence needs on its own to be fused into a group: it must carry a fifth of the
    /// target sentence's weighted content (0.25 lost fusion partners a reader accepts; see docs/accuracy.md).
    /// </summary>
    private const double FusedMinSupport = 0.2;

    /// <summary>
    /// The new pieces of specific evidence a neighbour under <see cref="FusedMinSupport"/> must bring to join a group:
    /// one stray shared word ("instead", "union") fused wrong partners (see docs/accuracy.md, "Word meaning").
    /// </summary>
    private const int NeighbourNewAnchors = 2;

    /// <summary>The words a neighbour bringing no specific evidence must newly match to join a group.</summary>
    private const int NeighbourNewTerms = 2;

    /// <summary>
    /// Greedy 1:n fusion: keeps adding the source sentence that raises the target's support most, as long as the
    /// gain is large enough (a neighbour needs less than a distant sentence) and the added sentence brings at least
    /// one specific term of its own, so fusions are driven by content, not by shared generic words.
    /// </summary>
    private void Merge(PairModel model, int t, GroupScorer scorer, List<int> group, bool[] touched, int ns)
    {
        List<(int[] Verb, int[] Name)>? relations = null;
        List<(DateOnly Day, bool Weekday, bool Month, int[] Verb)>? dated = null;
        bool StatesNewDatedVerb(int s) => DatedVerbs.StatesNew(model, dated ??= DatedVerbs.Of(model, t), group, s);
        bool StatesNewFact(int s) => Relations.StatesNew(model, relations ??= Relations.Of(model, t), group, s) || StatesNewDatedVerb(s);

        // Sentences fused only for a relation they state: they vouch for no neighbour of theirs (the sentence before
        // the visit is not part of what the target says about it).
        List<int>? byRelation = null;
        var vouching = group;
        while (group.Count < Options.MaxSourcesPerTarget)
        {
            var current = scorer.Support(group);
            var currentAnchors = scorer.Anchors(group, out _);
            var best = -1;
            var bestGain = 0.0;
            var bestByRelation = false;
            for (var s = 0; s < ns; s++)
            {
                if (!touched[s] || group.Contains(s))
                {
                    continue;
                }

                // A gain of zero is worth a look only for a fact the group does not state (a dated verb adds no term).
                var gain = scorer.SupportWith(group, s) - current;
                if (gain < bestGain || (best >= 0 && gain <= bestGain))
                {
                    continue;
                }

                // A distant sentence that states a relation of the target the group does not reports that fact, though
                // every word of it is already matched and it adds little support: a verb–name relation ("visited the
                // Shanghai Futures Exchange" where the group only says what the exchange should do) or a dated verb
                // ("Wednesday ... visited" where the group reports the visits of Tuesday).
                var near = Near(vouching, s, 1);
                bool? stated = null;
                bool Relation() => stated ??= !near && StatesNewFact(s);
                int? added = null;
                int Added() => added ??= scorer.AnchorsWith(group, s, out _) - currentAnchors;

                // A neighbour may state when the target's verb happened and nothing else it lacks ("The unit shut in
                // July" after the sentence on the closure): dates are no terms, so only the dated verb shows it, and
                // such a neighbour joins whatever it adds.
                if (!near || !StatesNewDatedVerb(s))
                {
                    if (gain < Options.NeighbourMergeGain && !Relation())
                    {
                        continue;
                    }

                    // A neighbour carrying less than a fifth of a long sentence on its own still joins when it brings
                    // two pieces of specific evidence the group lacks: a summary sentence fusing two source sentences
                    // gains little from the second, however clearly it restates it ("shut ... within three years" after
                    // the damage sentence). One stray shared word ("instead", "union") is not enough.
                    if (scorer.Support(s) < FusedMinSupport
                        && (near ? Added() < NeighbourNewAnchors : !Relation()))
                    {
                        continue;
                    }

                    // A neighbour that brings no name or number must match more than one more word: one general word
                    // it lends (a by-election's "candidate" from the sentence before the votes) is no part of what the
                    // target restates, nor is one word rare in the story but used in another sense ("the software that
                    // handles flight plans" beside "the aircraft they could handle"). Requiring specific evidence of
                    // every neighbour instead loses seed fusions of general words.
                    if (near && scorer.NewTerms(group, s, out var newFacts) < NeighbourNewTerms && (Added() == 0 || newFacts == 0))
                    {
                        continue;
                    }
                }

                // A fused sentence must carry part of the target on its own, not lend it one stray word. A neighbour is
                // vouched for by reading order. A distant one must bring specific evidence of its own, not the rest of a
                // phrase the group already matches: one new piece and a large gain, or two (a long sentence fusing
                // several sources gains little from each, however specific), or a relation.
                var relation = false;
                if (!near)
                {
                    if (Added() < 1 || (Added() < 2 && gain < Options.DistantMergeGain) || scorer.Support(s) < FusedMinSupport)
                    {
                        if (!Relation())
                        {
                            continue;
                        }

                        relation = true;
                    }
                }

                best = s;
                bestGain = gain;
                bestByRelation = relation;
            }

            if (best < 0)
            {
                return;
            }

            group.Add(best);
            if (bestByRelation)
            {
                (byRelation ??= []).Add(best);
                vouching = [.. group.Except(byRelation)];
            }
            else if (byRelation is not null)
            {
                vouching.Add(best);
            }
        }
    }

    /// <summary>
    /// Keeps groups that reach <see cref="AlignerOptions.MinScore"/> on specific evidence, groups that reach only
    /// <see cref="AlignerOptions.LowScore"/> but beat every source sentence away from them by
    /// <see cref="AlignerOptions.RivalMargin"/> (the relative margin MASSAlign and Vecalign use: a paraphrase carrying
    /// words the source lacks is still clearly best where it is; not a sentence that names only what the source never
    /// names, <see cref="PairModel.NamesOnlyTheUnknown"/>, whose best match rests on words any story of its kind shares), and groups that reach
    /// <see cref="AlignerOptions.VicinityMinScore"/> next to such an anchored group (MASSAlign's vicinity): "promoting
    /// high-quality development" is accepted between two sentences that align on names and facts, and rejected in a
    /// report about something else.
    /// </summary>
    private void Accept(PairModel model, List<Candidate?> candidates)
    {
        for (var t = 0; t < candidates.Count; t++)
        {
            if (candidates[t] is { } c)
            {
                c.Accepted = c.Anchored && (c.Score >= Options.MinScore
                    || (c.Score >= Options.LowScore && c.Score >= c.Rival * (1 + Options.RivalMargin) && !model.NamesOnlyTheUnknown(t)));
            }
        }

        var window = Options.VicinityWindow;
        for (var t = 0; t < candidates.Count; t++)
        {
            var c = candidates[t];
            if (c is null || c.Accepted || c.Score < Options.VicinityMinScore)
            {
                continue;
            }

            for (var u = Math.Max(0, t - 2); u <= Math.Min(candidates.Count - 1, t + 2) && !c.Accepted; u++)
            {
                var anchor = candidates[u];
                if (u == t || anchor is null || !anchor.Accepted || !anchor.Anchored)
                {
                    continue;
                }

                foreach (var s in c.Sources)
                {
                    if (Near(anchor.Sources, s, window))
                    {
                        c.Accepted = true;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Joins consecutive target sentences supported by the same source sentences into one n:1 group.</summary>
    private static List<Candidate> GroupSplits(List<Candidate?> candidates)
    {
        var groups = new List<Candidate>();
        Candidate? open = null;
        foreach (var c in candidates)
        {
            if (c is null || !c.Accepted)
            {
                open = null;
                continue;
            }

            if (open is not null && open.Sources.Count == c.Sources.Count && !open.Sources.Except(c.Sources).Any())
            {
                open.Targets.AddRange(c.Targets);
                open.Support = ((open.Support * open.Total) + (c.Support * c.Total)) / (open.Total + c.Total);
                open.Matched += c.Matched;
                open.Total += c.Total;
                open.Score = open.Matched / open.Total;
                open.SpecificMatches += c.SpecificMatches;
                open.Anchored |= c.Anchored;
                continue;
            }

            open = new Candidate
            {
                Sources = [.. c.Sources],
                Targets = [.. c.Targets],
                Score = c.Score,
                Support = c.Support,
                SpecificMatches = c.SpecificMatches,
                Anchored = c.Anchored,
                Accepted = true,
                Matched = c.Matched,
                Total = c.Total,
            };
            groups.Add(open);
        }

        return groups;
    }
}
