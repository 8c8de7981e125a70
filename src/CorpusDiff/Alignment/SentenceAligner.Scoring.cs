namespace CorpusDiff.Alignment;

/// <summary>
/// Scoring: how much of a target sentence's weighted content a set of source sentences supports, blended with the
/// symmetric word and character n-gram cosine of the two.
/// </summary>
public sealed partial class SentenceAligner
{
    /// <summary>How many source sentences, the best by their words, are scored in full for each target sentence.</summary>
    internal const int CandidatePool = 8;

    /// <summary>The bonus of a source sentence within two of the previous target sentence's group (reading order).</summary>
    private const double VicinityBonus = 0.02;

    /// <summary>Finds, for every target sentence, its best-supported group of source sentences (or none).</summary>
    private List<Candidate?> FindCandidates(PairModel model)
    {
        var source = model.Source;
        var target = model.Target;
        var candidates = new List<Candidate?>(target.SentenceCount);
        var ns = source.SentenceCount;
        var vectors = new PairVectors(model);
        List<int>? previous = null;

        // The scratch is as long as the source times the widest target sentence's terms: allocated once per alignment
        // and dropped with it. Rented per target sentence from the shared pool, every size class it touched stayed in
        // the pool for the rest of the process (hundreds of megabytes for a 100 MB source).
        var widest = 0;
        for (var t = 0; t < target.SentenceCount; t++)
        {
            widest = Math.Max(widest, target.SentenceTerms[t].Length);
        }

        float[]? matchScratch = null;
        bool[]? touchedScratch = null;
        int[]? rankedScratch = null;
        for (var t = 0; t < target.SentenceCount; t++)
        {
            var terms = target.SentenceTerms[t];
            var total = 0.0;
            foreach (var k in terms)
            {
                total += model.TargetWeight[k];
            }

            // A copied sentence is the strongest evidence there is, however short or generic its words.
            if (source.CopiesOf(target.Document, target.Document.Sentences[t]) is { } copies)
            {
                var nearest = copies.MinBy(s => Distance(s, previous));
                var copy = new Candidate { Sources = [nearest], Targets = [t], Score = 1, Support = 1, Anchored = true, Matched = Math.Max(total, 1), Total = Math.Max(total, 1) };
                copy.SpecificMatches = terms.Count(k => model.TargetSpecific[k]);
                candidates.Add(copy);
                previous = copy.Sources;
                continue;
            }

            if (terms.Length == 0 || total <= 0 || ns == 0)
            {
                candidates.Add(null);
                continue;
            }

            // match[s * K + i]: how well source sentence s matches the target sentence's i-th term (0 when absent).
            var width = terms.Length;
            var match = matchScratch ??= new float[ns * widest];
            var touched = touchedScratch ??= new bool[ns];
            Array.Clear(match, 0, ns * width);
            Array.Clear(touched, 0, ns);
            for (var i = 0; i < width; i++)
            {
                foreach (var (alias, sim) in model.Aliases[terms[i]])
                {
                    foreach (var s in source.Postings[alias])
                    {
                        ref var cell = ref match[(s * width) + i];
                        if (sim > cell)
                        {
                            cell = sim;
                        }

                        touched[s] = true;
                    }
                }
            }

            MatchCountedLists(model, t, match, width);
            var scorer = new GroupScorer(model, terms, target.SentencePositions[t], total, match, width);
            var pool = Pool(vectors, scorer, t, touched, rankedScratch ??= new int[ns], previous);
            var (gramIds, gramWeights, gramNorm) = vectors.TargetGrams(t);
            var wordNormSquared = vectors.TargetWordNormSquared(t);
            var best = -1;
            var bestValue = 0.0;
            var single = new double[pool.Count];
            for (var p = 0; p < pool.Count; p++)
            {
                var s = pool[p];
                single[p] = Score(vectors, scorer, s, gramIds, gramWeights, gramNorm, wordNormSquared);
                var value = single[p] + (Near(previous, s, 2) ? VicinityBonus : 0);
                if (value > bestValue + 1e-9 || (Math.Abs(value - bestValue) <= 1e-9 && best >= 0 && s < best))
                {
                    best = s;
                    bestValue = value;
                }
            }

            if (best < 0)
            {
                candidates.Add(null);
                continue;
            }

            var group = new List<int> { best };
            Merge(model, t, scorer, group, touched, ns);
            var score = Score(vectors, scorer, group, gramIds, gramWeights, gramNorm, wordNormSquared);
            var candidate = new Candidate
            {
                Sources = group,
                Targets = [t],
                Score = score,
                Support = scorer.Support(group),
                SpecificMatches = scorer.Specific(group, out _),
                Matched = score * total,
                Total = total,
            };
            // A day both sentences name is one more piece of evidence, read only when it could decide.
            var anchors = scorer.Anchors(group, out var numbers);
            bool Enough(int count) => count >= Options.MinSpecificTerms || (numbers > 0 && count >= 1);
            candidate.Anchored = Enough(anchors) || (Enough(anchors + 1) && DatedVerbs.SharesDay(model, t, group))
                || (score >= Options.LowScore && SharesPhrase(model, t, group));
            for (var p = 0; p < pool.Count; p++)
            {
                if (!Near(group, pool[p], 1) && !scorer.Restates(group, pool[p]))
                {
                    candidate.Rival = Math.Max(candidate.Rival, single[p]);
                }
            }

            candidates.Add(candidate);
            previous = group;
        }

        return candidates;
    }

