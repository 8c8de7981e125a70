namespace CorpusDiff.Documents;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>A word of letters (with inner apostrophes or hyphens), or an abbreviation such as <c>U.S.</c>.</summary>
    Word,

    /// <summary>A number, possibly with thousands separators, decimals, a sign or a percent sign (<c>1,999.5</c>, <c>45%</c>).</summary>
    Number,

    /// <summary>A single Han, Hiragana, Katakana or Hangul character; CJK text has no spaces, so each character is a token.</summary>
    Cjk,

    /// <summary>A symbol that carries meaning in a claim, such as a currency sign.</summary>
    Symbol,
}
