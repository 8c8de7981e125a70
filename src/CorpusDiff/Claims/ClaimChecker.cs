using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// Finds divergent claims in a target report against its source and scores how consistent the target is.
/// Immutable and thread-safe; build once from <see cref="ClaimOptions"/> and reuse.
/// </summary>
/// <remarks>
/// Each target sentence is scored by its lexical support (IDF-weighted word and word-pair recall in its
/// best-supporting source sentence); each of its claims is compared with the aligned source sentences first (a
/// contradiction there is a divergence) and then with the whole source (support may sit elsewhere). Divergences
/// lower the sentence's consistency by a factor per severity.
/// </remarks>
public sealed partial class ClaimChecker
{
    /// <summary>Initializes a checker.</summary>
    /// <param name="options">Scoring and decision settings; validated here.</param>
    public ClaimChecker(ClaimOptions options)
    {
        Options = Settings.Checked(options);
    }

    /// <summary>Gets a checker with <see cref="ClaimOptions.Default"/>.</summary>
    public static ClaimChecker Default { get; } = new(ClaimOptions.Default);

    /// <summary>Gets the options this checker was built with.</summary>
    public ClaimOptions Options { get; }

    /// <summary>Gets the extractor that finds the claims compared.</summary>
    public ClaimExtractor Extractor { get; } = ClaimExtractor.Default;

    /// <summary>Returns whether a consistency score counts as consistent under <see cref="ClaimOptions.DecisionThreshold"/>.</summary>
    /// <param name="consistency">A document consistency score.</param>
    /// <returns><see langword="true"/> when the score reaches the threshold.</returns>
    public bool IsConsistent(double consistency) => consistency >= Options.DecisionThreshold;

    /// <summary>Checks every target sentence against its aligned source sentences first, then the whole source.</summary>
    /// <param name="source">The source report.</param>
    /// <param name="target">The report to check.</param>
    /// <param name="alignedSources">For each target sentence (by index), the source sentences aligned to it; <see langword="null"/> when no alignment is known.</param>
    /// <returns>The consistency scores and divergences.</returns>
    public ConsistencyReport Check(Document source, Document target, IReadOnlyList<IReadOnlyList<int>>? alignedSources = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Check(Prepare(source), target, alignedSources);
    }

    /// <summary>
    /// Extracts a source's claims and indexes its words once, for checking many targets against the same source.
    /// </summary>
    /// <param name="source">The source report.</param>
    /// <returns>The prepared source; immutable and thread-safe.</returns>
    public PreparedSource Prepare(Document source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PreparedSource(source, Extractor);
    }

    /// <summary>Checks a target against a source prepared with <see cref="Prepare(Document)"/>.</summary>
    /// <param name="source">The prepared source.</param>
    /// <param name="target">The report to check.</param>
    /// <param name="alignedSources">For each target sentence (by index), the source sentences aligned to it; <see langword="null"/> when no alignment is known.</param>
    /// <returns>The consistency scores and divergences.</returns>
    public ConsistencyReport Check(PreparedSource source, Document target, IReadOnlyList<IReadOnlyList<int>>? alignedSources = null) =>
        Check(source, target, alignedSources, null);

    /// <summary>
    /// Checks a target against a prepared source, taking the aligner's own support scores into account: word overlap
    /// undervalues a paraphrase, so a sentence the aligner matched with score <c>s</c> counts as supported at least to <c>s</c>
    /// before divergence penalties. Divergence detection itself is unchanged.
    /// </summary>
    /// <param name="source">The prepared source.</param>
    /// <param name="target">The report to check.</param>
    /// <param name="alignedSources">For each target sentence (by index), the source sentences aligned to it; <see langword="null"/> when no alignment is known.</param>
    /// <param name="alignedSupport">For each target sentence (by index), the aligner's score in [0, 1] (0 when unaligned); <see langword="null"/> when unknown.</param>
    /// <returns>The consistency scores and divergences.</returns>
    public ConsistencyReport Check(PreparedSource source, Document target, IReadOnlyList<IReadOnlyList<int>>? alignedSources, IReadOnlyList<double>? alignedSupport)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (alignedSources is not null && alignedSources.Count != target.Sentences.Count)
        {
            throw new ArgumentException(
                $"alignedSources has {alignedSources.Count} entries but the target '{target.Id}' has {target.Sentences.Count} sentences.",
                nameof(alignedSources));
        }

        if (alignedSupport is not null && alignedSupport.Count != target.Sentences.Count)
        {
            throw new ArgumentException(
                $"alignedSupport has {alignedSupport.Count} entries but the target '{target.Id}' has {target.Sentences.Count} sentences.",
                nameof(alignedSupport));
        }

        var facts = source.Facts;
        var index = source.Index;
        var targetClaims = Extractor.Extract(target, source.Names);
        var credits = new ReportingCredits(source.Document, target);
        var sourceCount = source.Document.Sentences.Count;

        var sentenceConsistency = new double[target.Sentences.Count];
        var sentenceSupport = new double[target.Sentences.Count];
        var sentencePenalty = new double[target.Sentences.Count];
        var divergences = new List<Divergence>();
        for (var t = 0; t < target.Sentences.Count; t++)
        {
            var sentence = target.Sentences[t];
            var support = index.Support(target.Tokens, sentence.FirstToken, sentence.TokenCount, Options.UnigramWeight);
            var aligned = Aligned(support, alignedSources?[t], sourceCount);
            var best = support.Best;

            sentenceSupport[t] = best;

            var context = new CheckContext(this, facts, index, credits, target, sentence, targetClaims[t], aligned, support, best);
            CheckSentence(context);
            divergences.AddRange(context.Found);

            var penalty = 1.0;
            foreach (var divergence in context.Found)
            {
                penalty *= 1 - Penalty(divergence.Severity);
            }

            sentencePenalty[t] = penalty;
            var consistency = sentence.TokenCount == 0 ? 1.0 : Math.Max(best, Math.Clamp(alignedSupport?[t] ?? 0, 0, 1));
            sentenceConsistency[t] = Math.Clamp(consistency * penalty, 0, 1);
        }

        // The document score has one definition wherever it is asked for (check, compare, eval): the scorer's, from
        // the checker's own measurements, whatever alignment the caller passed in.
        if (target.Tokens.Count == 0)
        {
            return new ConsistencyReport(0, sentenceConsistency, Divergence.Rank(divergences)) { NothingToCheck = true };
        }

        var features = ConsistencyScorer.Measure(source, target, Options.UnigramWeight, sentenceSupport, sentencePenalty, divergences);
        return new ConsistencyReport(ConsistencyScorer.Score(features), sentenceConsistency, Divergence.Rank(divergences)) { Features = features };
    }

    private double Penalty(DivergenceSeverity severity) => severity switch
    {
        DivergenceSeverity.High => Options.HighPenalty,
        DivergenceSeverity.Medium => Options.MediumPenalty,
        _ => Options.LowPenalty,
    };

    private int[] Aligned(SupportScores support, IReadOnlyList<int>? given, int sourceCount)
    {
        if (given is { Count: > 0 })
        {
            foreach (var s in given)
            {
                if (s < 0 || s >= sourceCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(given), s, $"Aligned source sentence {s} is outside the source's {sourceCount} sentences.");
                }
            }

            return [.. given];
        }

        var order = support.Ranked().Take(Options.CandidateSentences).ToArray();
        if (order.Length == 0 || support[order[0]] <= 0)
        {
            return [];
        }

        var best = support[order[0]];
        return [.. order.Where(i => support[i] >= best * Options.CandidateShare)];
    }
}