    /// <summary>
    /// A count followed by a noun (<c>five centers</c>) matches, as a paraphrase, a source sentence that has the noun and
    /// a list of that many items (<c>center for economy, finance, trade, shipping and sci-tech innovation</c>).
    /// </summary>
    private static void MatchCountedLists(PairModel model, int t, float[] match, int width)
    {
        var terms = model.Target.SentenceTerms[t];
        var positions = model.Target.SentencePositions[t];
        for (var i = 0; i + 1 < width; i++)
        {
            if (positions[i + 1] != positions[i] + 1)
            {
                continue;
            }

            var count = Language.NewsParaphrases.NumberValue(model.Target.Terms[terms[i]]);
            if (count is < Enumerations.MinItems or > Enumerations.MaxItems)
            {
                continue;
            }

            for (var s = 0; s < model.Source.SentenceCount; s++)
            {
                if (match[(s * width) + i + 1] >= PairModel.AliasMatch && match[(s * width) + i] < PairModel.SynonymMatch
                    && Enumerations.HasList(model.Source.Document, model.Source.Document.Sentences[s], count))
                {
                    match[(s * width) + i] = PairModel.SynonymMatch;
                }
            }
        }
    }

    /// <summary>
    /// Picks the source sentences worth scoring in full for one target sentence: the <see cref="CandidatePool"/> best by
    /// their words (support and word cosine), in ascending order. Character n-gram vectors are compared only with these,
    /// so a long source costs a fixed number of vector products per target sentence, not one per source sentence.
    /// </summary>
    /// <remarks>
    /// <paramref name="rankedAt"/> is scratch as long as the source: for a sentence added to the ranking, where it
    /// stands there. A copy's first sentence has the same words, so it was touched and ranked before the copy.
    /// </remarks>
    private List<int> Pool(PairVectors vectors, GroupScorer scorer, int t, bool[] touched, int[] rankedAt, List<int>? previous)
    {
        var ns = rankedAt.Length;
        var wordNormSquared = vectors.TargetWordNormSquared(t);
        var copyClass = vectors.Model.Source.CopyClass;
        var ranked = new List<(double Value, int S)>();
        for (var s = 0; s < ns; s++)
        {
            if (!touched[s])
            {
                continue;
            }

            // Copies of one sentence score alike: the copy nearest the previous alignment stands for all of them, so a
            // source that repeats itself still offers distinct sentences, and a copy is never the rival of itself.
            var first = copyClass[s];
            if (first != s && touched[first])
            {
                var at = rankedAt[first];
                if (Distance(s, previous) < Distance(ranked[at].S, previous))
                {
                    ranked[at] = (ranked[at].Value, s);
                }

                continue;
            }

            var value = Blend(scorer.Support(s), scorer.WordCosine(vectors, s, wordNormSquared), 0);
            rankedAt[s] = ranked.Count;
            ranked.Add((value, s));
        }

        if (ranked.Count > CandidatePool)
        {
            ranked.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.S.CompareTo(b.S));
            ranked.RemoveRange(CandidatePool, ranked.Count - CandidatePool);
        }

