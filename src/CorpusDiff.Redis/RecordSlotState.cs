namespace CorpusDiff.Redis;

/// <summary>
/// The first byte of a document's record slot (layout version 3). Readers take only <see cref="Complete"/> records, so
/// a document whose buckets a killed run left half-written stays invisible until a rerun completes it.
/// </summary>
internal enum RecordSlotState : byte
{
    /// <summary>Never written, or removed.</summary>
    Empty = 0,

    /// <summary>Written, not yet visible: its buckets may be incomplete.</summary>
    Written = 1,

    /// <summary>Complete, visible to queries.</summary>
    Complete = 2,
}
