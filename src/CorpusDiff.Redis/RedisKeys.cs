using System.Globalization;
using CorpusDiff.Dedup;
using CorpusDiff.Text;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// The key layout of one index, every key under <c>cd:NAME:</c>. A document's hash and its edge hash share the hash
/// tag <c>{id}</c> (id = xxHash64 of the document key, 16 hex digits), so the multi-key delete of a document stays
/// in one cluster slot; band bucket keys carry no hash tag, so the buckets spread over every slot.
/// </summary>
internal sealed class RedisKeys
{
    private readonly string prefix;

    public RedisKeys(string name)
    {
        prefix = "cd:" + name + ":";
        Params = prefix + "params";
        Count = prefix + "count";
        DocumentPattern = prefix + "d:*";
        EdgePattern = prefix + "e:*";
    }

    /// <summary>Gets the hash holding the layout version and parameters.</summary>
    public RedisKey Params { get; }

    /// <summary>Gets the counter of complete documents.</summary>
    public RedisKey Count { get; }

    /// <summary>Gets the SCAN pattern of document hashes.</summary>
    public string DocumentPattern { get; }

    /// <summary>Gets the SCAN pattern of edge hashes.</summary>
    public string EdgePattern { get; }

    public static ulong Id(string key) => XxHash64.HashString(key);

    /// <summary>Gets the id a document or edge key ends with (<c>…{0123456789abcdef}</c>).</summary>
    public static bool TryParseId(string key, out ulong id)
    {
        id = 0;
        return key.Length >= 18 && key[^1] == '}' && key[^18] == '{'
            && ulong.TryParse(key.AsSpan(key.Length - 17, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id);
    }

    public RedisKey Document(ulong id) => string.Create(CultureInfo.InvariantCulture, $"{prefix}d:{{{id:x16}}}");

    public RedisKey Edges(ulong id) => string.Create(CultureInfo.InvariantCulture, $"{prefix}e:{{{id:x16}}}");

    public RedisKey Bucket(int band, ulong bucket) => string.Create(CultureInfo.InvariantCulture, $"{prefix}b:{band:x2}{bucket:x16}");

    /// <summary>A document id as a set member or hash field: a signed 64-bit integer, which Redis stores compactly (intset).</summary>
    public static RedisValue Member(ulong id) => unchecked((long)id);

    public static ulong FromMember(RedisValue value) => unchecked((ulong)(long)value);
}
