using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusDiff.Similarity;

/// <summary>
/// Bit-parallel Jaro matching (the approach of RapidFuzz): for each text character, the matching pattern positions
/// inside the match window are one AND of its position mask with the window and the not-yet-matched positions, and
/// the first of them is the lowest set bit. Results equal the classic quadratic scan (F23, strcmp95).
/// </summary>
internal static partial class JaroMatcher
{
    private const int StackWords = 1024;
    private const int StackCursors = 256;

    /// <summary>Gets the Jaro similarity of two texts, building the pattern masks for this call only.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public static double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        if (s1.Length == 0 || s2.Length == 0)
        {
            return s1.Length == s2.Length ? 1.0 : 0.0;
        }

        if (s1.SequenceEqual(s2))
        {
            return 1.0;
        }

        // The shorter string is the pattern: fewer words per mask, and Jaro is symmetric.
        var p = s1.Length <= s2.Length ? s1 : s2;
        var t = s1.Length <= s2.Length ? s2 : s1;
        var range = MatchRange(p.Length, t.Length);

        // The greedy matching pairs a common prefix position by position (every earlier pattern position is already
        // taken, and equal positions are always in the window), without transpositions: it is counted, not matched,
        // as RapidFuzz does. Near-duplicate paragraphs often share most of their length this way.
        var prefix = p.CommonPrefixLength(t);
        if (prefix == p.Length)
        {
            return Score(prefix, 0, p.Length, t.Length);
        }

        var pRest = p[prefix..];
        var tRest = t[prefix..];
        if (pRest.Length <= 64 && Vector256.IsHardwareAccelerated)
        {
            return SimilarityShort(pRest, tRest, range, prefix, p.Length, t.Length);
        }

