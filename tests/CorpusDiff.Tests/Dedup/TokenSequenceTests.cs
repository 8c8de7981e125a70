using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public class TokenSequenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void LongestCommonSubsequence_RandomWordSequences_MatchesPlainDynamicProgramming(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 40; trial++)
        {
            // Small vocabularies make many repeats; lengths cross the 64-word block boundary.
            var vocabulary = 2 + random.Next(300);
            var a = Words(random, random.Next(0, 200), vocabulary);
            var b = random.NextDouble() < 0.5 ? Edit(random, a, vocabulary) : Words(random, random.Next(0, 200), vocabulary);

            var expected = PlainLcs(a, b);

            TokenSequence.From(a).LongestCommonSubsequence(TokenSequence.From(b), 0).Should().Be(expected);
            TokenSequence.From(b).LongestCommonSubsequence(TokenSequence.From(a), 0).Should().Be(expected);
        }
    }

    [Fact]
    public void LongestCommonSubsequence_WithCutoff_ExactAtOrAboveTheCutoffBelowOtherwise()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 40; trial++)
        {
            var a = Words(random, 50 + random.Next(150), 40);
            var b = Edit(random, a, 40);
            var expected = PlainLcs(a, b);
            var cutoff = random.Next(0, 220);

            var lcs = TokenSequence.From(a).LongestCommonSubsequence(TokenSequence.From(b), cutoff);

            if (expected >= cutoff)
            {
                lcs.Should().Be(expected);
            }
            else
            {
                lcs.Should().BeLessThan(cutoff);
            }
        }
    }

    private static ulong[] Words(Random random, int length, int vocabulary) =>
        Enumerable.Range(0, length).Select(_ => Hash(random.Next(vocabulary))).ToArray();

    private static ulong[] Edit(Random random, ulong[] words, int vocabulary)
    {
        var list = words.ToList();
        for (var e = random.Next(0, 1 + (list.Count / 5)); e > 0; e--)
        {
            var at = random.Next(list.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < list.Count:
                    list[at] = Hash(random.Next(vocabulary));
                    break;
                case 1 when at < list.Count:
                    list.RemoveAt(at);
                    break;
                default:
                    list.Insert(at, Hash(random.Next(vocabulary)));
                    break;
            }
        }

        return [.. list];
    }

    // Distinct words must differ in the high 32 bits, where TokenSequence keeps them.
    private static ulong Hash(int word) => ((ulong)(uint)((word * 2654435761u) + 17) << 32) | (uint)word;

    private static int PlainLcs(ulong[] a, ulong[] b)
    {
        var row = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = up;
            }
        }

        return row[b.Length];
    }
}
