namespace CorpusDiff.Claims;

/// <summary>How a target's name relates to the names in the source.</summary>
internal enum EntityMatch
{
    /// <summary>The source uses no form of the name.</summary>
    None,

    /// <summary>The source uses the same words.</summary>
    Exact,

    /// <summary>The source uses another form of the same name (alias, acronym, surname, short form).</summary>
    Variant,

    /// <summary>The target uses a fuller form than any the source gives (<c>Barack Obama</c> where the source says <c>Mr. Obama</c>).</summary>
    Fuller,
}
