namespace CorpusDiff.Documents;

/// <summary>
/// The abbreviations news prose puts before a period without ending a sentence, grouped by what may follow them.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles that always precede a name (<c>Mr. Xi</c>, <c>Gov. Newsom</c>): never a sentence end.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup(new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Cpl",
        "Cmdr", "Adm", "Rev", "Hon", "St", "Mt", "Ft", "Pres", "Supt", "Insp", "Messrs", "Mme", "Mlle", "Fr",
        "Amb", "Atty", "Brig", "Gens", "Reps", "Sens",
    });

    /// <summary>Month abbreviations: not a sentence end when a day follows (<c>Dec. 5</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    });

    /// <summary>Abbreviations before a number (<c>No. 1</c>, <c>Vol. 3</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumber = Lookup(new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Vol", "Art", "Fig", "Figs", "Ch", "Sec", "Para", "pp", "p", "Ex", "Op", "Rm", "Tel", "approx",
    });

    /// <summary>Abbreviations that end a sentence only when a typical sentence opener follows (<c>Inc.</c>, <c>etc.</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> General = Lookup(new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Ltd", "Co", "Corp", "Bros", "etc", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Est", "Govt", "Jr", "Sr",
    });

    /// <summary>Abbreviations that never end a sentence (<c>e.g.</c>, <c>vs.</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Never = Lookup(new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "vs", "cf", "viz", "al", "ca",
    });

    /// <summary>Words that open most English news sentences; after an ambiguous abbreviation they signal a new sentence.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = Lookup(new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "His",
        "Her", "Its", "Their", "Our", "In", "On", "At", "But", "And", "Or", "So", "As", "After", "Before", "When",
        "While", "However", "Meanwhile", "According", "Also", "If", "Some", "Many", "Most", "Other", "Officials",
    });

    /// <summary>
    /// Returns whether the period after <paramref name="word"/> is an abbreviation's rather than a sentence end,
    /// given the word that follows.
    /// </summary>
    /// <param name="word">The letters (and inner periods) just before the period.</param>
    /// <param name="next">The text from the next non-blank character on.</param>
    public static bool HoldsSentence(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (word.IsEmpty || next.IsEmpty)
        {
            return false;
        }

        if (Titles.Contains(word))
        {
            return true;
        }

        var startsWithDigit = char.IsDigit(next[0]);
        if (startsWithDigit && (Months.Contains(word) || BeforeNumber.Contains(word)))
        {
            return true;
        }

        if (Never.Contains(word))
        {
            return true;
        }

        // An initial (J. R. Smith) is followed by another initial or a capitalized name.
        if (word.Length == 1 && char.IsUpper(word[0]) && char.IsUpper(next[0]))
        {
            return true;
        }

        // U.S., a.m., Inc.: ambiguous. A typical sentence opener after them means the sentence ended there.
        if (word.Contains('.') || General.Contains(word))
        {
            return !IsOpener(next);
        }

        return false;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(HashSet<string> set) => set.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOpener(ReadOnlySpan<char> next)
    {
        var length = 0;
        while (length < next.Length && char.IsLetter(next[length]))
        {
            length++;
        }

        return length > 0 && Openers.Contains(next[..length]);
    }
}
