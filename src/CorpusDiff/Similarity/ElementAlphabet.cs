using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace CorpusDiff.Similarity;

/// <summary>
/// Recodes two sequences of any equatable element (bytes, token ids, strings) as UTF-16 units so the bit-parallel
/// kernels built for characters run on them unchanged.
/// </summary>
/// <remarks>
/// <para>
/// Every kernel only ever compares an element of one sequence with an element of the other, so only equality across
/// the two sequences has to survive the recoding. The shorter sequence (the pattern) gets dense ids 1, 2, … in order of
/// first appearance through a small open-addressing table (RapidFuzz's answer to large alphabets); each element of the
/// other sequence becomes the id of the equal pattern element, or 0 when the pattern has none. A tokenised sentence
/// has far fewer than 256 distinct words, so its ids land in the kernels' direct 256-entry lookup table and the word
/// level runs as fast as the character level. Cost: one hash probe per element, linear.
/// </para>
/// <para>
/// <c>char</c>, <c>short</c> and <c>ushort</c> are used as they are and bytes are widened, without hashing. When the
/// pattern alone holds more than 65,535 distinct elements (so both sequences are that long), the measure falls back
/// to plain dynamic programming on the original elements. Tables and recoded sequences live on the stack or in
/// pooled arrays: no heap allocation per call.
/// </para>
/// </remarks>
internal static class ElementAlphabet
{
    private const int StackChars = 1024;
    private const int StackKeyBytes = 4096;

    /// <summary>Runs a measure on two sequences, recoded when <typeparamref name="T"/> is not a 16-bit type.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TOperation">The measure; a struct so the JIT specialises the call.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <param name="operation">The measure.</param>
    /// <returns>The measure's value.</returns>
    public static double Run<T, TOperation>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, ref TOperation operation)
        where T : IEquatable<T>
        where TOperation : struct, ISpanOperation
    {
        if (typeof(T) == typeof(char) || typeof(T) == typeof(ushort) || typeof(T) == typeof(short))
        {
            return operation.Run(Reinterpret<T, char>(s1), Reinterpret<T, char>(s2));
        }

        var total = s1.Length + s2.Length;
        char[]? rented = null;
        try
        {
            Span<char> buffer = total <= StackChars ? stackalloc char[total] : PatternMasksBuilder.Rent(ref rented, total);
            var a = buffer[..s1.Length];
            var b = buffer[s1.Length..];
            if (typeof(T) == typeof(byte) || typeof(T) == typeof(sbyte))
            {
                // Latin-1 maps every byte to the UTF-16 unit of the same value (vectorised, no allocation).
                Encoding.Latin1.GetChars(Reinterpret<T, byte>(s1), a);
                Encoding.Latin1.GetChars(Reinterpret<T, byte>(s2), b);
                return operation.Run(a, b);
            }

            return Recode(s1, s2, a, b) ? operation.Run(a, b) : operation.Fallback(s1, s2);
        }
        finally
        {
            PatternMasksBuilder.Return(rented);
        }
    }

    /// <summary>Runs an integer measure on two sequences, recoded when <typeparamref name="T"/> is not a 16-bit type.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TMeasure">The measure.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <param name="bound">The measure's bound, passed through.</param>
    /// <returns>The measure's value.</returns>
    public static int Measure<T, TMeasure>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int bound)
        where T : IEquatable<T>
        where TMeasure : ISequenceMeasure
    {
        var operation = new MeasureOperation<TMeasure>(bound);
        return (int)Run(s1, s2, ref operation);
    }

    /// <summary>Recodes both sequences; false when the pattern has more distinct elements than UTF-16 has units.</summary>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <param name="a">Receives the first sequence's ids.</param>
    /// <param name="b">Receives the second sequence's ids.</param>
    /// <returns>Whether the ids fit.</returns>
    internal static bool Recode<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, Span<char> a, Span<char> b)
        where T : IEquatable<T>
    {
        var shorterFirst = s1.Length <= s2.Length;
        var pattern = shorterFirst ? s1 : s2;
        var text = shorterFirst ? s2 : s1;
        var patternIds = shorterFirst ? a : b;
        var textIds = shorterFirst ? b : a;

        // At most half full, so probes stay short; a power of two so the home slot is a shift.
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, pattern.Length * 2));
        var shift = 32 - BitOperations.Log2((uint)slots);
        var keyBytes = slots * Unsafe.SizeOf<T>();
        T[]? rentedKeys = null;
        ushort[]? rentedIds = null;
        byte[]? rentedBytes = null;
        try
        {
            Span<ushort> ids = slots <= StackKeyBytes / 8 ? stackalloc ushort[slots] : PatternMasksBuilder.Rent(ref rentedIds, slots);
            if (slots <= StackKeyBytes / 8)
            {
                ids.Clear();
            }

            Span<T> keys;
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                rentedKeys = ArrayPool<T>.Shared.Rent(slots);
                keys = rentedKeys.AsSpan(0, slots);
            }
            else
            {
                // Unmanaged elements (int, long token ids) live on the stack; the table's ids mark used slots, so
                // the keys need no clearing.
                Span<byte> bytes = keyBytes <= StackKeyBytes ? stackalloc byte[keyBytes] : PatternMasksBuilder.Rent(ref rentedBytes, keyBytes);
                keys = MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(bytes)), slots);
            }

            var comparer = EqualityComparer<T>.Default;
            var mask = slots - 1;
            var next = 1;
            for (var i = 0; i < pattern.Length; i++)
            {
                var element = pattern[i];
                for (var s = Home(comparer.GetHashCode(element!), shift); ; s = (s + 1) & mask)
                {
                    var id = ids[s];
                    if (id == 0)
                    {
                        if (next > char.MaxValue)
                        {
                            return false;
                        }

                        keys[s] = element;
                        ids[s] = (ushort)next;
                        patternIds[i] = (char)next++;
                        break;
                    }

                    if (comparer.Equals(keys[s], element))
                    {
                        patternIds[i] = (char)id;
                        break;
                    }
                }
            }

            for (var j = 0; j < text.Length; j++)
            {
                var element = text[j];
                for (var s = Home(comparer.GetHashCode(element!), shift); ; s = (s + 1) & mask)
                {
                    var id = ids[s];
                    if (id == 0 || comparer.Equals(keys[s], element))
                    {
                        textIds[j] = (char)id;
                        break;
                    }
                }
            }

            return true;
        }
        finally
        {
            if (rentedKeys is not null)
            {
                ArrayPool<T>.Shared.Return(rentedKeys, clearArray: true);
            }

            PatternMasksBuilder.Return(rentedIds);
            PatternMasksBuilder.Return(rentedBytes);
        }
    }

    /// <summary>Gets the home slot of a hash code in a table of <c>2^(32 - shift)</c> slots.</summary>
    /// <remarks>Fibonacci hashing: token ids are often consecutive integers, which an identity hash would pile up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(int hash, int shift) => (int)(((uint)hash * 0x9E3779B1u) >> shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<TTo> Reinterpret<TFrom, TTo>(ReadOnlySpan<TFrom> span) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);

    /// <summary>An integer measure as an operation.</summary>
    /// <typeparam name="TMeasure">The measure.</typeparam>
    /// <param name="bound">The measure's bound.</param>
    private readonly struct MeasureOperation<TMeasure>(int bound) : ISpanOperation
        where TMeasure : ISequenceMeasure
    {
        public double Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => TMeasure.Run(s1, s2, bound);

        public double Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
            where T : IEquatable<T> => TMeasure.Fallback(s1, s2, bound);
    }
}
