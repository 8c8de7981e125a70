using CorpusDiff.Documents;

namespace CorpusDiff.Alignment;

/// <summary>
/// Quotations: a run of words the target quotes (inside quotation marks) and the source states verbatim is evidence of
/// the same statement, however generic its words ("Cities are built by the people and for the people"). The same words
/// outside quotation marks are a stock phrase ("promote high-quality development and further opening up"), no evidence.
/// </summary>
public sealed partial class SentenceAligner
{
    /// <summary>
    /// The fewest words in a row a target sentence must share with a source sentence for the run to count as a copied
    /// phrase (a quotation: "built by the people and for the people"). Six words in a row rarely repeat by chance.
    /// </summary>
    private const int CopiedPhraseWords = 6;

    /// <summary>The fewest content words (not function words, not title words) a copied phrase needs: a title or a run of function words is no quotation.</summary>
    private const int CopiedPhraseContentWords = 2;

    /// <summary>Whether the target sentence quotes a phrase one of the group's source sentences states verbatim.</summary>
    private static bool SharesPhrase(PairModel model, int t, List<int> group)
    {
        var target = model.Target.Document;
        var source = model.Source.Document;
        var quoted = new List<bool>();
        var tw = Words(target, target.Sentences[t], quoted);
        if (tw.Count < CopiedPhraseWords || !quoted.Contains(true))
        {
            return false;
        }

        foreach (var s in group)
        {
            var sw = Words(source, source.Sentences[s], null);
            if (LongestSharedRun(tw, quoted, sw))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the two word sequences share a run of at least <see cref="CopiedPhraseWords"/> words with enough content words.</summary>
    private static bool LongestSharedRun(List<string> a, List<bool> quoted, List<string> b)
    {
        // run[j]: length of the common run ending at a[i - 1], b[j - 1] (one row of the classic table).
        var run = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = b.Count; j >= 1; j--)
            {
                run[j] = quoted[i - 1] && string.Equals(a[i - 1], b[j - 1], StringComparison.OrdinalIgnoreCase) ? run[j - 1] + 1 : 0;
                if (run[j] >= CopiedPhraseWords)
                {
                    var content = 0;
                    for (var x = i - run[j]; x < i; x++)
                    {
                        // Token texts are already lower-cased by the normalizer.
                        content += StopWords.IsFunctionWord(a[x]) || StopWords.IsTitleWord(a[x]) ? 0 : 1;
                    }

                    if (content >= CopiedPhraseContentWords)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The sentence's words; with <paramref name="quoted"/>, also whether each stands inside quotation marks.</summary>
    private static List<string> Words(Document document, Sentence sentence, List<bool>? quoted)
    {
        var words = new List<string>(sentence.TokenCount);
        var text = document.Text;
        var at = sentence.Start;
        var inside = false;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            if (quoted is not null)
            {
                // Quotation marks are not tokens: read them from the text between the previous word and this one.
                for (; at < token.Start; at++)
                {
                    inside = text[at] switch
                    {
                        '\u201C' or '\u201E' or '\u00AB' => true,
                        '\u201D' or '\u00BB' => false,
                        '"' => !inside,
                        _ => inside,
                    };
                }

                at = Math.Max(at, token.End);
                quoted.Add(inside);
            }

            words.Add(token.Text);
        }

        return words;
    }
}
