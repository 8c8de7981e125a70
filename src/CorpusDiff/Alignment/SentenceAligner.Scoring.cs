using System.Buffers;

namespace CorpusDiff.Alignment;

/// <summary>Scoring: how much of a target sentence's weighted content a set of source sentences supports.</summary>
public sealed partial class SentenceAligner
{
    /// <summary>Finds, for every target sentence, its best-supported group of source sentences (or none).</summary>
    private List<Candidate?> FindCandidates(PairModel model)
    {
        var source = model.Source;
        var target = model.Target;
        var candidates = new List<Candidate?>(target.SentenceCount);
        var ns = source.SentenceCount;
        List<int>? previous = null;
        for (var t = 0; t < target.SentenceCount; t++)
        {
            var terms = target.SentenceTerms[t];
            var total = 0.0;
            foreach (var k in terms)
            {
                total += model.TargetWeight[k];
            }

            // A copied sentence is the strongest evidence there is, however short or generic its words.
            var signature = TermProfile.Signature(target.Document, target.Document.Sentences[t]);
            if (signature.Length > 0 && source.Copies.TryGetValue(signature, out var copies))
            {
                var nearest = copies.MinBy(s => previous is null ? s : previous.Min(p => Math.Abs(p - s)));
                var copy = new Candidate { Sources = [nearest], Targets = [t], Score = 1, Anchored = true, Matched = Math.Max(total, 1), Total = Math.Max(total, 1) };
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
            var match = ArrayPool<float>.Shared.Rent(ns * width);
            var touched = ArrayPool<bool>.Shared.Rent(ns);
            try
            {
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

                var scorer = new GroupScorer(model, terms, total, match, width);
                var best = -1;
                var bestValue = 0.0;
                for (var s = 0; s < ns; s++)
                {
                    if (!touched[s])
                    {
                        continue;
                    }

                    var value = scorer.Support(s) + (Near(previous, s, 2) ? 0.02 : 0);
                    if (value > bestValue + 1e-9)
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
                Merge(scorer, group, touched, ns);
                var candidate = new Candidate
                {
                    Sources = group,
                    Targets = [t],
                    Score = scorer.Support(group),
                    SpecificMatches = scorer.Specific(group, out var numbers),
                    Matched = scorer.Support(group) * total,
                    Total = total,
                };
                candidate.Anchored = candidate.SpecificMatches >= Options.MinSpecificTerms || (numbers > 0 && candidate.SpecificMatches >= 1);
                for (var s = 0; s < ns; s++)
                {
                    if (touched[s] && !Near(group, s, 1))
                    {
                        candidate.Rival = Math.Max(candidate.Rival, scorer.Support(s));
                    }
                }

                candidates.Add(candidate);
                previous = group;
            }
            finally
            {
                ArrayPool<float>.Shared.Return(match);
                ArrayPool<bool>.Shared.Return(touched);
            }
        }

        return candidates;
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
    private readonly struct GroupScorer(PairModel model, int[] terms, double total, float[] match, int width)
    {
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

        /// <summary>Support of the group plus one more sentence (<paramref name="extra"/> = -1 for none): each term counts its best match.</summary>
        public double SupportWith(List<int> group, int extra)
        {
            var sum = 0.0;
            for (var i = 0; i < width; i++)
            {
                var best = extra >= 0 ? match[(extra * width) + i] : 0f;
                foreach (var s in group)
                {
                    best = Math.Max(best, match[(s * width) + i]);
                }

                sum += model.TargetWeight[terms[i]] * best;
            }

            return sum / total;
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
                if (!model.TargetSpecific[k] || model.Target.IsTitle[k])
                {
                    continue;
                }

                var best = extra >= 0 ? match[(extra * width) + i] : 0f;
                foreach (var s in group)
                {
                    best = Math.Max(best, match[(s * width) + i]);
                }

                if (best >= 0.7f)
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
