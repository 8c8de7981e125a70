using System.Globalization;
using CorpusDiff.Text;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// The key layout of one index, every key under <c>cd:NAME:</c>. Documents are numbered (ordinals from the counter
/// <c>next</c>); consecutive ordinals share a record page <c>r:P</c> and a meta page <c>m:P</c>. Record and meta
/// pages, bucket pages <c>b:BB:P</c> and key-map pages <c>k:P</c> carry no hash tag, so they spread over every slot:
/// no command touches two keys.
/// </summary>
internal sealed class RedisKeys
{
    private readonly string prefix;

    public RedisKeys(string name)
    {
        prefix = "cd:" + name + ":";
        Params = prefix + "params";
        Count = prefix + "count";
        Next = prefix + "next";
        Folders = prefix + "folders";
        RecordPattern = prefix + "r:*";
        MetaPattern = prefix + "m:*";
        BucketPattern = prefix + "b:*";
    }

    /// <summary>Gets the hash holding the layout version and parameters.</summary>
    public RedisKey Params { get; }

    /// <summary>Gets the counter of complete documents.</summary>
    public RedisKey Count { get; }

    /// <summary>Gets the counter ordinals are taken from (never reused for another key).</summary>
    public RedisKey Next { get; }

    /// <summary>Gets the hash from a folder's id to the folder (the part of keys before the file name).</summary>
    public RedisKey Folders { get; }

    /// <summary>Gets the SCAN pattern of record pages.</summary>
    public string RecordPattern { get; }

    /// <summary>Gets the SCAN pattern of meta pages (names and edges).</summary>
    public string MetaPattern { get; }

    /// <summary>Gets the SCAN pattern of bucket pages.</summary>
    public string BucketPattern { get; }

    /// <summary>The 64-bit hash of a document key: where the key map keeps its ordinal.</summary>
    public static ulong Id(string key) => XxHash64.HashString(key);

    /// <summary>Gets the page number a page key ends with (<c>…:1f</c>, hexadecimal).</summary>
    public static bool TryParsePage(string key, out long page) =>
        long.TryParse(key.AsSpan(key.LastIndexOf(':') + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out page) && page >= 0;

    /// <summary>The record page of a page number: a string of fixed-size record slots.</summary>
    public RedisKey Records(long page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}r:{page:x}");

    /// <summary>The meta page of a page number: a hash of the slots' names and edges.</summary>
    public RedisKey Meta(long page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}m:{page:x}");

    public RedisKey Bucket(int band, long page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}b:{band:x2}:{page:x}");

    public RedisKey KeyMap(long page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}k:{page:x}");

    /// <summary>A key hash as a key-map field: a signed 64-bit integer, which a listpack stores in 9 bytes.</summary>
    public static RedisValue KeyField(ulong id) => unchecked((long)id);
}
