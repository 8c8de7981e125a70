using System.Text;

namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// Seeded random strings for differential tests: alphabets from binary to CJK and astral-plane emoji, lengths around
/// the 64-character word boundaries, and pairs that are either unrelated or a few random edits apart.
/// </summary>
public static class RandomStrings
{
    /// <summary>Alphabets as lists of "characters" (strings, so surrogate pairs stay whole when generating).</summary>
    public static IReadOnlyDictionary<string, string[]> Alphabets { get; } = new Dictionary<string, string[]>
    {
        ["binary"] = Units("ab"),
        ["dna"] = Units("acgt"),
        ["english"] = Units("etaoinshrdlucmfwypvbgkjqxz     ,."),
        ["wide"] = Units(Range(0x21, 0x7E) + Range(0xC0, 0xFF) + Range(0x391, 0x3A9)),
        ["accented"] = Units("aàáâäãeéèêëiíìîïoóòôöõuúùûüçñ "),
        ["cjk"] = Units(Range(0x4E00, 0x4E3F) + "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"),
        ["emoji"] = ["😀", "😁", "😂", "🤣", "😃", "😄", "😅", "😆", "a", "b", " ", "𠀀", "𠀁"],
        ["mixed"] = Units("abcdefgh ,éèàçñ中文字词ΑΒΓΔ") .Concat(["😀", "😂", "𠀀"]).ToArray(),
    };

    /// <summary>Lengths that exercise one word, word boundaries and several words.</summary>
    public static int[] InterestingLengths { get; } = [0, 1, 2, 3, 5, 8, 13, 31, 63, 64, 65, 100, 127, 128, 129, 191, 192, 193, 300, 500];

    public static string Next(Random random, string[] alphabet, int length)
    {
        var builder = new StringBuilder(length + 2);
        while (builder.Length < length)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        // An astral character may overshoot by one unit; trim to the exact length asked for (it may split a pair,
        // which is fine: the metrics work on UTF-16 code units and must handle lone surrogates too).
        builder.Length = length;
        return builder.ToString();
    }

    /// <summary>Applies <paramref name="edits"/> random insertions, deletions, substitutions and adjacent swaps.</summary>
    public static string Mutate(Random random, string text, string[] alphabet, int edits)
    {
        var builder = new StringBuilder(text);
        for (var e = 0; e < edits; e++)
        {
            var position = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(position, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(position, 1);
                    break;
                case 2 when builder.Length > 0:
                    builder[position] = alphabet[random.Next(alphabet.Length)][0];
                    break;
                case 3 when builder.Length > 1 && position + 1 < builder.Length:
                    (builder[position], builder[position + 1]) = (builder[position + 1], builder[position]);
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Seeded pairs over every alphabet: unrelated pairs and near pairs (a few edits apart), at the interesting
    /// lengths and at random lengths up to <paramref name="maxLength"/>.
    /// </summary>
    public static IEnumerable<(string Alphabet, string A, string B)> Pairs(int seed, int perAlphabet, int maxLength = 300, int minLength = 0)
    {
        var random = new Random(seed);
        foreach (var (name, alphabet) in Alphabets)
        {
            for (var p = 0; p < perAlphabet; p++)
            {
                var lengthA = minLength == 0 && p < InterestingLengths.Length
                    ? InterestingLengths[p]
                    : random.Next(minLength, maxLength + 1);
                if (lengthA > maxLength)
                {
                    lengthA = random.Next(minLength, maxLength + 1);
                }

                var a = Next(random, alphabet, lengthA);
                var b = random.Next(3) switch
                {
                    0 => Next(random, alphabet, Math.Max(0, lengthA + random.Next(-10, 11))),
                    1 => Mutate(random, a, alphabet, random.Next(1, 4)),
                    _ => Mutate(random, a, alphabet, random.Next(1, Math.Max(2, lengthA / 4))),
                };
                yield return (name, a, b);
            }
        }
    }

    private static string[] Units(string characters) => characters.Select(c => c.ToString()).Distinct().ToArray();

    private static string Range(int first, int last) => new(Enumerable.Range(first, last - first + 1).Select(c => (char)c).ToArray());
}
