using System.Text;

namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// Seeded random string pairs for differential and property tests of the string measures: short strings, lengths
/// around the 64-bit word boundary, several hundred characters, alphabets of more than 64 characters, accented Latin
/// and CJK text. Half of the pairs are a string and an edited copy (so measures see similar texts too).
/// </summary>
public static class RandomTextPairs
{
    private const string Small = "abcde ";
    private const string Letters = "abcdefghijklmnopqrstuvwxyz  ";
    private const string Accented = "aàáâäeéèêëiíîïoóôöuúùûüçñ ßœæ";

    /// <summary>The kinds of text the pairs cover.</summary>
    public static readonly string[] Kinds = ["short", "word-boundary", "long", "wide-alphabet", "accented", "cjk", "whitespace"];

    /// <summary>Gets seeded pairs of every kind.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="perKind">Pairs per kind.</param>
    /// <param name="maxLong">The longest "long" string.</param>
    /// <returns>(kind, s1, s2) triples.</returns>
    public static IEnumerable<(string Kind, string S1, string S2)> Generate(int seed, int perKind, int maxLong = 600)
    {
        var random = new Random(seed);
        foreach (var kind in Kinds)
        {
            for (var i = 0; i < perKind; i++)
            {
                var a = Text(random, kind, maxLong);
                var b = random.Next(2) == 0 ? Text(random, kind, maxLong) : Edit(random, a, AlphabetOf(kind));
                yield return (kind, a, b);
            }
        }
    }

    /// <summary>Gets one random text of a kind.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="kind">One of <see cref="Kinds"/>.</param>
    /// <param name="maxLong">The longest "long" string.</param>
    /// <returns>The text.</returns>
    public static string Text(Random random, string kind, int maxLong = 600) => kind switch
    {
        "short" => Draw(random, Small, random.Next(0, 13)),
        "word-boundary" => Draw(random, random.Next(2) == 0 ? Small : Letters, 63 + random.Next(0, 3) + (random.Next(3) == 0 ? 64 : 0)),
        "long" => Draw(random, Letters, random.Next(150, maxLong + 1)),
        "wide-alphabet" => Draw(random, Wide, random.Next(60, 300)),
        "accented" => Draw(random, Accented, random.Next(1, 120)),
        "cjk" => Draw(random, Cjk, random.Next(1, 140)),
        "whitespace" => Draw(random, "ab \t\n\u00A0\u2003", random.Next(0, 20)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>Gets a copy of a text with a few random insertions, deletions, substitutions and swaps.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="text">The text.</param>
    /// <param name="alphabet">Characters to insert.</param>
    /// <returns>The edited copy.</returns>
    public static string Edit(Random random, string text, string alphabet)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(Math.Max(1, text.Length / 8));
        for (var e = 0; e < edits; e++)
        {
            var op = random.Next(4);
            if (builder.Length == 0 || op == 0)
            {
                builder.Insert(random.Next(builder.Length + 1), alphabet[random.Next(alphabet.Length)]);
            }
            else if (op == 1)
            {
                builder.Remove(random.Next(builder.Length), 1);
            }
            else if (op == 2)
            {
                builder[random.Next(builder.Length)] = alphabet[random.Next(alphabet.Length)];
            }
            else if (builder.Length > 1)
            {
                var i = random.Next(builder.Length - 1);
                (builder[i], builder[i + 1]) = (builder[i + 1], builder[i]);
            }
        }

        return builder.ToString();
    }

    private static string AlphabetOf(string kind) => kind switch
    {
        "short" => Small,
        "wide-alphabet" => Wide,
        "accented" => Accented,
        "cjk" => Cjk,
        "whitespace" => "ab \t",
        _ => Letters,
    };

    private static string Draw(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    // 100 distinct characters: Latin-1 letters and Greek, so masks need both the direct table and the extended one.
    private static readonly string Wide = new([.. Enumerable.Range(0xC0, 60).Select(c => (char)c), .. Enumerable.Range(0x391, 40).Select(c => (char)c)]);

    // A small CJK alphabet (so random strings share characters) plus a rarely drawn wider range.
    private static readonly string Cjk = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研记完队义" + "\u4E00\u4E8C\u4E09\u56DB\u4E94";
}
