namespace CorpusDiff.Alignment;

/// <summary>Character 4-grams of a word padded with boundary marks (CATS-style), as hashes, and their Dice overlap.</summary>
internal static class CharGrams
{
    public const int MaxGrams = 64;

    /// <summary>Writes the distinct 4-gram hashes of <c>^word$</c> into <paramref name="into"/> and returns how many.</summary>
    public static int Hashes(string word, Span<int> into)
    {
        var length = word.Length + 2;
        if (length < 4)
        {
            into[0] = Hash('^', word.Length > 0 ? word[0] : '$', word.Length > 1 ? word[1] : '$', '$');
            return 1;
        }

        var count = 0;
        for (var i = 0; i + 4 <= length && count < into.Length; i++)
        {
            var h = Hash(At(word, i), At(word, i + 1), At(word, i + 2), At(word, i + 3));
            if (!into[..count].Contains(h))
            {
                into[count++] = h;
            }
        }

        return count;
    }

    /// <summary>Dice coefficient of two words' 4-gram sets, in [0, 1].</summary>
    public static double Dice(string a, string b)
    {
        Span<int> ga = stackalloc int[MaxGrams];
        Span<int> gb = stackalloc int[MaxGrams];
        var na = Hashes(a, ga);
        var nb = Hashes(b, gb);
        var common = 0;
        for (var i = 0; i < na; i++)
        {
            if (gb[..nb].Contains(ga[i]))
            {
                common++;
            }
        }

        return 2.0 * common / (na + nb);
    }

    /// <summary>Returns a fixed hash of a short character sequence (an n-gram); the same on every run.</summary>
    public static int Hash(ReadOnlySpan<char> gram)
    {
        var h = gram.Length;
        foreach (var c in gram)
        {
            h = unchecked((h * 65599) + c);
        }

        return h;
    }

    private static char At(string word, int padded) => padded == 0 ? '^' : padded == word.Length + 1 ? '$' : word[padded - 1];

    // A fixed mix (not HashCode, which is seeded per process) keeps results identical from run to run.
    private static int Hash(char a, char b, char c, char d) => unchecked((((((a * 65599) + b) * 65599) + c) * 65599) + d);
}
