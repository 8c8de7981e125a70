using System.Collections.Frozen;

namespace CorpusDiff.Language;

/// <summary>
/// English words that stand next to names without being part of them: the role or descriptor a news sentence puts
/// before a name (<c>Former</c>, <c>Author</c> JK Rowling, <c>Striker</c> Harry Kane), adjectives of nationality
/// (<c>Portuguese</c>), and acronyms that are common nouns (<c>TV</c>). Capitalised at the start of a sentence they
/// look like names; reading them as part of one makes every faithful summary that writes <c>Author JK Rowling</c> for
/// the source's <c>Rowling</c> state a "new" name.
/// </summary>
internal static class NameDescriptors
{
    /// <summary>Roles, occupations and descriptors that lead a name and are not part of it (lower case).</summary>
    public static readonly FrozenSet<string> Leading = FrozenSet.ToFrozenSet(
    [
        "former", "ex", "late", "veteran", "retired", "fellow", "then", "current",
        "author", "writer", "novelist", "poet", "journalist", "reporter", "editor", "columnist", "photographer",
        "actor", "actress", "singer", "songwriter", "rapper", "musician", "comedian", "presenter", "host", "broadcaster",
        "celebrity", "model", "designer", "artist", "director", "producer", "filmmaker", "dancer",
        "businessman", "businesswoman", "entrepreneur", "billionaire", "millionaire", "tycoon", "banker", "economist",
        "boss", "manager", "owner", "founder", "chairman", "leader", "candidate", "campaigner", "activist",
        "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "captain", "footballer",
        "cricketer", "batsman", "bowler", "golfer", "cyclist", "athlete", "runner", "swimmer", "boxer", "jockey",
        "driver", "champion", "coach", "referee", "trainer", "teammate",
        "doctor", "surgeon", "nurse", "scientist", "researcher", "professor", "lawyer", "solicitor", "barrister",
        "teacher", "pupil", "student", "schoolboy", "schoolgirl", "teenager", "pensioner", "father",
        "mum", "dad", "wife", "husband", "daughter", "grandmother", "grandfather", "widow", "victim",
        "suspect", "defendant", "officer", "soldier", "mp", "mep", "msp", "lawmaker", "politician",
        "chef", "farmer", "pilot", "priest", "bishop", "chief", "spokesman", "spokeswoman",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives and nouns of nationality, region and faith (lower case): they describe, they name no one.</summary>
    public static readonly FrozenSet<string> Demonyms = FrozenSet.ToFrozenSet(
    [
        "chinese", "american", "british", "french", "german", "russian", "japanese", "indian", "english", "european",
        "african", "asian", "australian", "canadian", "italian", "spanish", "mexican", "korean", "israeli", "palestinian",
        "iranian", "iraqi", "syrian", "afghan", "pakistani", "ukrainian", "turkish", "egyptian", "brazilian", "irish",
        "scottish", "welsh", "dutch", "swiss", "swedish", "polish", "greek", "portuguese", "argentine", "argentinian",
        "belgian", "danish", "norwegian", "finnish", "austrian", "hungarian", "czech", "slovak", "romanian", "bulgarian",
        "serbian", "croatian", "bosnian", "albanian", "lebanese", "jordanian", "emirati", "qatari", "yemeni",
        "libyan", "tunisian", "algerian", "moroccan", "nigerian", "kenyan", "ghanaian", "ethiopian", "somali",
        "sudanese", "ugandan", "zimbabwean", "colombian", "venezuelan", "peruvian", "chilean", "cuban", "jamaican",
        "vietnamese", "thai", "indonesian", "malaysian", "filipino", "singaporean", "taiwanese", "tibetan", "mongolian",
        "nepalese", "bangladeshi", "kurdish", "scandinavian",
        "hispanic", "muslim", "christian", "jewish", "catholic", "protestant", "islamic",
        "hindu", "sikh", "buddhist", "western", "eastern", "northern", "southern",
        "frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman", "scotswoman", "irishman", "irishwoman",
        "welshman", "welshwoman", "dutchman", "briton", "spaniard", "swede", "pole", "kiwi",
        "aussie",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms that are common nouns, not names (lower case).</summary>
    public static readonly FrozenSet<string> CommonAcronyms = FrozenSet.ToFrozenSet(
    [
        "tv", "dna", "gps", "id", "sms", "atm", "suv", "ok", "diy", "pc", "iq", "ivf", "hiv", "gp", "pm", "am",
        "rip", "lol", "vip", "ceo", "cfo", "coo", "cto", "mp", "mep", "msp", "qc", "pr", "hq", "ad", "bc", "faq",
    ], StringComparer.OrdinalIgnoreCase);
}
