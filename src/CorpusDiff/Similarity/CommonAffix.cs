using System.Runtime.InteropServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// Strips the common prefix and suffix of two texts. Edit distances (Levenshtein, OSA, Damerau, Indel) never change
/// when shared ends are removed, and near-duplicate news sentences usually share long ends, so this often shrinks the
/// quadratic part of the work to a few words.
/// </summary>
internal static class CommonAffix
{
    /// <summary>Removes the common prefix and suffix from both texts; returns how many characters were removed from each.</summary>
    public static int Strip(ref ReadOnlySpan<char> a, ref ReadOnlySpan<char> b)
    {
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = SuffixLength(a, b);
        a = a[..^suffix];
        b = b[..^suffix];
        return prefix + suffix;
    }

    /// <summary>Gets the length of the common suffix.</summary>
    public static int SuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = a.Length;
        var j = b.Length;

        // Four UTF-16 units per comparison: the scalar loop would dominate for long shared tails.
        while (i >= 4 && j >= 4
            && MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(a.Slice(i - 4, 4))) == MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(b.Slice(j - 4, 4))))
        {
            i -= 4;
            j -= 4;
        }

        while (i > 0 && j > 0 && a[i - 1] == b[j - 1])
        {
            i--;
            j--;
        }

        return a.Length - i;
    }
}
