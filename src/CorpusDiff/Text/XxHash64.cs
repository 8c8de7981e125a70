using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace CorpusDiff.Text;

/// <summary>
/// xxHash64 (Yann Collet's XXH64, specification version 0.1.1), implemented in-house so hashes are stable across
/// runs, processes and machines. Input bytes are read as little-endian 64/32-bit lanes, as the specification says.
/// </summary>
/// <remarks>
/// <see cref="HashString(string, ulong)"/> hashes the UTF-8 bytes of a string, which makes the value independent of
/// the machine's byte order. <see cref="HashChars(ReadOnlySpan{char}, ulong)"/> hashes the UTF-16 code units as
/// little-endian bytes (every platform .NET 10 runs on), and is the allocation-free form used for shingles.
/// </remarks>
internal static class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    /// <summary>Hashes bytes.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="seed">The seed (0 unless stated).</param>
    /// <returns>The 64-bit hash.</returns>
    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var length = data.Length;
        ref var start = ref MemoryMarshal.GetReference(data);
        ulong h;
        var p = 0;
        if (length >= 32)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            var limit = length - 32;
            while (p <= limit)
            {
                v1 = Round(v1, Read64(ref start, p));
                v2 = Round(v2, Read64(ref start, p + 8));
                v3 = Round(v3, Read64(ref start, p + 16));
                v4 = Round(v4, Read64(ref start, p + 24));
                p += 32;
            }

            h = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            h = MergeRound(h, v1);
            h = MergeRound(h, v2);
            h = MergeRound(h, v3);
            h = MergeRound(h, v4);
        }
        else
        {
            h = seed + Prime5;
        }

        h += (ulong)length;
        while (p + 8 <= length)
        {
            h ^= Round(0, Read64(ref start, p));
            h = (BitOperations.RotateLeft(h, 27) * Prime1) + Prime4;
            p += 8;
        }

        if (p + 4 <= length)
        {
            h ^= Read32(ref start, p) * Prime1;
            h = (BitOperations.RotateLeft(h, 23) * Prime2) + Prime3;
            p += 4;
        }

        while (p < length)
        {
            h ^= Unsafe.Add(ref start, p) * Prime5;
            h = BitOperations.RotateLeft(h, 11) * Prime1;
            p++;
        }

        return Avalanche(h);
    }

    /// <summary>Hashes UTF-16 code units as little-endian bytes, without allocating.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The 64-bit hash.</returns>
    public static ulong HashChars(ReadOnlySpan<char> text, ulong seed = 0) => Hash(MemoryMarshal.AsBytes(text), seed);

    /// <summary>Hashes the UTF-8 encoding of a string (independent of the machine's byte order).</summary>
    /// <param name="text">The string.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The 64-bit hash.</returns>
    public static ulong HashString(string text, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= 1024)
        {
            Span<byte> buffer = stackalloc byte[max];
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Hash(buffer[..written], seed);
        }

        return Hash(Encoding.UTF8.GetBytes(text), seed);
    }

    /// <summary>The 64-bit finalizer of SplitMix64: spreads every input bit over every output bit.</summary>
    /// <param name="x">The value.</param>
    /// <returns>The mixed value.</returns>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    // Every read is inside the span (the loops test p + width <= length), so reading through a reference spares the
    // bounds checks of slicing; tokens, band keys and whole bodies are all hashed here.
    private static ulong Read64(ref byte start, int at)
    {
        var value = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, at));
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    private static uint Read32(ref byte start, int at)
    {
        var value = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, at));
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    private static ulong Round(ulong acc, ulong input)
    {
        acc += input * Prime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * Prime1;
    }

    private static ulong MergeRound(ulong acc, ulong value)
    {
        acc ^= Round(0, value);
        return (acc * Prime1) + Prime4;
    }

    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        h ^= h >> 32;
        return h;
    }
}
