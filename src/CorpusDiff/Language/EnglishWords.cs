using System.Text;

namespace CorpusDiff.Language;

/// <summary>
/// The words English knows, lower-cased: SCOWL's American and British lists (75,145 words, inflections and well-known
/// names such as <c>clinton</c>, <c>scotland</c>, <c>justin</c> included; <c>tools/make-english-words.sh</c> builds the
/// resource). A case-less summary shows no capitals, so a word the source never uses and English does not know
/// (<c>varadkar</c>, <c>rosamund</c>) is most likely a rare name. Loaded on first use and shared by every thread: one string of sorted words and their offsets, searched by
/// halves. A hash set of 75,000 strings took 90 ms and 6 MiB to build, and a compressed resource 26 ms to inflate, for a
/// look-up made only for the new words of case-less summaries.
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<(string Text, int[] Starts)> List = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether English knows <paramref name="word"/> (lower case) as a word or a well-known name; a possessive is read without its <c>'s</c>.</summary>
    public static bool Knows(string word) =>
        Find(word) || (word.EndsWith("'s", StringComparison.Ordinal) && Find(word.AsSpan(0, word.Length - 2)));

    private static bool Find(ReadOnlySpan<char> word)
    {
        var (text, starts) = List.Value;
        int low = 0, high = starts.Length - 2;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var entry = text.AsSpan(starts[middle], starts[middle + 1] - starts[middle] - 1);
            var order = entry.SequenceCompareTo(word);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    private static (string Text, int[] Starts) Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("CorpusDiff.Language.Data.english-words.txt")
            ?? throw new InvalidOperationException("The English word list is missing from the CorpusDiff assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 0 && text[^1] != '\n')
        {
            text += "\n";
        }

        // Word i spans starts[i] up to the newline before starts[i + 1].
        var starts = new List<int>(70_000) { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return (text, starts.ToArray());
    }

    /// <summary>Whether the list is in ordinal order, as the search by halves needs (<c>tools/make-english-words.sh</c> sorts it so; a test checks).</summary>
    internal static bool IsInOrdinalOrder()
    {
        var (text, starts) = List.Value;
        for (var i = 1; i < starts.Length - 1; i++)
        {
            var previous = text.AsSpan(starts[i - 1], starts[i] - starts[i - 1] - 1);
            var current = text.AsSpan(starts[i], starts[i + 1] - starts[i] - 1);
            if (previous.SequenceCompareTo(current) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
