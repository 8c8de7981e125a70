using System.Collections.Frozen;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>
/// The word lists claim extraction relies on, frozen once for fast lookups. Months, weekdays, titles, verbs of saying
/// and function words are the shared <see cref="English"/> lexicon; the rest are the claims' own.
/// </summary>
internal static class Lexicon
{
    /// <summary>Number words (<see cref="English.NumberWords"/>).</summary>
    public static readonly FrozenDictionary<string, int> Units = English.NumberWords;

    /// <summary>Ordinal words (<see cref="English.Ordinals"/>).</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = English.Ordinals;

    /// <summary>Scale words and their short forms (<see cref="English.Scales"/>).</summary>
    public static readonly FrozenDictionary<string, double> Scales = English.Scales;

    /// <summary>Month names (<see cref="English.Months"/>).</summary>
    public static readonly FrozenDictionary<string, int> Months = English.Months;

    /// <summary>Weekday names (<see cref="English.Weekdays"/>).</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = English.Weekdays;

    /// <summary>Words that introduce a person's name (<see cref="English.Titles"/>).</summary>
    public static readonly FrozenSet<string> Titles = English.Titles;

    /// <summary>Titles that by themselves say the name is a person's.</summary>
    public static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "premier",
        "senator", "sen", "rep", "mayor", "judge", "king", "queen", "prince", "princess", "pope", "rev", "chancellor",
        "governor", "gov", "captain", "capt", "col", "colonel", "lt", "sgt", "sergeant", "gen", "coach", "detective",
        "minister", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner",
        "ceo", "dame", "sir", "ms", "deputy",
    ], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> OrganizationWords = FrozenSet.ToFrozenSet(
    [
        "committee", "exchange", "party", "bank", "reserve", "university", "college", "school", "association", "ministry",
        "department", "council", "commission", "agency", "bureau", "corporation", "corp", "inc", "ltd", "company", "co",
        "group", "institute", "foundation", "office", "army", "police", "court", "congress", "parliament", "senate",
        "government", "club", "team", "union", "organization", "organisation", "service", "fund", "hospital", "church",
        "times", "post", "news", "network", "board", "academy", "center", "centre", "museum", "hall",
    ], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PlaceWords = FrozenSet.ToFrozenSet(
    [
        "district", "city", "province", "county", "state", "river", "lake", "mountain", "island", "islands", "street",
        "avenue", "road", "square", "park", "area", "region", "delta", "valley", "bay", "sea", "ocean", "coast", "airport",
        "station", "town", "village", "kingdom", "republic",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Heads of multi-word names that go on over <c>of</c> besides body and place words (<c>United States of America</c>,
    /// <c>Royal Society for the Protection of Birds</c>, <c>House of Commons</c>, <c>Isle of Wight</c>).
    /// </summary>
    public static readonly FrozenSet<string> NameHeads = FrozenSet.ToFrozenSet(
    [
        "states", "society", "house", "houses", "chamber", "isle", "gulf", "strait", "straits", "cape", "tower", "federation",
        "confederation", "secretary", "minister", "chief", "head", "governor", "mayor", "institutes", "nations", "emirates",
        "order", "day", "battle", "bill", "museum", "league", "alliance", "friends", "palace", "statue", "port", "duchy",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalized words that start sentences or headlines without naming anything (and <see cref="NameDescriptors.Demonyms"/>).</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "he", "she", "it", "they", "we", "i", "you",
        "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "to", "of", "with",
        "without", "after", "before", "during", "since", "until", "while", "when", "where", "what", "who", "whom", "which",
        "why", "how", "but", "and", "or", "so", "yet", "if", "as", "also", "although", "though", "because", "however",
        "meanwhile", "moreover", "still", "then", "now", "today", "tonight", "yesterday", "tomorrow", "last", "next",
        "earlier", "later", "once", "some", "many", "most", "more", "several", "all", "both", "each", "every", "no",
        "not", "one", "two", "three", "other", "another", "such", "only", "even", "just", "according", "under", "over",
        "about", "among", "between", "through", "into", "despite", "instead", "both", "either", "neither", "nor",
        "following", "speaking", "asked", "said", "says", "according", "photo", "video", "read", "watch", "click",
        "updated", "copyright", "previous", "prev", "is", "are", "was", "were", "be", "been", "will", "would", "can",
        "could", "should", "must", "may", "might", "do", "does", "did", "has", "have", "had", "let", "please", "after",
        "police", "officials", "authorities", "experts", "researchers", "scientists", "witnesses", "residents",
        "mr", "mrs", "ms", "dr",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "whether", "like", "unlike", "including", "via",
        "democrat", "democrats", "republican", "republicans",
        "socialist", "communist", "internet", "god", "oh", "yes", "well", "ok", "okay", "mom", "dad",
        "celsius", "fahrenheit", "centigrade",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word, capitalised, still names nothing: <see cref="NotNames"/> or an adjective of nationality.</summary>
    public static bool IsNotName(string word) => NotNames.Contains(word) || NameDescriptors.Demonyms.Contains(word);

    /// <summary>Lower-case words that may sit inside a multi-word name (<c>Bank of England</c>, <c>Zhangjiang Science City</c>).</summary>
    public static readonly FrozenSet<string> NameJoiners = FrozenSet.ToFrozenSet(["of", "for", "de", "la", "van", "von", "der", "and"], StringComparer.Ordinal);

    /// <summary>Short forms that name the same entity as a longer one, in canonical lower-case words.</summary>
    public static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fed"] = "federal reserve",
        ["u.s."] = "united states",
        ["us"] = "united states",
        ["usa"] = "united states",
        ["u.s.a."] = "united states",
        ["america"] = "united states",
        ["u.k."] = "united kingdom",
        ["uk"] = "united kingdom",
        ["britain"] = "united kingdom",
        ["great britain"] = "united kingdom",
        ["u.n."] = "united nations",
        ["un"] = "united nations",
        ["eu"] = "european union",
        ["e.u."] = "european union",
        ["prc"] = "china",
        ["people's republic of china"] = "china",
        ["beijing"] = "china",
        ["washington"] = "united states",
        ["moscow"] = "russia",
        ["nyc"] = "new york",
        ["new york city"] = "new york",
        ["la"] = "los angeles",
        ["the bay area"] = "san francisco",
        ["epl"] = "premier league",
        ["man utd"] = "manchester united",
        ["man united"] = "manchester united",
        ["spurs"] = "tottenham",
        ["cpc"] = "communist party of china",
        ["ccp"] = "communist party of china",
        ["nhs"] = "national health service",
        ["lib dem"] = "liberal democrat",
        ["lib dems"] = "liberal democrats",
        ["greens"] = "green party",
        ["tories"] = "conservatives",
        ["tory"] = "conservative",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that negate the statement they stand in.</summary>
    public static readonly FrozenSet<string> NegationCues = FrozenSet.ToFrozenSet(
    [
        "not", "no", "never", "without", "nobody", "nothing", "none", "neither", "nor", "cannot", "nowhere",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "hasn't", "haven't", "hadn't", "mustn't", "ain't", "refused",
        "refuses", "refuse", "failed", "fails", "fail", "unable",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words with which a sentence reports a question rather than answering it (<c>it is unclear whether</c>, <c>he
    /// asked if</c>): such a sentence may rest on a question in the source.
    /// </summary>
    public static readonly FrozenSet<string> QuestionCues = FrozenSet.ToFrozenSet(
    [
        "whether", "if", "ask", "asks", "asked", "asking", "question", "questions", "questioned", "wonder", "wonders",
        "wondered", "unclear", "unknown", "uncertain",
    ], StringComparer.Ordinal);

    /// <summary>Verbs of saying that mark attribution (<see cref="English.SpeechVerbs"/>).</summary>
    public static readonly FrozenSet<string> SpeechVerbs = English.SpeechVerbs;

    /// <summary>Quantifiers and their rough magnitude (count of items they suggest).</summary>
    public static readonly FrozenDictionary<string, double> Quantifiers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["single"] = 1, ["sole"] = 1, ["lone"] = 1,
        ["couple"] = 2, ["both"] = 2, ["few"] = 3, ["several"] = 5, ["some"] = 5, ["many"] = 20, ["multiple"] = 5,
        ["numerous"] = 20, ["various"] = 5, ["dozens"] = 30, ["scores"] = 50, ["hundreds"] = 300, ["thousands"] = 3000,
        ["millions"] = 3e6, ["billions"] = 3e9, ["all"] = double.PositiveInfinity, ["every"] = double.PositiveInfinity,
        ["each"] = double.PositiveInfinity, ["no"] = 0, ["none"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Function words (<see cref="English.FunctionWords"/>).</summary>
    public static readonly FrozenSet<string> Stopwords = English.FunctionWords;
}
