using System.Buffers;

namespace CorpusDiff.Similarity;

/// <summary>
/// Ratcliff/Obershelp pattern recognition ("gestalt pattern matching", F23.StringSimilarity's
/// <c>RatcliffObershelp</c>): find the longest common substring, then recurse into the unmatched text on either side
/// of it; the similarity is twice the matched characters over the total length. Rewards long shared runs, so it
/// suits shortened or lightly rewritten reprints.
/// </summary>
/// <remarks>
/// <para>
/// Similarity in [0, 1]; distance = 1 − similarity, which is not a metric. Two empty strings have similarity 1.
/// Ties between equally long common substrings go to the one starting first in <c>s1</c>, then first in <c>s2</c>,
/// exactly as F23 picks them, so values match F23 (which compares culture-sensitively in one step; this class
/// compares UTF-16 code units ordinally throughout). The tie rule makes the measure not always symmetric.
/// </para>
/// <para>
/// Each longest common substring is found with one vectorized substring search per start position (only substrings
/// longer than the best so far are looked up), and the recursion runs on an explicit stack, so long texts neither
/// allocate nor overflow the call stack. O(|s1| · |s2|) per level in the worst case. Thread-safe.
/// </para>
/// </remarks>
public sealed class RatcliffObershelp : INormalizedStringSimilarity, INormalizedStringDistance
{
    /// <summary>Returns the Ratcliff/Obershelp similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Similarity(string s1, string s2) => Similarity(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the Ratcliff/Obershelp similarity.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal texts.</returns>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        if (s1.SequenceEqual(s2))
        {
            return 1.0;
        }

        if (s1.Length == 0 || s2.Length == 0)
        {
            return 0.0;
        }

        return 2.0 * MatchedCharacters(s1, s2) / (s1.Length + s2.Length);
    }

    /// <summary>Returns 1 − the Ratcliff/Obershelp similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1]; 0 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Returns 1 − the Ratcliff/Obershelp similarity.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1]; 0 for equal texts.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Gets the number of characters of <paramref name="s1"/> the recursive matching pairs up.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The matched character count.</returns>
    internal static int MatchedCharacters(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        // Each pending region is (start1, end1, start2, end2); every match adds at most two regions and removes one.
        var capacity = 4 * (Math.Min(s1.Length, s2.Length) + 2);
        int[]? rented = null;
        var stack = capacity <= 256 ? stackalloc int[capacity] : (rented = ArrayPool<int>.Shared.Rent(capacity)).AsSpan(0, capacity);
        try
        {
            var top = 0;
            Push(stack, ref top, 0, s1.Length, 0, s2.Length);
            var matched = 0;
            while (top > 0)
            {
                top -= 4;
                var a0 = stack[top];
                var a1 = stack[top + 1];
                var b0 = stack[top + 2];
                var b1 = stack[top + 3];
                var (length, i, j) = LongestCommonSubstring.Find(s1[a0..a1], s2[b0..b1]);
                if (length == 0)
                {
                    continue;
                }

                matched += length;
                Push(stack, ref top, a0, a0 + i, b0, b0 + j);
                Push(stack, ref top, a0 + i + length, a1, b0 + j + length, b1);
            }

            return matched;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static void Push(Span<int> stack, ref int top, int a0, int a1, int b0, int b1)
    {
        if (a1 <= a0 || b1 <= b0)
        {
            return;
        }

        stack[top] = a0;
        stack[top + 1] = a1;
        stack[top + 2] = b0;
        stack[top + 3] = b1;
        top += 4;
    }
}
