using System.Globalization;
using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// The state of checking one target sentence: its claims, the source sentences aligned to it, the contradictions
/// found and the new facts it adds (reported together, once per sentence, by <see cref="ClaimChecker"/>).
/// </summary>
internal sealed class CheckContext(
    ClaimChecker checker,
    SourceFacts source,
    LexicalIndex index,
    ReportingCredits credits,
    Document target,
    Sentence sentence,
    IReadOnlyList<Claim> claims,
    int[] aligned,
    SupportScores support,
    double best)
{
    public ClaimChecker Checker { get; } = checker;

    public ClaimOptions Options => Checker.Options;

    public SourceFacts Source { get; } = source;

    public LexicalIndex Index { get; } = index;

    public ReportingCredits Credits { get; } = credits;

    public Document Target { get; } = target;

    public Sentence Sentence { get; } = sentence;

    public IReadOnlyList<Claim> Claims { get; } = claims;

    /// <summary>Gets the aligned source sentences, best first.</summary>
    public int[] Aligned { get; } = aligned;

    public SupportScores Support { get; } = support;

    public double BestSupport { get; } = best;

    /// <summary>Gets the contradictions found in the sentence.</summary>
    public List<Divergence> Found { get; } = [];

    /// <summary>Gets the sentence's claims the source states nowhere (numbers, dates, names), in text order.</summary>
    public List<Claim> NewFacts { get; } = [];

    /// <summary>Gets the aligned sentences that share enough words with the target sentence for paired comparisons.</summary>
    public IEnumerable<int> Paired => Aligned.Where(s => Support[s] >= Options.PairingSupport);

    /// <summary>Gets the sentence as a reader finds it in the report (<c>T3</c>).</summary>
    public string Here => "T" + Sentence.Index.ToString(CultureInfo.InvariantCulture);

    public IEnumerable<Claim> AlignedClaims(ClaimKind kind) =>
        Aligned.SelectMany(s => Source.Claims[s]).Where(c => c.Kind == kind);

    public IEnumerable<Claim> PairedClaims(ClaimKind kind) =>
        Paired.SelectMany(s => Source.Claims[s]).Where(c => c.Kind == kind);

    /// <summary>Names a source sentence as a reader finds it in the report (<c>S12</c>).</summary>
    public static string There(int sourceSentence) => "S" + sourceSentence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reports a contradiction: the target's words against the source claim that states otherwise.</summary>
    public void Contradiction(DivergenceKind kind, Claim claim, Claim sourceClaim, DivergenceSeverity severity, string targetSays, string sourceSays) =>
        Contradiction(kind, claim.Span, sourceClaim.Span, sourceClaim.Sentence, severity, targetSays, sourceSays);

    /// <summary>Reports a contradiction, saying what each side says and where.</summary>
    public void Contradiction(DivergenceKind kind, TextSpan targetSpan, TextSpan sourceSpan, int sourceSentence, DivergenceSeverity severity, string targetSays, string sourceSays)
    {
        foreach (var existing in Found)
        {
            // One divergence per words: a number inside a date or a name inside an attribution is reported once.
            if (existing.TargetSpan.Start < targetSpan.End && targetSpan.Start < existing.TargetSpan.End && existing.Kind == kind)
            {
                return;
            }
        }

        Found.Add(new Divergence(
            kind, Sentence.Index, [sourceSentence], targetSpan, sourceSpan, severity,
            $"{Here} says {targetSays}; {There(sourceSentence)} says {sourceSays}"));
    }

    /// <summary>Notes a claim the source states nowhere; the sentence's new facts are reported together.</summary>
    public void AddFact(Claim claim)
    {
        if (!NewFacts.Exists(f => f.Span.Start < claim.Span.End && claim.Span.Start < f.Span.End))
        {
            NewFacts.Add(claim);
        }
    }

    /// <summary>Whether a span of the target sentence already carries a contradiction or a new fact.</summary>
    public bool Flagged(TextSpan span) =>
        Found.Exists(d => d.TargetSpan.Start < span.End && span.Start < d.TargetSpan.End)
        || NewFacts.Exists(f => f.Span.Start < span.End && span.Start < f.Span.End);

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
