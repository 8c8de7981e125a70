namespace CorpusDiff.Alignment;

/// <summary>
/// Everything the aligner knows about one source/target pair: term weights from IDF over the sentences of BOTH
/// documents (so words the pair uses everywhere weigh little), which target terms match which source terms (exactly,
/// or by character 4-gram overlap), and which terms are specific enough to anchor an alignment.
/// </summary>
internal sealed class PairModel
{
    /// <summary>An alias this similar (or the same term, 1) counts as matching the term: a spelling variant does, a loose one does not.</summary>
    public const float AliasMatch = 0.7f;

    /// <summary>
    /// A paraphrase from the lexicon (<c>rust</c>/<c>corrosion</c>) weighs this: below a spelling variant (0.77 and up)
    /// and the same word (1), yet at <see cref="AliasMatch"/> or above, so a specific paraphrased term is evidence.
    /// </summary>
    public const float SynonymMatch = 0.75f;

    /// <summary>A spelling variant weighs <c>VariantBase + VariantSlope × dice</c>: 0.77 at the default <see cref="AlignerOptions.SoftMatchMin"/>, never the 1 of the same word.</summary>
    private const double VariantBase = 0.55, VariantSlope = 0.4;

    /// <summary>A term in at least this share of at least <see cref="UbiquitousMinSourceSentences"/> source sentences is ubiquitous (the pair's topic word, no anchor).</summary>
    private const double UbiquitousSourceShare = 0.2;

    /// <summary>A term in at least this share of at least <see cref="UbiquitousMinTargetSentences"/> target sentences is ubiquitous.</summary>
    private const double UbiquitousTargetShare = 0.34;

    /// <summary>
    /// The fewest source sentences a term must stand in to be ubiquitous, whatever its share: in a ten-sentence story a
    /// fifth is two, and a word used twice ("interest", "lowered") is no topic word (docs/accuracy.md, thirteenth pass).
    /// </summary>
    private const int UbiquitousMinPostings = 3;

    /// <summary>The fewest sentences a document needs before a term's share of them can make it ubiquitous.</summary>
    private const int UbiquitousMinSourceSentences = 5, UbiquitousMinTargetSentences = 3;

    /// <summary>A word shorter than this (not a number) is too short to be specific or to have spelling variants.</summary>
    private const int MinSpecificLength = 4;

