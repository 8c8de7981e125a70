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

    /// <summary>
    /// Countries and regions, each with its adjectives and nouns of nationality (lower case; the place first). Places
    /// whose name is also a common word or a first name (<c>Turkey</c>, <c>Jordan</c>, <c>Poland</c>/<c>polish</c>) are
    /// left out, and their adjectives listed in <see cref="Demonyms"/> only.
    /// </summary>
    public static readonly string[][] Places =
    [
        ["europe", "european"], ["china", "chinese"], ["america", "american"], ["britain", "british", "briton"],
        ["france", "french"], ["germany", "german"], ["russia", "russian"], ["japan", "japanese"],
        ["india", "indian"], ["england", "english"], ["africa", "african"], ["asia", "asian"],
        ["australia", "australian"], ["canada", "canadian"], ["italy", "italian"], ["spain", "spanish", "spaniard"],
        ["mexico", "mexican"], ["korea", "korean"], ["israel", "israeli"], ["iran", "iranian"], ["iraq", "iraqi"],
        ["syria", "syrian"], ["afghanistan", "afghan"], ["pakistan", "pakistani"], ["ukraine", "ukrainian"],
        ["egypt", "egyptian"], ["brazil", "brazilian"], ["ireland", "irish"], ["scotland", "scottish"],
        ["wales", "welsh"], ["netherlands", "dutch"], ["switzerland", "swiss"], ["sweden", "swedish"],
        ["greece", "greek"], ["portugal", "portuguese"], ["argentina", "argentine", "argentinian"],
        ["belgium", "belgian"], ["denmark", "danish"], ["norway", "norwegian"], ["finland", "finnish"],
        ["austria", "austrian"], ["hungary", "hungarian"], ["romania", "romanian"], ["bulgaria", "bulgarian"],
        ["serbia", "serbian"], ["croatia", "croatian"], ["lebanon", "lebanese"], ["qatar", "qatari"],
        ["yemen", "yemeni"], ["libya", "libyan"], ["tunisia", "tunisian"], ["algeria", "algerian"],
        ["morocco", "moroccan"], ["nigeria", "nigerian"], ["kenya", "kenyan"], ["ghana", "ghanaian"],
        ["ethiopia", "ethiopian"], ["somalia", "somali"], ["sudan", "sudanese"], ["uganda", "ugandan"],
        ["zimbabwe", "zimbabwean"], ["colombia", "colombian"], ["venezuela", "venezuelan"], ["peru", "peruvian"],
        ["chile", "chilean"], ["cuba", "cuban"], ["jamaica", "jamaican"], ["vietnam", "vietnamese"],
        ["thailand", "thai"], ["indonesia", "indonesian"], ["malaysia", "malaysian"], ["philippines", "filipino"],
        ["singapore", "singaporean"], ["taiwan", "taiwanese"], ["tibet", "tibetan"], ["mongolia", "mongolian"],
        ["nepal", "nepalese"], ["bangladesh", "bangladeshi"], ["scandinavia", "scandinavian"],
    ];

    /// <summary>Each place of <see cref="Places"/> to its adjectives and nouns of nationality (<c>portugal</c>: <c>portuguese</c>).</summary>
    public static readonly FrozenDictionary<string, string[]> AdjectivesOfPlace =
        Places.ToFrozenDictionary(p => p[0], p => p[1..], StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives and nouns of nationality, region and faith (lower case): they describe, they name no one.</summary>
    public static readonly FrozenSet<string> Demonyms = FrozenSet.ToFrozenSet(
    [
        .. Places.SelectMany(p => p.Skip(1)),
        "palestinian", "turkish", "polish", "czech", "slovak", "bosnian", "albanian", "jordanian", "emirati",
        "kurdish", "hispanic", "muslim", "christian", "jewish", "catholic", "protestant", "islamic", "hindu", "sikh",
        "buddhist", "western", "eastern", "northern", "southern", "frenchman", "frenchwoman", "englishman",
        "englishwoman", "scotsman", "scotswoman", "irishman", "irishwoman", "welshman", "welshwoman", "dutchman",
        "swede", "pole", "kiwi", "aussie",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms that are common nouns, not names (lower case).</summary>
    public static readonly FrozenSet<string> CommonAcronyms = FrozenSet.ToFrozenSet(
    [
        "tv", "dna", "gps", "id", "sms", "atm", "suv", "ok", "diy", "pc", "iq", "ivf", "hiv", "gp", "pm", "am",
        "rip", "lol", "vip", "ceo", "cfo", "coo", "cto", "mp", "mep", "msp", "qc", "pr", "hq", "ad", "bc", "faq",
    ], StringComparer.OrdinalIgnoreCase);
}