        var pool = ranked.Select(r => r.S).ToList();
        pool.Sort();
        return pool;
    }

    /// <summary>How far a source sentence is from the previous alignment (its index when there is none yet).</summary>
    private static int Distance(int s, List<int>? previous) => previous is null ? s : previous.Min(p => Math.Abs(p - s));

    /// <summary>The aligner's score of a group for one target sentence: support blended with the symmetric similarity.</summary>
    private double Score(PairVectors vectors, GroupScorer scorer, List<int> group, int[] gramIds, double[] gramWeights, double gramNorm, double wordNormSquared)
    {
        double gramCosine = 0;
        if (gramNorm > 0)
        {
            double dot = 0;
            foreach (var s in group)
            {
                dot += vectors.GramDot(gramIds, gramWeights, s);
            }

            var groupNorm = Math.Sqrt(vectors.GroupGramNormSquared(group));
            gramCosine = groupNorm > 0 ? Math.Clamp(dot / (gramNorm * groupNorm), 0, 1) : 0;
        }

        return Blend(scorer.Support(group), scorer.WordCosine(vectors, group, wordNormSquared), gramCosine);
    }

    /// <summary>The score of one source sentence (the common case, without a group to build).</summary>
    private double Score(PairVectors vectors, GroupScorer scorer, int s, int[] gramIds, double[] gramWeights, double gramNorm, double wordNormSquared)
    {
        var sourceNorm = vectors.SourceGramNorm(s);
        var gramCosine = gramNorm > 0 && sourceNorm > 0 ? Math.Clamp(vectors.GramDot(gramIds, gramWeights, s) / (gramNorm * sourceNorm), 0, 1) : 0;
        return Blend(scorer.Support(s), scorer.WordCosine(vectors, s, wordNormSquared), gramCosine);
    }

    /// <summary>
    /// Blends the target-share support with the symmetric similarity (word cosine and character n-gram cosine, weighted
    /// by <see cref="AlignerOptions.CharWeight"/>) by <see cref="AlignerOptions.SymmetricWeight"/>.
    /// </summary>
    private double Blend(double support, double wordCosine, double gramCosine)
    {
        var symmetric = ((1 - Options.CharWeight) * wordCosine) + (Options.CharWeight * gramCosine);
        return ((1 - Options.SymmetricWeight) * support) + (Options.SymmetricWeight * symmetric);
    }

    private static bool Near(List<int>? group, int s, int window)
    {
        if (group is null)
        {
            return false;
        }

        foreach (var g in group)
        {
            if (Math.Abs(g - s) <= window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scores groups of source sentences against one target sentence's term matches.</summary>
    private readonly struct GroupScorer(PairModel model, int[] terms, int[] positions, double total, float[] match, int width)
    {
        /// <summary>
        /// Counts the independent pieces of specific evidence the group matches: a phrase of adjacent specific terms
        /// (<c>Yangtze River Delta</c>, <c>pilot free trade zones</c>) is one fact, however many words it has; a
        /// number is always one of its own. Returns how many of them are numbers.
        /// </summary>
        public int Anchors(List<int> group, out int numbers) => AnchorsWith(group, -1, out numbers);

        /// <summary>Counts the group's pieces of specific evidence with one more sentence (<paramref name="extra"/> = -1 for none).</summary>
        public int AnchorsWith(List<int> group, int extra, out int numbers)
        {
            var count = 0;
            numbers = 0;
            var last = -2;
            for (var i = 0; i < width; i++)
            {
                var k = terms[i];
                var best = SpecificMatch(group, extra, i);
                if (best < 0)
                {
                    continue;
                }

                if (best < PairModel.AliasMatch)
                {
                    continue;
                }

                if (model.Target.IsNumber[k])
                {
                    numbers++;
                    count++;
                    last = -2;
                    continue;
                }

                if (positions[i] - last > 1)
                {
                    count++;
                }

                last = positions[i];
            }

            return count;
        }

        public double Support(int s)
        {
            var sum = 0.0;
            var row = s * width;
            for (var i = 0; i < width; i++)
            {
                sum += model.TargetWeight[terms[i]] * match[row + i];
            }

            return sum / total;
        }

        public double Support(List<int> group) => SupportWith(group, -1);

        /// <summary>Cosine of the target sentence's term vector with one source sentence's.</summary>
        public double WordCosine(PairVectors vectors, int s, double targetNormSquared)
        {
            var sourceNorm = vectors.SourceWordNorm(s);
            if (targetNormSquared <= 0 || sourceNorm <= 0)
            {
                return 0;
            }

            double dot = 0;
            var row = s * width;
            for (var i = 0; i < width; i++)
            {
                var w = model.TargetWeight[terms[i]];
                dot += w * w * match[row + i];
            }

            return Math.Clamp(dot / (Math.Sqrt(targetNormSquared) * sourceNorm), 0, 1);
        }

        /// <summary>
        /// Cosine of the target sentence's term vector with the group's (the union of its sentences' terms), weighted by
        /// the pair's IDF. A soft-matched term counts its match strength.
        /// </summary>
        public double WordCosine(PairVectors vectors, List<int> group, double targetNormSquared)
        {
            if (targetNormSquared <= 0)
            {
                return 0;
            }

            double dot = 0;
            for (var i = 0; i < width; i++)
            {
                var best = 0f;
                foreach (var s in group)
                {
                    best = Math.Max(best, match[(s * width) + i]);
                }

                var w = model.TargetWeight[terms[i]];
                dot += w * w * best;
            }

            double sourceNormSquared;
            if (group.Count == 1)
            {
                var norm = vectors.SourceWordNorm(group[0]);
                sourceNormSquared = norm * norm;
            }
            else
            {
                var union = new HashSet<int>();
                sourceNormSquared = 0;
                foreach (var s in group)
                {
                    foreach (var j in model.Source.SentenceTerms[s])
                    {
                        if (union.Add(j))
                        {
                            sourceNormSquared += model.SourceWeight[j] * model.SourceWeight[j];
                        }
                    }
                }
            }

            return sourceNormSquared > 0 ? Math.Clamp(dot / Math.Sqrt(targetNormSquared * sourceNormSquared), 0, 1) : 0;
        }

        /// <summary>
        /// How many of the target's terms <paramref name="extra"/> matches better than every sentence of the group, and
        /// how many of those are names or numbers.
        /// </summary>
        public int NewTerms(List<int> group, int extra, out int namesOrNumbers)
        {
            var count = 0;
            namesOrNumbers = 0;
            for (var i = 0; i < width; i++)
            {
                if (match[(extra * width) + i] > BestMatch(group, -1, i))
                {
                    count++;
                    var k = terms[i];
                    if (model.Target.IsProper[k] || model.Target.IsNumber[k])
                    {
                        namesOrNumbers++;
                    }
                }
            }

            return count;
        }

        /// <summary>Support of the group plus one more sentence (<paramref name="extra"/> = -1 for none): each term counts its best match.</summary>
        public double SupportWith(List<int> group, int extra)
        {
            var sum = 0.0;
            for (var i = 0; i < width; i++)
            {
                sum += model.TargetWeight[terms[i]] * BestMatch(group, extra, i);
            }

            return sum / total;
        }

        /// <summary>
        /// Whether source sentence <paramref name="s"/> matches no term of the target better than the group does: a
        /// sentence that only restates what the group supports (a story's lead and the paragraph that details it).
        /// </summary>
        public bool Restates(List<int> group, int s)
        {
            for (var i = 0; i < width; i++)
            {
                if (match[(s * width) + i] > BestMatch(group, -1, i))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The best match of the group (with <paramref name="extra"/>, or -1 for none) to target term <paramref name="i"/>.</summary>
        private float BestMatch(List<int> group, int extra, int i)
        {
            var best = extra >= 0 ? match[(extra * width) + i] : 0f;
            foreach (var s in group)
            {
                best = Math.Max(best, match[(s * width) + i]);
            }

            return best;
        }

        /// <summary>
        /// The best match of the group (with <paramref name="extra"/>, or -1 for none) to target term <paramref name="i"/>
        /// when that term is specific evidence; -1 for a generic or title word, which never counts.
        /// </summary>
        private float SpecificMatch(List<int> group, int extra, int i)
        {
            var k = terms[i];
            if (!model.TargetSpecific[k] || model.Target.IsTitle[k])
            {
                return -1f;
            }

            return BestMatch(group, extra, i);
        }

        /// <summary>Counts the specific terms the group matches well, and among them the numbers.</summary>
        public int Specific(List<int> group, out int numbers) => SpecificWith(group, -1, out numbers);

        public int SpecificWith(List<int> group, int extra, out int numbers)
        {
            var count = 0;
            numbers = 0;
            for (var i = 0; i < width; i++)
            {
                var k = terms[i];
                var best = SpecificMatch(group, extra, i);
                if (best < 0)
                {
                    continue;
                }

                if (best >= PairModel.AliasMatch)
                {
                    count++;
                    if (model.Target.IsNumber[k])
                    {
                        numbers++;
                    }
                }
            }

            return count;
        }
    }
}
