namespace CorpusDiff.Redis;

/// <summary>
/// What Redis (7.x, default settings, jemalloc) spends on the values this index stores: the facts the layout's page
/// and slot sizes are chosen from, kept in one place so each layout constant says which fact it rests on.
/// </summary>
/// <remarks>
/// A small hash or sorted set is kept as one listpack (a flat byte array) while it has at most
/// <see cref="ListpackMaxEntries"/> entries and no value longer than 64 bytes (<c>hash-max-listpack-entries</c>,
/// <c>zset-max-listpack-entries</c> and their <c>-value</c> twins); past either limit Redis converts it to a hash table
/// or skip list that costs several times as much per entry.
/// </remarks>
internal static class RedisEncoding
{
    /// <summary>The most entries a hash or sorted set keeps in its listpack encoding by default.</summary>
    public const int ListpackMaxEntries = 128;

    /// <summary>The longest string a listpack stores behind a 1-byte header.</summary>
    public const int ListpackShortStringBytes = 63;

    /// <summary>The widest integer a listpack stores in 2 bytes: 13 bits, −4,096 to 4,095.</summary>
    public const int ListpackShortIntegerBits = 13;

    /// <summary>What Redis spends on a key besides its value: its dictionary entry, key string and object header.</summary>
    public const int KeyOverheadBytes = 72;

    /// <summary>What a string value of up to 64 KB adds to its bytes: a 16-bit length header and a terminator.</summary>
    public const int StringOverheadBytes = 6;

    /// <summary>The size jemalloc allocates for a request: 16-byte steps to 128, then four classes per doubling.</summary>
    public static long AllocationSize(long bytes)
    {
        if (bytes <= 8)
        {
            return 8;
        }

        if (bytes <= 128)
        {
            return (bytes + 15) / 16 * 16;
        }

        var spacing = 1L << (63 - (int)long.LeadingZeroCount(bytes - 1) - 2);
        return (bytes + spacing - 1) / spacing * spacing;
    }
}
