using System.Globalization;
using CorpusDiff.Text;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// The key layout of one index, every key under <c>cd:NAME:</c>. Documents are numbered (ordinals from the counter
/// <c>next</c>): a document's record <c>d:{n}</c> and its edge hash <c>e:{n}</c> share the hash tag <c>{n}</c>, so
/// the multi-key delete of a document stays in one cluster slot. Bucket pages <c>b:BB:PPPPPP</c> and key-map pages
/// <c>k:PPPPPP</c> carry no hash tag, so they spread over every slot.
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
        DocumentPattern = prefix + "d:*";
        EdgePattern = prefix + "e:*";
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

    /// <summary>Gets the SCAN pattern of document records.</summary>
    public string DocumentPattern { get; }

    /// <summary>Gets the SCAN pattern of edge hashes.</summary>
    public string EdgePattern { get; }

    /// <summary>Gets the SCAN pattern of bucket pages.</summary>
    public string BucketPattern { get; }

    /// <summary>The 64-bit hash of a document key: where the key map keeps its ordinal.</summary>
    public static ulong Id(string key) => XxHash64.HashString(key);

    /// <summary>Gets the ordinal a record or edge key ends with (<c>…{123}</c>).</summary>
    public static bool TryParseOrdinal(string key, out long ordinal)
    {
        ordinal = 0;
        var open = key.LastIndexOf('{');
        return open >= 0 && key[^1] == '}'
            && long.TryParse(key.AsSpan(open + 1, key.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out ordinal);
    }

    public RedisKey Document(long ordinal) => string.Create(CultureInfo.InvariantCulture, $"{prefix}d:{{{ordinal}}}");

    public RedisKey Edges(long ordinal) => string.Create(CultureInfo.InvariantCulture, $"{prefix}e:{{{ordinal}}}");

    public RedisKey Bucket(int band, long page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}b:{band:x2}:{page:x}");

    public RedisKey KeyMap(long page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}k:{page:x}");

    /// <summary>A key hash as a key-map field: a signed 64-bit integer, which a listpack stores in 9 bytes.</summary>
    public static RedisValue KeyField(ulong id) => unchecked((long)id);
}
