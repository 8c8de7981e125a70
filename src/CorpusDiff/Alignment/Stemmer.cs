namespace CorpusDiff.Alignment;

/// <summary>
/// A deliberately light English suffix stripper (possessives, plurals, -ed, -ing): enough to make
/// <c>exchanges</c>/<c>exchange</c> one term. Harder morphology (<c>raised</c>/<c>raise</c>,
/// <c>economy</c>/<c>economic</c>) is left to the character n-gram soft match, which degrades gracefully.
/// </summary>
internal static class Stemmer
{
    public static string Stem(string word) => DropE(Strip(word));

    // "house"/"housing", "finance"/"financed": both lose the e, so both forms meet on one stem.
    private static string DropE(string w) => w.Length > 4 && w[^1] == 'e' && char.IsLetter(w[^2]) && w[^2] != 'e' ? w[..^1] : w;

    private static string Strip(string word)
    {
        var w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("s'", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        if (w is "series" or "species")
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        // A stem keeps a vowel ("spring" is no "spr") and "-eed" is no suffix ("speed", "need", "proceed").
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && HasVowel(w.AsSpan(0, w.Length - 3)))
        {
            return Undouble(w[..^3]);
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && !w.EndsWith("eed", StringComparison.Ordinal) && HasVowel(w.AsSpan(0, w.Length - 2)))
        {
            return Undouble(w[..^2]);
        }

        // A plural of an -ing noun meets its singular: "warnings" is "warning", whose stem is "warn".
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            var singular = w[..^1];
            return singular.EndsWith("ing", StringComparison.Ordinal) ? Strip(singular) : singular;
        }

        return w;
    }

    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.IndexOfAny("aeiouy") >= 0;

    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') ? w[..^1] : w;
}
