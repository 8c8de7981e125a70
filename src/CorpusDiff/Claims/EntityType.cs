namespace CorpusDiff.Claims;

/// <summary>The class of a named entity, guessed from titles, name words and acronyms.</summary>
public enum EntityType
{
    /// <summary>A name whose class is not evident.</summary>
    Name,

    /// <summary>A person (a title such as <c>Mr.</c> or <c>President</c> precedes the name).</summary>
    Person,

    /// <summary>An organisation (an acronym, or a name word such as <c>Committee</c>, <c>Exchange</c>, <c>Bank</c>).</summary>
    Organization,

    /// <summary>A place (a name word such as <c>District</c>, <c>City</c>, <c>Province</c>, or a known country).</summary>
    Place,
}
