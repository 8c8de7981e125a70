namespace CorpusDiff.Redis;

/// <summary>
/// The first byte of a document's name in its meta page: where its path comes from (two bits, one of three values)
/// and whether an id other than its file name follows.
/// </summary>
[Flags]
internal enum RecordNameFlags : byte
{
    /// <summary>No path, and the id is the file name.</summary>
    None = 0,

    /// <summary>The path is the document's key.</summary>
    PathIsKey = 1,

    /// <summary>The path differs from the key and is stored after the name (and id).</summary>
    PathStored = 2,

    /// <summary>The two bits that say where the path comes from.</summary>
    PathMask = PathIsKey | PathStored,

    /// <summary>An id other than the file name is stored after the name.</summary>
    HasId = 4,
}
