namespace CorpusDiff.Claims;

/// <summary>Crude English noun morphology: enough to tell <c>institution</c> from <c>institutions</c>.</summary>
internal static class Morphology
{
    /// <summary>Returns the singular of a lower-case noun (<c>parties</c> → <c>party</c>, <c>parks</c> → <c>park</c>).</summary>
    public static string Singular(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length <= 3 || !IsPlural(word))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word[..^1];
    }

    /// <summary>Returns whether a lower-case word looks like a regular plural noun.</summary>
    public static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal)
        && word is not ("news" or "series" or "species" or "always" or "perhaps" or "whereas" or "its" or "his" or "this" or "thus" or "has" or "was" or "does" or "towards" or "afterwards" or "besides" or "sometimes" or "ours" or "yours" or "theirs" or "hers" or "politics" or "economics" or "physics" or "lens" or "gas" or "bus" or "yes" or "alas" or "texas" or "paris" or "dallas" or "kansas" or "across" or "unless");

    /// <summary>A crude stem that lets <c>attend</c>, <c>attends</c> and <c>attended</c> meet.</summary>
    public static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s", "d"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