    public PairModel(TermProfile source, TermProfile target, AlignerOptions options)
    {
        Source = source;
        Target = target;
        var n = source.DistinctSentenceCount + target.DistinctSentenceCount;
        var termCount = target.Terms.Count;
        Aliases = new (int Source, float Sim)[termCount][];
        TargetWeight = new double[termCount];
        TargetSpecific = new bool[termCount];
        var exactSource = new int[termCount];
        _ = source.GramIndex;
        Span<int> grams = stackalloc int[CharGrams.MaxGrams];
        var counts = new Dictionary<int, int>();
        for (var k = 0; k < termCount; k++)
        {
            var term = target.Terms[k];
            var exact = source.Lookup(term);
            exactSource[k] = exact;
            var aliases = new List<(int Source, float Sim)>(2);
            if (exact >= 0)
            {
                aliases.Add((exact, 1f));
            }

            if (!target.IsNumber[k] && term.Length >= MinSpecificLength)
            {
                // Soft matches through the 4-gram index: raised/raise, economy/economic, manager's/managers.
                counts.Clear();
                var g = CharGrams.Hashes(term, grams);
                for (var i = 0; i < g; i++)
                {
                    foreach (var key in source.TermsWithGram(grams[i]))
                    {
                        var id = (int)(uint)key;
                        counts[id] = counts.GetValueOrDefault(id) + 1;
                    }
                }

                // "million" and "billion" share most of their letters and differ a thousandfold.
                var scale = Language.English.Scales.ContainsKey(term);
                foreach (var (id, common) in counts)
                {
                    if (id == exact || source.Terms[id].Length < MinSpecificLength
                        || (scale && Language.English.Scales.ContainsKey(source.Terms[id])))
                    {
                        continue;
                    }

                    var dice = 2.0 * common / (g + source.GramCount(id));
                    if (dice >= options.SoftMatchMin)
                    {
                        aliases.Add((id, (float)(VariantBase + (VariantSlope * dice))));
                    }
                }
            }

            if (target.IsNumber[k] && TermProfile.ShareOf(term, out var fraction) is { } share)
            {
                // "nearly a quarter" for "24 percent": a share written as a fraction meets a percentage within its
                // rounding, as a paraphrase does. The other way round only the figure the fraction stands for meets it
                // ("20 per cent" for "a fifth"): "a fifth" does not state the "18%" of a sentence that details it.
                foreach (var (id, other, rounded) in source.Shares)
                {
                    var meets = fraction ? Language.English.SameRoundedShare(share, other) : rounded && Math.Round(share) == Math.Round(other);
                    if (id != exact && meets && !HasAlias(aliases, id))
                    {
                        aliases.Add((id, SynonymMatch));
                    }
                }
            }

            // Paraphrases: a word of the lexicon meets the source's words of its classes (rust/corrosion, nine/9), a
            // little below a spelling variant, since a class joins words that only may stand for one another.
            foreach (var partner in Synonyms.Of(term))
            {
                var id = source.Lookup(partner);
                if (id >= 0 && !HasAlias(aliases, id))
                {
                    aliases.Add((id, SynonymMatch));
                }
            }

            Aliases[k] = [.. aliases];
            var df = target.DistinctFrequency(k) + (exact >= 0 ? source.DistinctFrequency(exact) : 0);
            var idf = Math.Log(1.0 + ((double)n / df));
            var boost = target.IsNumber[k] ? options.NumberBoost : target.IsProper[k] || (exact >= 0 && source.IsProper[exact]) ? options.ProperNounBoost : 1.0;
            var generic = target.IsGeneric[k];
            TargetWeight[k] = IsUnstatedLength(k) ? 0 : idf * boost * (generic ? options.GenericWeight : 1.0);
            var ubiquitous = (exact >= 0 && source.SentenceCount >= UbiquitousMinSourceSentences && source.Postings[exact].Length >= Math.Max(UbiquitousMinPostings, UbiquitousSourceShare * source.SentenceCount))
                || (target.SentenceCount >= UbiquitousMinTargetSentences && target.Postings[k].Length >= UbiquitousTargetShare * target.SentenceCount);
            TargetSpecific[k] = !generic && !ubiquitous && (target.IsNumber[k] || term.Length >= MinSpecificLength);
        }

        SourceWeight = new double[source.Terms.Count];
        for (var j = 0; j < SourceWeight.Length; j++)
        {
            var exact = target.Lookup(source.Terms[j]);
            var df = source.DistinctFrequency(j) + (exact >= 0 ? target.DistinctFrequency(exact) : 0);
            var idf = Math.Log(1.0 + ((double)n / df));
            var boost = source.IsNumber[j] ? options.NumberBoost : source.IsProper[j] ? options.ProperNounBoost : 1.0;
            SourceWeight[j] = source.IsLength[j] && exact < 0 ? 0 : idf * boost * (source.IsGeneric[j] ? options.GenericWeight : 1.0);
        }
    }

    public TermProfile Source { get; }

    public TermProfile Target { get; }

    /// <summary>Gets, for each target term, the source terms it matches and how well (1 for the same term).</summary>
    public (int Source, float Sim)[][] Aliases { get; }

    /// <summary>
    /// Whether target term <paramref name="k"/> is a length of time the source never states (<c>two days more than
    /// now</c>): it weighs nothing and is no new fact, since its count and unit already stand as terms of their own.
    /// </summary>
    public bool IsUnstatedLength(int k) => Target.IsLength[k] && Aliases[k].Length == 0;

    /// <summary>
    /// Whether target sentence <paramref name="t"/> names someone or somewhere the source never names while stating no
    /// name or number the source states: a roundup's <c>a bus crash in the mountains of Drosna</c>, which meets the
    /// quake story's <c>death toll</c> and <c>mountain villages</c> on words any disaster shares.
    /// </summary>
    public bool NamesOnlyTheUnknown(int t)
    {
        var unknownName = false;
        foreach (var k in Target.SentenceTerms[t])
        {
            if (Aliases[k].Length > 0)
            {
                if (Target.IsProper[k] || Target.IsNumber[k])
                {
                    return false;
                }
            }
            else
            {
                unknownName |= Target.IsProper[k] && TargetSpecific[k];
            }
        }

        return unknownName;
    }

    /// <summary>The source terms that match target term <paramref name="term"/> (at <see cref="AliasMatch"/> or above).</summary>
    /// <param name="term">A target term id.</param>
    /// <returns>The source term ids.</returns>
    public int[] MatchingSourceTerms(int term)
    {
        var aliases = Aliases[term];
        var ids = new List<int>(aliases.Length);
        foreach (var (id, sim) in aliases)
        {
            if (sim >= AliasMatch)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    public double[] TargetWeight { get; }

    public bool[] TargetSpecific { get; }

    public double[] SourceWeight { get; }

    /// <summary>Whether a source term is already among a target term's aliases (no closure: the pair model is built per comparison).</summary>
    private static bool HasAlias(List<(int Source, float Sim)> aliases, int id)
    {
        foreach (var (source, _) in aliases)
        {
            if (source == id)
            {
                return true;
            }
        }

        return false;
    }
}
