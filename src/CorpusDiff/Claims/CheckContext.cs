using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>The state of checking one target sentence: its claims, the source sentences aligned to it, and what was found.</summary>
internal sealed class CheckContext(
    ClaimChecker checker,
    SourceFacts source,
    LexicalIndex index,
    Document target,
    Sentence sentence,
    IReadOnlyList<Claim> claims,
    int[] aligned,
    double[] support,
    double best)
{
    public ClaimChecker Checker { get; } = checker;

    public ClaimOptions Options => Checker.Options;

    public SourceFacts Source { get; } = source;

    public LexicalIndex Index { get; } = index;

    public Document Target { get; } = target;

    public Sentence Sentence { get; } = sentence;

    public IReadOnlyList<Claim> Claims { get; } = claims;

    /// <summary>Gets the aligned source sentences, best first.</summary>
    public int[] Aligned { get; } = aligned;

    public double[] Support { get; } = support;

    public double BestSupport { get; } = best;

    public List<Divergence> Found { get; } = [];

    /// <summary>Gets the aligned sentences that share enough words with the target sentence for paired comparisons.</summary>
    public IEnumerable<int> Paired => Aligned.Where(s => Support[s] >= Options.PairingSupport);

    public IEnumerable<Claim> AlignedClaims(ClaimKind kind) =>
        Aligned.SelectMany(s => Source.Claims[s]).Where(c => c.Kind == kind);

    public IEnumerable<Claim> PairedClaims(ClaimKind kind) =>
        Paired.SelectMany(s => Source.Claims[s]).Where(c => c.Kind == kind);

    public void Add(DivergenceKind kind, Claim claim, Claim? sourceClaim, DivergenceSeverity severity, string message) =>
        Add(kind, claim.Span, sourceClaim?.Span, sourceClaim is null ? Aligned : [sourceClaim.Sentence], severity, message);

    public void Add(DivergenceKind kind, TextSpan targetSpan, TextSpan? sourceSpan, IReadOnlyList<int> sourceSentences, DivergenceSeverity severity, string message)
    {
        foreach (var existing in Found)
        {
            // One divergence per words: a number inside a date or a name inside an attribution is reported once.
            if (existing.TargetSpan.Start < targetSpan.End && targetSpan.Start < existing.TargetSpan.End && existing.Kind == kind
                && existing.TargetSpan != Sentence.Span)
            {
                return;
            }
        }

        Found.Add(new Divergence(kind, Sentence.Index, sourceSentences, targetSpan, sourceSpan, severity, message));
    }

    /// <summary>The normalized words of the target sentence.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (var t = Sentence.FirstToken; t < Sentence.FirstToken + Sentence.TokenCount; t++)
            {
                yield return Target.Tokens[t].Text;
            }
        }
    }

    public Token TargetToken(int k) => Target.Tokens[Sentence.FirstToken + k];

    public string SourceText(Claim claim) => claim.Text;
}
