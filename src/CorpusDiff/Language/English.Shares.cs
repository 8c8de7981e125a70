using System.Collections.Frozen;

namespace CorpusDiff.Language;

/// <summary>Ordinals and shares written as words (<c>a fifth of</c>, <c>fell by a quarter</c>), and when two shares are one figure.</summary>
internal static partial class English
{
    /// <summary>Ordinal words to their numbers (<c>fifth</c>: 5), case-insensitive.</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["hundredth"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The percentage a fraction word stands for where it is written as a share: after <c>a</c> or <c>one</c>, and
    /// before <c>of</c> or a comparison (<c>a fifth of homes</c>, <c>a third more calls</c>) or as the size of a change
    /// (<c>fell by a quarter</c>, <c>cuts the risk by almost a fifth</c>). <see langword="null"/> for anything else:
    /// <c>the third day</c>, <c>a quarter to five</c>.
    /// </summary>
    /// <param name="word">The fraction word, lower case (<c>fifth</c>, <c>quarter</c>).</param>
    /// <param name="before">The word before it.</param>
    /// <param name="after">The word after it, or an empty string.</param>
    /// <param name="twoBefore">The word before <paramref name="before"/>, or an empty string.</param>
    /// <param name="threeBefore">The word before that, or an empty string.</param>
    /// <returns>The share in percent, or <see langword="null"/>.</returns>
    public static double? FractionShare(string word, string before, string after, string twoBefore, string threeBefore)
    {
        var parts = word == "quarter" ? 4 : Ordinals.GetValueOrDefault(word);
        if (parts is < 3 or > 10 || before is not ("a" or "one"))
        {
            return null;
        }

        var share = after is "of" or "more" or "fewer" or "less" or "higher" or "lower"
            || twoBefore == "by" || (Hedges.Contains(twoBefore) && threeBefore == "by");
        return share ? 100.0 / parts : null;
    }

    /// <summary>
    /// Whether two shares in percent are one figure once a fraction is allowed its rounding (<c>a fifth</c> for
    /// <c>18 percent</c>, <c>a third</c> for <c>32 percent</c>): within 15 % of the larger.
    /// </summary>
    /// <param name="a">One share in percent.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they agree within a fraction's rounding.</returns>
    public static bool SameRoundedShare(double a, double b) => Math.Abs(a - b) <= 0.15 * Math.Max(a, b);
}
