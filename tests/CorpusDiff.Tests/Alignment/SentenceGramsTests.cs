using CorpusDiff.Alignment;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Alignment;

public class SentenceGramsTests
{
    private static readonly string[] Vocabulary =
    [
        "harbour", "authority", "terminal", "freight", "Rail", "world-class", "modernization", "the", "of", "Storms",
        "closed", "road", "officials", "said", "budget", "42", "ministry", "extraordinarily-long-compound-word-that-keeps-going-on",
        "aaaa", "a-b", "supercalifragilisticexpialidociousandthensomemoretobelongerthanforty",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Bags_RandomSentences_DecodeToThePlainBagOfEachSentence(int seed)
    {
        var document = DocumentParser.Default.Parse(RandomText(new Random(seed), 60), "d");
        var grams = new SentenceGrams(document);

        foreach (var sentence in document.Sentences)
        {
            var expected = PlainBag(document, sentence, grams);
            var (ids, counts) = grams.Decode(sentence.Index);

            ids.Should().Equal(expected.Keys.Order(), "sentence {0}", sentence.Index);
            counts.Should().Equal(expected.Keys.Order().Select(id => expected[id]), "sentence {0}", sentence.Index);
        }
    }

    [Fact]
    public void Bags_WordRepeatedHundredsOfTimes_KeepsItsCount()
    {
        // Counts above 129 take a second byte in the encoding.
        var document = DocumentParser.Default.Parse(string.Join(' ', Enumerable.Repeat("harbour", 300)) + ". Storms closed the road.", "d");
        var grams = new SentenceGrams(document);

        var (ids, counts) = grams.Decode(0);

        counts.Should().OnlyContain(c => c == 300);
        ids.Should().HaveCount(PlainBag(document, document.Sentences[0], grams).Count);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void CopiesOf_RandomSentencesWithRepeats_FindsExactlyTheSentencesWithTheSameSignature(int seed)
    {
        var random = new Random(seed);
        var pool = Enumerable.Range(0, 12).Select(_ => RandomSentence(random)).ToArray();
        var source = DocumentParser.Default.Parse(string.Join(' ', Enumerable.Range(0, 80).Select(_ => pool[random.Next(pool.Length)])), "s");
        var target = DocumentParser.Default.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(_ => random.Next(3) == 0 ? RandomSentence(random) : pool[random.Next(pool.Length)])), "t");
        var profile = new TermProfile(source);
        var bySignature = source.Sentences.ToLookup(s => TermProfile.Signature(source, s), s => s.Index, StringComparer.Ordinal);

        foreach (var sentence in target.Sentences)
        {
            var expected = bySignature[TermProfile.Signature(target, sentence)].ToList();
            var copies = profile.CopiesOf(target, sentence);

            if (expected.Count == 0)
            {
                copies.Should().BeNull();
            }
            else
            {
                copies.Should().Equal(expected);
            }
        }

        target.Sentences.Count(s => profile.CopiesOf(target, s) is not null).Should().BeGreaterThan(0, "the test must exercise the lookup with hits");
    }

    private static Dictionary<int, int> PlainBag(Document document, Sentence sentence, SentenceGrams grams)
    {
        var bag = new Dictionary<int, int>();
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Word || StopWords.IsFunctionWord(token.Text))
            {
                continue;
            }

            foreach (var part in token.Text.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var marked = "^" + part[..Math.Min(part.Length, 40)] + "$";
                for (var n = SentenceGrams.MinGram; n <= SentenceGrams.MaxGram; n++)
                {
                    for (var at = 0; at + n <= marked.Length; at++)
                    {
                        var id = grams.Lookup(CharGrams.Hash(marked.AsSpan(at, n)));
                        bag[id] = bag.GetValueOrDefault(id) + 1;
                    }
                }
            }
        }

        return bag;
    }

    private static string RandomSentence(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + ".";

    private static string RandomText(Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => RandomSentence(random)));
}
