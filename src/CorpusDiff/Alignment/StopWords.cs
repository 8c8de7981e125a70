namespace CorpusDiff.Alignment;

/// <summary>
/// Two small built-in English word lists: function words, which carry no content and are ignored, and generic
/// vocabulary, which news and policy reports share whatever they are about ("development", "opening", "important"),
/// and which therefore weighs little and never counts as the specific evidence an alignment needs.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could",
        "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ever", "every", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most",
        "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
        "others", "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "within", "without", "would", "yet", "you", "your", "yours", "its", "it's", "he's", "she's", "via", "per",
        "well", "even", "still", "like", "s", "t", "one's", "toward", "towards", "among", "amid", "along", "around",
        "across", "behind", "beyond", "since", "though", "although", "unless", "whereas", "wherein", "hereby",
    };

    // Words every report on public affairs uses, whatever its event: matching them proves nothing about the event.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "saying", "told", "tell", "stated", "state", "statement", "noted", "note", "added", "add",
        "stressed", "stress", "emphasized", "emphasize", "emphasise", "emphasised", "underlined", "underline", "highlighted",
        "highlight", "pointed", "point", "urged", "urge", "called", "call", "calls", "asked", "ask", "according", "report",
        "reported", "reports", "reporting", "news", "announced", "announce", "importance", "important", "importantly",
        "need", "needs", "needed", "necessary", "necessity", "essential", "crucial", "key", "major", "main", "great",
        "greater", "new", "old", "high", "higher", "highest", "level", "levels", "high-level", "high-quality", "quality",
        "development", "develop", "developed", "developing", "developments", "promote", "promoted", "promoting", "promotion",
        "build", "building", "built", "builds", "construction", "construct", "strengthen", "strengthening", "strengthened",
        "enhance", "enhancing", "enhanced", "improve", "improving", "improved", "improvement", "advance", "advancing",
        "advanced", "accelerate", "accelerating", "accelerated", "boost", "boosting", "efforts", "effort", "work",
        "working", "works", "worked", "make", "making", "made", "take", "taking", "taken", "took", "give", "given",
        "giving", "gave", "get", "got", "go", "going", "went", "come", "came", "coming", "see", "seen", "saw", "know",
        "known", "time", "times", "year", "years", "day", "days", "today", "week", "month", "way", "ways", "part",
        "parts", "area", "areas", "field", "fields", "aspect", "aspects", "role", "roles", "goal", "goals", "task",
        "tasks", "aim", "aims", "aimed", "focus", "focusing", "focused", "ensure", "ensuring", "continue", "continued",
        "continuing", "continuously", "further", "fully", "full", "all-round", "comprehensive", "comprehensively",
        "overall", "various", "many", "several", "more", "less", "better", "best", "good", "large", "larger", "big",
        "first", "second", "last", "next", "first-class", "world-class", "world", "global", "international", "national",
        "country", "countries", "nation", "people", "people's", "city", "cities", "city's", "region", "regional",
        "local", "public", "social", "society", "economic", "economy", "economies", "political", "policy", "policies",
        "system", "systems", "modern", "modernization", "modernisation", "reform", "reforms", "opening", "open",
        "opening-up", "innovation", "innovative", "innovate", "science", "scientific", "technology", "technological",
        "sci-tech", "progress", "achievement", "achievements", "achieve", "achieving", "support", "supported", "growth",
        "grow", "effective", "effectively", "capacity", "capabilities", "capability", "ability", "abilities", "pattern",
        "patterns", "approach", "measures", "measure", "issue", "issues", "problem", "problems", "matter", "matters",
        "process", "processes", "situation", "conditions", "condition", "basis", "center", "centre", "centers", "centres",
        "chinese", "china", "china's", "party", "government", "leader", "leaders", "leading", "officials", "official",
        "president", "secretary", "general", "committee", "central", "member", "members", "chairman", "premier",
        "recent", "recently", "current", "currently", "future", "ahead", "forward", "together", "always", "also",
        "strive", "striving", "seek", "seeking", "sought", "play", "playing", "played", "provide", "providing",
        "provided", "related", "relating", "including", "include", "includes", "included", "regard", "regarding",
        "terms", "term", "way", "part", "whole", "entire", "every", "all", "each", "number", "numbers", "lot", "lots",
        "thing", "things", "place", "places", "hold", "held", "holding", "meeting", "meet", "met", "visit", "visited",
        "visiting", "visits", "inspect", "inspected", "inspection", "tour", "trip", "speech", "address", "remarks",

        // Hedges on a figure ("roughly 20 months", "upwards of 600"): a rewrite adds or drops them freely.
        "roughly", "approximately", "nearly", "almost", "upwards", "upward", "some",
    };

    // Words of official titles and bodies ("Member of the Standing Committee of the Political Bureau", "Director of the
    // General Office"): every report on officials repeats them, so they prove nothing about the event.
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "standing", "committee", "committees", "bureau", "political", "politburo", "office", "council", "state", "commission",
        "department", "ministry", "minister", "director", "deputy", "vice", "chairman", "chairwoman", "secretary", "general",
        "member", "members", "municipal", "provincial", "province", "mayor", "governor", "premier", "president", "cpc",
        "communist", "party", "central", "national", "congress", "people's", "government", "administration", "agency", "head",
    };

    private static readonly HashSet<string> GenericStems = [.. GenericWords.Select(Stemmer.Stem)];

    // Day and month names: a report's dates are checked by the claim checker, and a rewrite that says "on Tuesday" for
    // the source's "Nov. 28" should not lose support for it.
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "morning", "afternoon",
        "evening", "earlier", "later", "midweek", "weekend", "overnight", "tonight",
    };

    /// <summary>Returns whether a normalized word names a day, a month or a time of day (weighs nothing in alignment).</summary>
    public static bool IsDateWord(string word) => DateWords.Contains(word);

    /// <summary>Returns whether a normalized word is a function word (ignored by the aligner).</summary>
    public static bool IsFunctionWord(string word) => Function.Contains(word);

    /// <summary>
    /// Returns whether a normalized word is generic public-affairs vocabulary (weighs little, never specific). Judged on
    /// the word and on its stem, so every inflection of a generic word is generic.
    /// </summary>
    public static bool IsGeneric(string word) => GenericWords.Contains(word) || GenericStems.Contains(Stemmer.Stem(word));

    /// <summary>Returns whether a normalized word belongs to official titles and bodies (weighs as usual, but is no evidence that two sentences share a fact).</summary>
    public static bool IsTitleWord(string word) => TitleWords.Contains(word);
}
