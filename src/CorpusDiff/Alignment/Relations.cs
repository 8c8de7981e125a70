using CorpusDiff.Documents;

namespace CorpusDiff.Alignment;

/// <summary>
/// Verb–name relations: a word followed, at most one function word further on, by a name (<c>visited the Shanghai
/// Futures Exchange</c>, <c>joined Harwick Rovers</c>). A source sentence states a target's relation when it has both
/// words (or their matches) the same way round, as close: it reports that fact about the name, where a sentence that
/// only mentions the name (<c>the exchange should accelerate …</c>) says something else about it.
/// </summary>
internal static class Relations
{
    /// <summary>How far (in tokens) a name may stand after its verb: one function word between (<c>visited the X</c>).</summary>
    private const int MaxGap = 2;

    /// <summary>The shortest verb: shorter words are too short to say anything of their own.</summary>
    private const int MinVerbLength = 4;

    /// <summary>
    /// The target sentence's relations whose name is specific evidence, each as the source term ids that match its verb
    /// and its name (a relation without a match for both in the source is left out).
    /// </summary>
    public static List<(int[] Verb, int[] Name)> Of(PairModel model, int t)
    {
        var target = model.Target;
        var document = target.Document;
        var sentence = document.Sentences[t];
        var found = new List<(int[] Verb, int[] Name)>();
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken + 1; i < end; i++)
        {
            var verb = document.Tokens[i];
            if (!IsVerbLike(document, verb) || NameAfter(document, i, end) is not { } n)
            {
                continue;
            }

            // The name is its first word that is specific evidence: "Shanghai" is everywhere in a Shanghai story,
            // "Futures" is not.
            var verbTerm = target.Lookup(Stemmer.Stem(verb.Text));
            var nameTerm = -1;
            for (var k = n; k < NameEnd(document, n, end) && nameTerm < 0; k++)
            {
                var term = target.Lookup(Stemmer.Stem(document.Tokens[k].Text));
                nameTerm = term >= 0 && model.TargetSpecific[term] && !target.IsTitle[term] ? term : -1;
            }

            if (verbTerm < 0 || nameTerm < 0)
            {
                continue;
            }

            var verbIds = model.MatchingSourceTerms(verbTerm);
            var nameIds = model.MatchingSourceTerms(nameTerm);
            if (verbIds.Length > 0 && nameIds.Length > 0)
            {
                found.Add((verbIds, nameIds));
            }
        }

        return found;
    }

    /// <summary>Whether source sentence <paramref name="s"/> states a relation of the target that no sentence of the group states.</summary>
    public static bool StatesNew(PairModel model, List<(int[] Verb, int[] Name)> relations, List<int> group, int s) =>
        GroupFacts.StatesNew(model.Source, relations, group, s, States);

    private static bool States(TermProfile source, int s, (int[] Verb, int[] Name) relation)
    {
        var document = source.Document;
        var sentence = document.Sentences[s];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var verb = document.Tokens[i];
            if (verb.Kind != TokenKind.Word || Array.IndexOf(relation.Verb, source.Lookup(Stemmer.Stem(verb.Text))) < 0
                || NameAfter(document, i, end) is not { } n)
            {
                continue;
            }

            for (var k = n; k < NameEnd(document, n, end); k++)
            {
                if (Array.IndexOf(relation.Name, source.Lookup(Stemmer.Stem(document.Tokens[k].Text))) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The capitalised word after token <paramref name="i"/>, with at most one function word between; null when none.</summary>
    private static int? NameAfter(Document document, int i, int end)
    {
        for (var n = i + 1; n < end && n - i <= MaxGap; n++)
        {
            var token = document.Tokens[n];
            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            if (char.IsUpper(document.Text[token.Start]))
            {
                return n;
            }

            if (!StopWords.IsFunctionWord(token.Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>One past the last word of the capitalised run starting at <paramref name="n"/>.</summary>
    private static int NameEnd(Document document, int n, int end)
    {
        var k = n;
        while (k < end && document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[k].Start]))
        {
            k++;
        }

        return k;
    }

    /// <summary>A lower-case content word: what a relation's or a dated verb's verb can be.</summary>
    internal static bool IsVerbLike(Document document, Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length >= MinVerbLength && !char.IsUpper(document.Text[token.Start])
        && !StopWords.IsFunctionWord(token.Text) && !StopWords.IsDateWord(token.Text);
}
