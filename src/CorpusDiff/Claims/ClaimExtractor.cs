using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// Extracts the checkable parts of each sentence: numbers, dates (weekdays and relative days resolved against
/// <see cref="Document.Published"/>), named entities, quantities, negations and attributions.
/// Stateless and thread-safe.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Fewer than one word in this many capitalised makes a document case-less (English capitalises every sentence start, so cased text has far more).</summary>
    private const int CaselessWordsPerCapital = 50;

    /// <summary>The fewest content words, all capitalised, that make a sentence a Title Case headline (a shorter run is a list of names).</summary>
    private const int TitleCaseMinWords = 5;

    /// <summary>Gets the extractor.</summary>
    public static ClaimExtractor Default { get; } = new();

    /// <summary>Extracts the claims of every sentence of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>For each sentence (by index), its claims in text order.</returns>
    public IReadOnlyList<IReadOnlyList<Claim>> Extract(Document document) => Extract(document, null);

    /// <summary>Extracts the claims of one sentence.</summary>
    /// <param name="document">The document.</param>
    /// <param name="sentence">Index of the sentence.</param>
    /// <returns>The sentence's claims in text order.</returns>
    public IReadOnlyList<Claim> Extract(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentence, document.Sentences.Count);
        return ExtractSentence(document, document.Sentences[sentence], null, IsCaseless(document));
    }

    /// <summary>
    /// Extracts claims, taking entity names in lower-case text (many summary data sets are lower-cased) from
    /// <paramref name="knownNames"/>: the canonical names of the entities of a related document.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<Claim>> Extract(Document document, NameGazetteer? knownNames)
    {
        ArgumentNullException.ThrowIfNull(document);
        var caseless = IsCaseless(document);
        var result = new IReadOnlyList<Claim>[document.Sentences.Count];
        var strings = WordPool.Rent();
        try
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = ExtractSentence(document, document.Sentences[i], knownNames, caseless, strings);
            }
        }
        finally
        {
            WordPool.Return(strings);
        }

        return result;
    }

    private static IReadOnlyList<Claim> ExtractSentence(Document document, Sentence sentence, NameGazetteer? knownNames, bool caseless, WordPool? strings = null)
    {
        var tokens = new Token[sentence.TokenCount];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = document.Tokens[sentence.FirstToken + i];
        }

        // A headline in Title Case ("Xi Jinping Emphasizes Shanghai's Role in Building …") capitalises every word, so its
        // capitals say no more than a lower-cased text's: names are read there only from the related document's.
        var context = new SentenceContext(document.Text, sentence.Index, tokens, document.Published, caseless || IsTitleCase(document.Text, tokens), knownNames, strings);
        var claims = new List<Claim>();
        var used = new bool[tokens.Length];
        ExtractDates(context, used, claims);
        ExtractNumbers(context, used, claims);
        ExtractEntities(context, claims);
        ExtractQuantities(context, claims);
        ExtractNegations(context, claims);
        ExtractAttributions(context, claims);
        claims.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Kind.CompareTo(b.Kind));

        // Held for the source's lifetime: an exact array, not a list with room to grow.
        return claims.Count == 0 ? [] : claims.ToArray();
    }

    /// <summary>
    /// Whether a sentence is written in Title Case: at least <see cref="TitleCaseMinWords"/> content words, every one
    /// capitalised. A sentence with a verb or a common noun in lower case is not, however many names it holds.
    /// </summary>
    private static bool IsTitleCase(string text, Token[] tokens)
    {
        var content = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || Lexicon.Stopwords.Contains(token.Text))
            {
                continue;
            }

            if (!char.IsUpper(text[token.Start]))
            {
                return false;
            }

            content++;
        }

        return content >= TitleCaseMinWords;
    }

    /// <summary>A document is case-less when almost none of its words start with a capital letter.</summary>
    internal static bool IsCaseless(Document document)
    {
        var words = 0;
        var capitals = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (char.IsUpper(document.Text[token.Start]))
            {
                capitals++;
            }
        }

        return words >= 3 && capitals * CaselessWordsPerCapital < words;
    }
}