        // The same dense mask tables the edit distances use, built on the stack or pooled by PatternMasksBuilder.
        var kernel = new TableKernel(range, prefix, p.Length, t.Length);
        PatternMasksBuilder.Run(pRest, tRest, 0, ref kernel);
        return kernel.Result;
    }

    /// <summary>Gets the Jaro similarity of a pattern, given its masks, and a text.</summary>
    /// <param name="p">The pattern the masks were built from.</param>
    /// <param name="masks">The pattern's masks.</param>
    /// <param name="t">The text.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public static double Similarity(ReadOnlySpan<char> p, scoped in PatternMasks masks, ReadOnlySpan<char> t)
    {
        if (p.Length == 0 || t.Length == 0)
        {
            return p.Length == t.Length ? 1.0 : 0.0;
        }

        return Similarity(p, masks, t, MatchRange(p.Length, t.Length), 0, p.Length, t.Length);
    }

    /// <summary>
    /// Matches the rest of a pattern and a text after a common prefix of <paramref name="prefix"/> characters already
    /// counted as matches; <paramref name="pLength"/> and <paramref name="tLength"/> are the full lengths.
    /// </summary>
    private static double Similarity(ReadOnlySpan<char> p, scoped in PatternMasks masks, ReadOnlySpan<char> t, int range, int prefix, int pLength, int tLength)
    {
        var pWords = masks.Words;
        var tWords = WordsFor(t.Length);
        ulong[]? rented = null;
        var flags = pWords + tWords <= StackWords
            ? stackalloc ulong[pWords + tWords]
            : (rented = ArrayPool<ulong>.Shared.Rent(pWords + tWords)).AsSpan(0, pWords + tWords);
        try
        {
            if (rented is not null)
            {
                flags.Clear();
            }

            var pFlags = flags[..pWords];
            var tFlags = flags[pWords..];
            var matches = pWords == 1 ? MatchSingleWord(p, masks, t, range, ref pFlags[0], tFlags) : MatchBlocks(p, masks, t, range, pFlags, tFlags);
            if (prefix + matches == 0)
            {
                return 0.0;
            }

            var halfTranspositions = matches == 0 ? 0 : CountMismatches(p, pFlags, t, tFlags) / 2;
            return Score(prefix + matches, halfTranspositions, pLength, tLength);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Gets Jaro's formula from the matches, half the transpositions and the two full lengths.</summary>
    private static double Score(int matches, int halfTranspositions, int pLength, int tLength)
    {
        double m = matches;
        return ((m / pLength) + (m / tLength) + ((m - halfTranspositions) / m)) / 3.0;
    }

    /// <summary>Gets how far apart two matching positions may be: <c>max(|p|, |t|) / 2 − 1</c>, at least 0.</summary>
    private static int MatchRange(int pLength, int tLength) => Math.Max(0, (Math.Max(pLength, tLength) / 2) - 1);

    /// <summary>Gets Winkler's boost of a Jaro similarity.</summary>
    /// <param name="jaro">The Jaro similarity.</param>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="options">The boost's options.</param>
    /// <returns>The Jaro–Winkler similarity.</returns>
    public static double Boost(double jaro, ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, JaroWinklerOptions options)
    {
        return jaro > options.BoostThreshold
            ? Boost(jaro, CommonPrefix(s1, s2, options.MaxPrefixLength), Math.Max(s1.Length, s2.Length), options)
            : jaro;
    }

    /// <summary>Gets Winkler's boost of a Jaro similarity, given the common prefix.</summary>
    /// <param name="jaro">The Jaro similarity.</param>
    /// <param name="commonPrefix">The length of the common prefix (capped here when the options cap it).</param>
    /// <param name="longer">The longer length.</param>
    /// <param name="options">The boost's options.</param>
    /// <returns>The Jaro–Winkler similarity.</returns>
    public static double Boost(double jaro, int commonPrefix, int longer, JaroWinklerOptions options)
    {
        if (!(jaro > options.BoostThreshold))
        {
            return jaro;
        }

        var prefix = options.MaxPrefixLength is { } cap ? Math.Min(commonPrefix, cap) : commonPrefix;
        var scaling = options.MaxPrefixLength is null
            ? Math.Min(options.ScalingFactor, 1.0 / longer)
            : options.ScalingFactor;
        return Math.Min(1.0, jaro + (scaling * prefix * (1.0 - jaro)));
    }

    /// <summary>
    /// Gets the highest Jaro–Winkler similarity two texts of these lengths and this common prefix could reach, so a
    /// score cutoff can skip the matching.
    /// </summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="options">The boost's options, or <see langword="null"/> for plain Jaro.</param>
    /// <returns>An upper bound of the similarity.</returns>
    public static double UpperBound(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, JaroWinklerOptions? options)
    {
        var shorter = Math.Min(s1.Length, s2.Length);
        var longer = Math.Max(s1.Length, s2.Length);
        if (longer == 0)
        {
            return 1.0;
        }

        // At most every character of the shorter text matches, with no transposition.
        var bound = (2.0 + ((double)shorter / longer)) / 3.0;
        return options is null ? bound : Boost(bound, s1, s2, options);
    }

    /// <summary>Gets the number of 64-bit words a bit set over <paramref name="length"/> positions needs.</summary>
    /// <param name="length">The number of positions.</param>
    /// <returns><c>⌈length / 64⌉</c>.</returns>
    internal static int WordsFor(int length) => (length + 63) >> 6;

    private static int CommonPrefix(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int? cap)
    {
        var limit = Math.Min(s1.Length, s2.Length);
        if (cap is { } max)
        {
            limit = Math.Min(limit, max);
        }

        var common = s1[..limit].CommonPrefixLength(s2[..limit]);
        return common;
    }

    private static int MatchSingleWord(ReadOnlySpan<char> p, scoped in PatternMasks masks, ReadOnlySpan<char> t, int range, ref ulong pFlags, Span<ulong> tFlags)
    {
        var end = Math.Min(t.Length, p.Length + range);
        var last = p.Length - 1;
        var matches = 0;
        for (var j = 0; j < end; j++)
        {
            var mask = masks.Single(t[j]);
            if (mask == 0)
            {
                continue;
            }

            var lo = Math.Max(0, j - range);
            var hi = Math.Min(last, j + range);
            var window = (ulong.MaxValue >> (63 - hi)) & (ulong.MaxValue << lo);
            var candidates = mask & window & ~pFlags;
            if (candidates != 0)
            {
                pFlags |= candidates & (0UL - candidates);
                tFlags[j >> 6] |= 1UL << (j & 63);
                if (++matches == p.Length)
                {
                    break;
                }
            }
        }

        return matches;
    }

    private static int MatchBlocks(ReadOnlySpan<char> p, scoped in PatternMasks masks, ReadOnlySpan<char> t, int range, Span<ulong> pFlags, Span<ulong> tFlags)
    {
        // Per character, the first word that may still hold an unflagged occurrence inside some later window. Flags
        // are only ever set and windows only move right, so words before it never match again: without it, a
        // frequent letter ("e", " ") rescans every word of flagged occurrences at the start of its window, which
        // makes long texts quadratic in practice.
        var rowCount = masks.RowCount;
        int[]? rented = null;
        var cursor = rowCount <= StackCursors ? stackalloc int[rowCount] : (rented = ArrayPool<int>.Shared.Rent(rowCount)).AsSpan(0, rowCount);
        try
        {
            cursor.Clear();
            return MatchBlocks(masks, t, range, pFlags, tFlags, cursor, p.Length);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int MatchBlocks(scoped in PatternMasks masks, ReadOnlySpan<char> t, int range, Span<ulong> pFlags, Span<ulong> tFlags, Span<int> cursor, int pLength)
    {
        var end = Math.Min(t.Length, pLength + range);
        var last = pLength - 1;
        var matches = 0;
        ref var flags = ref MemoryMarshal.GetReference(pFlags);
        for (var j = 0; j < end; j++)
        {
            var index = masks.RowOf(t[j]);
            if (index == 0)
            {
                continue;
            }

            // Every word from the low word of the window to the last word lies inside the pattern's flags and row.
            ref var row = ref masks.RowStartAt(index);
            var lo = Math.Max(0, j - range);
            var hi = Math.Min(last, j + range);
            var firstWord = lo >> 6;
            var lastWord = hi >> 6;
            ref var next = ref cursor[index];
            for (var w = Math.Max(firstWord, next); w <= lastWord; w++)
            {
                var candidates = Unsafe.Add(ref row, w) & ~Unsafe.Add(ref flags, w);
                if (w == firstWord)
                {
                    candidates &= ulong.MaxValue << (lo & 63);
                }

                if (w == lastWord)
                {
                    candidates &= ulong.MaxValue >> (63 - (hi & 63));
                }

                if (candidates != 0)
                {
                    Unsafe.Add(ref flags, w) |= candidates & (0UL - candidates);
                    tFlags[j >> 6] |= 1UL << (j & 63);
                    matches++;
                    break;
                }

                // Below the last word nothing was masked but positions left of the window, which stay left of it.
                if (w < lastWord)
                {
                    next = w + 1;
                }
            }

            if (matches == pLength)
            {
                break;
            }
        }

        return matches;
    }

    // The k-th matched text character pairs with the k-th matched pattern character; a transposition is a pair
    // whose characters differ.
    private static int CountMismatches(ReadOnlySpan<char> p, ReadOnlySpan<ulong> pFlags, ReadOnlySpan<char> t, ReadOnlySpan<ulong> tFlags)
    {
        var mismatches = 0;
        var pWord = 0;
        var pBits = pFlags[0];
        for (var tWord = 0; tWord < tFlags.Length; tWord++)
        {
            var tBits = tFlags[tWord];
            while (tBits != 0)
            {
                var j = (tWord << 6) + BitOperations.TrailingZeroCount(tBits);
                tBits &= tBits - 1;
                while (pBits == 0)
                {
                    pBits = pFlags[++pWord];
                }

                var i = (pWord << 6) + BitOperations.TrailingZeroCount(pBits);
                pBits &= pBits - 1;
                if (p[i] != t[j])
                {
                    mismatches++;
                }
            }
        }

        return mismatches;
    }
}
