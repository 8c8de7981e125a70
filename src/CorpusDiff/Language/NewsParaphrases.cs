using System.Collections.Frozen;

namespace CorpusDiff.Language;

/// <summary>
/// A small English paraphrase lexicon for news: classes of words that two reports of one event use for the same
/// thing (<c>rust</c>/<c>corrosion</c>, <c>homes</c>/<c>households</c>, <c>nine</c>/<c>9</c>), and derivations the
/// suffix stripper and the character n-grams do not join (<c>die</c>/<c>death</c>/<c>killed</c>,
/// <c>began</c>/<c>start</c>). General vocabulary of reported events (damage, casualties, money, work, weather,
/// transport, buildings, decisions, illness, crime, courts, sport), not any one story's words, and phrasal verbs that
/// stand for one plain word (<c>look into</c>/<c>investigate</c>). Words are listed in plain form and inflections the
/// readers' own stemming does not reach (irregular pasts); a word may sit in more than one class (<c>fall</c>: a
/// collapse and a decline). A class joins words that can stand for one another in a rewrite, so a match through it is
/// weaker evidence than the same word.
/// </summary>
internal static class NewsParaphrases
{
    /// <summary>
    /// The number words from two up (<see cref="English.NumberWords"/>), one class per value with its digits
    /// (<c>twelve</c>, <c>dozen</c>, <c>12</c>), in ascending order, then <c>hundred</c>.
    /// </summary>
    private static readonly string[][] NumberWords =
    [
        .. English.NumberWords.Where(p => p.Value >= 2).GroupBy(p => p.Value).OrderBy(g => g.Key)
            .Select(g => (string[])[.. g.Select(p => p.Key).Order(StringComparer.Ordinal), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
        ["hundred", "100"],
    ];

    /// <summary>Words that stand for one another in news rewrites, by topic.</summary>
    private static readonly string[][] Synonyms =
    [
        // Finding, deciding, acting.
        ["find", "found", "discover", "discovery", "uncover", "detect"],
        ["notice", "spot", "observe"],
        ["approve", "approval", "endorse", "endorsement", "authorise", "authorize", "sanction"],
        ["reject", "rejection", "refuse", "refusal", "oppose", "opposition"],
        ["choose", "chose", "chosen", "choice", "select", "selection", "opt", "pick", "decide", "decision"],
        ["vote", "voting", "voter", "ballot", "poll", "election", "turnout", "electorate"],
        ["plan", "proposal", "propose", "scheme", "project", "programme", "program"],
        ["argue", "contend", "insist", "maintain"],
        ["warn", "warning", "caution", "alert"],
        ["expect", "forecast", "forecaster", "predict", "prediction", "anticipate", "foresee"],
        ["begin", "began", "begun", "start", "launch", "commence"],
        ["end", "ended", "finish", "complete", "completion", "conclude"],
        ["stop", "halt", "cease", "suspend", "suspension", "pause"],
        ["close", "closure", "shut", "shutdown", "closed"],
        ["ban", "bar", "barred", "prohibit", "prohibition", "forbid", "forbidden"],
        ["delay", "late", "postpone", "postponement"],
        ["replace", "replacement", "substitute", "successor"],
        ["repair", "fix", "mend", "restore", "restoration", "refurbish", "refurbishment", "renovate", "renovation"],
        ["restore", "restoration", "reconnect", "reconnection", "reinstate"],
        ["rebuild", "reconstruct", "reconstruction", "rebuilt"],
        ["widen", "broaden", "expand", "expansion", "extend", "extension", "enlarge"],
        ["arrive", "arrival", "reach"],
        ["leave", "left", "depart", "departure", "quit", "exit"],
        ["evacuate", "evacuation", "flee", "fled", "escape"],
        ["rescue", "rescuer", "save", "saved", "lifeboat"],
        ["help", "aid", "assist", "assistance"],
        ["arrest", "detain", "detention", "custody"],
        ["accuse", "accusation", "allege", "allegation"],
        ["cause", "reason"],
        ["talk", "negotiate", "negotiation", "negotiator"],
        ["deal", "agreement", "settlement", "accord", "contract"],
        ["urge", "advise", "advice", "recommend", "recommendation"],
        ["cancel", "cancellation", "scrap", "axe", "axed"],
        ["apologise", "apologize", "apology", "apologies", "sorry"],

        // Damage, harm, casualties.
        ["destroy", "destruction", "wreck", "ruin", "devastate", "devastation"],
        ["damage", "harm", "hurt"],
        ["collapse", "cave", "caved", "crumble", "fall", "fell", "fallen"],
        ["crack", "fracture", "split", "break", "broke", "broken"],
        ["rust", "rusted", "corrosion", "corrode", "corroded"],
        ["die", "died", "dead", "death", "kill", "killed", "fatal", "fatality", "fatalities"],
        ["injure", "injured", "injury", "wound", "wounded", "hurt"],
        ["victim", "casualty", "casualties"],
        ["operation", "surgery", "procedure"],
        ["birth", "born"],
        ["hospital", "hospitalise", "hospitalize", "hospitalised", "hospitalized"],
        ["elderly", "older", "pensioner", "aged"],
        ["child", "children", "kid", "youngster", "young"],
        ["missing", "unaccounted"],
        ["flood", "flooded", "flooding", "inundate", "inundated", "submerge", "submerged", "swamp", "swamped", "deluge"],
        ["storm", "gale", "hurricane", "typhoon", "cyclone", "tempest"],
        ["rain", "rainfall", "downpour", "shower", "showers"],
        ["fire", "blaze", "flame", "flames", "wildfire", "inferno"],
        ["earthquake", "quake", "tremor"],
        ["crash", "collision", "collide", "accident", "wreck"],
        ["debris", "wreckage", "rubble"],
        ["explode", "explosion", "blast", "detonate", "detonation"],
        ["overtop", "overtopped", "breach", "breached", "burst"],

        // Illness and contamination: outbreaks, water and food scares.
        ["ill", "illness", "sick", "sickness", "unwell", "disease"],
        ["contaminate", "contaminated", "contamination", "pollute", "polluted", "pollution", "pollutant", "taint", "tainted"],
        ["bacteria", "bacterium", "germ", "microbe"],

        // Amounts and change.
        ["rise", "rose", "risen", "increase", "climb", "jump", "surge", "soar", "peak", "peaked"],
        ["fall", "fell", "drop", "decline", "decrease", "slump", "plunge", "slide", "dip"],
        ["cut", "reduce", "reduction", "lower", "slash", "trim"],
        ["twice", "double", "doubled", "twofold"],
        ["half", "halve", "halved"],
        ["record", "highest", "unprecedented"],
        ["unusual", "strange", "odd"],

        // Money.
        ["cost", "costly", "expense", "expensive", "price", "spend", "spending", "spent"],
        ["pay", "paid", "payment", "fund", "funding", "finance", "contribute", "contribution", "grant"],
        ["borrow", "borrowing", "loan", "lend", "lent", "debt", "credit"],
        ["profit", "earnings", "income"],
        ["revenue", "sales", "turnover"],
        ["buy", "bought", "purchase", "acquire", "acquisition", "takeover"],
        ["bid", "offer"],
        ["sell", "sold", "sale"],

        // Work and people.
        ["job", "jobs", "employment"],
        ["worker", "employee", "employ", "staff", "personnel", "workforce"],
        ["hire", "recruit", "employ"],
        ["dismiss", "sack", "fire", "layoff", "redundancy", "redundancies"],
        ["strike", "walkout", "stoppage"],
        ["protest", "protester", "demonstration", "demonstrator", "rally"],
        ["company", "firm", "business", "corporation", "contractor", "builder", "consultancy", "consultant"],
        ["boss", "chief", "leader", "manager", "coach"],
        ["board", "director"],
        ["resident", "inhabitant", "householder"],
        ["passenger", "traveller", "traveler", "commuter", "rider"],
        ["visitor", "visit", "visited", "guest", "caller"],
        ["police", "officer", "constable", "policeman", "policemen", "detective"],
        ["firefighter", "fireman", "firemen", "brigade"],
        ["doctor", "physician", "medic", "surgeon"],
        ["lawmaker", "legislator", "mp", "senator", "congressman", "congresswoman"],
        ["councillor", "councilor", "alderman"],
        ["regulator", "watchdog", "inspectorate", "ombudsman"],
        ["pupil", "student", "schoolchild", "schoolchildren"],
        ["membership", "member", "join", "joining", "subscribe", "subscription"],

        // Places, buildings, things.
        ["home", "house", "household", "dwelling", "residence", "property", "homeowner", "apartment"],
        ["electricity", "power", "blackout", "outage", "electric"],
        ["vehicle", "car", "lorry", "truck", "van"],
        ["bike", "bicycle", "cyclist", "cycling"],
        ["pedestrian", "foot", "walker", "walking"],
        ["bus", "coach"],
        ["road", "street", "highway", "motorway", "route"],
        ["bridge", "span", "crossing", "viaduct"],
        ["pavement", "footpath", "sidewalk", "walkway", "path"],
        ["beam", "girder", "joist", "strut"],
        ["metal", "steel", "iron"],
        ["shelter", "refuge", "haven"],
        ["book", "volume"],
        ["library", "librarian"],
        ["shop", "store", "retailer"],
        ["school", "college", "academy"],
        ["phone", "mobile", "smartphone", "telephone"],
        ["town", "city", "municipality", "borough"],
        ["airport", "airfield", "airstrip"],
        ["ship", "vessel", "boat"],
        ["plane", "aircraft", "jet", "airliner", "flight"],
        ["train", "rail", "railway"],
        ["door", "doorway", "entrance", "exit", "gate"],
        ["alarm", "siren"],

        // Crime and its investigation.
        ["thief", "thieves", "burglar", "robber", "raider", "intruder"],
        ["steal", "stole", "stolen", "theft", "rob", "robbery", "burgle", "burglary", "heist", "loot", "looted"],
        ["investigate", "investigation", "investigator", "inquiry", "enquiry", "probe"],
        ["witness", "eyewitness", "bystander", "onlooker"],

        // Courts and law.
        ["ruling", "judgment", "judgement", "verdict"],
        ["court", "tribunal"],
        ["lawyer", "solicitor", "attorney", "counsel", "barrister"],
        ["appeal", "challenge"],
        ["plea", "plead", "pleaded", "pled"],
        ["sue", "lawsuit", "litigation"],
        ["jail", "jailed", "prison", "imprison", "imprisoned", "imprisonment"],
        ["petition", "signature", "signatory", "sign", "signed"],

        // Sport: a match report and its rewrite.
        ["victory", "win", "won", "triumph", "beat", "beaten", "defeat", "defeated"],
        ["match", "game", "fixture"],
        ["score", "scored", "scorer", "strike", "struck", "net", "netted", "goal"],
        ["equalise", "equalize", "equaliser", "equalizer", "level", "levelled", "leveled"],
        ["lead", "led", "ahead"],
        ["substitute", "bench"],
        ["crowd", "fan", "spectator", "attendance", "supporter"],
        ["handball", "handling", "handle", "handled"],

        // Time and speed.
        ["fast", "quick", "quickly", "rapid", "rapidly", "swift", "swiftly", "speedy"],
        ["original", "initial", "former", "previous"],
    ];

    /// <summary>
    /// Phrasal verbs a rewrite uses for one plain word (<c>look into</c> for <c>investigate</c>, <c>put off</c> for
    /// <c>postpone</c>): the verb in each inflection, then each particle that must follow it at once, or after an object
    /// pronoun (<c>blew it up</c>), with the word the two stand for (<c>fall ill</c> is its particle, <c>ill</c>, not a
    /// fall). Only pairs whose sense in news is one: <c>hand over</c> (pay? surrender?) and <c>turn up</c> (found?
    /// arrived?) are not listed. Two adverbs of one word's sense are read the same way (<c>straight away</c>, <c>right
    /// away</c>: <c>immediately</c>).
    /// </summary>
    private static readonly (string[] Verb, (string Particle, string Means)[] Uses)[] PhrasalVerbs =
    [
        (["look", "looks", "looked", "looking"], [("into", "investigate")]),
        (["put", "puts", "putting"], [("off", "postpone"), ("right", "fix")]),
        (["call", "calls", "called", "calling"], [("off", "cancel")]),
        (["step", "steps", "stepped", "stepping"], [("down", "resign")]),
        (["set", "sets", "setting"], [("up", "establish")]),
        (["carry", "carries", "carried", "carrying"], [("out", "conduct")]),
        (["break", "breaks", "broke", "broken", "breaking"], [("into", "burgle")]),
        (["cut", "cuts", "cutting"], [("off", "disconnect")]),
        (["fall", "falls", "fell", "fallen", "falling"], [("ill", "ill")]),
        (["blow", "blows", "blew", "blown", "blowing"], [("up", "explode")]),
        (["pull", "pulls", "pulled", "pulling"], [("out", "withdraw")]),
        (["come", "comes", "came", "coming"], [("down", "fall")]),
        (["link", "links", "linked", "linking"], [("up", "join")]),

        // Not verbs, but two words that stand for one all the same ("report sick birds straight away").
        (["straight", "right"], [("away", "immediately")]),
    ];

    private static readonly FrozenDictionary<string, (string Particle, string Means)[]> PhrasalByVerb = PhrasalVerbs
        .SelectMany(p => p.Verb.Select(v => (Verb: v, p.Uses)))
        .ToFrozenDictionary(p => p.Verb, p => p.Uses, StringComparer.Ordinal);

    /// <summary>
    /// Returns the plain word a verb and its particle stand for when they form a listed phrasal verb (<c>looked</c>,
    /// <c>into</c>: <c>investigate</c>; <c>blew</c>, <c>it</c>, <c>up</c>: <c>explode</c>), or <see langword="null"/>.
    /// All words in lower case.
    /// </summary>
    /// <param name="verb">The verb.</param>
    /// <param name="next">The word after it, or <see langword="null"/> at the end of a sentence.</param>
    /// <param name="afterNext">The word after that, or <see langword="null"/>: the particle when <paramref name="next"/> is an object pronoun.</param>
    /// <param name="particleAt">How many words after the verb the particle stands (1, or 2 across a pronoun); 0 when none.</param>
    public static string? PhrasalMeaning(string verb, string? next, string? afterNext, out int particleAt)
    {
        particleAt = 0;
        if (next is null || !PhrasalByVerb.TryGetValue(verb, out var uses))
        {
            return null;
        }

        if (Means(uses, next) is { } means)
        {
            particleAt = 1;
            return means;
        }

        // English puts a pronoun object between the verb and its particle: "blew it up", "called them off".
        if (afterNext is not null && English.ObjectPronouns.Contains(next) && Means(uses, afterNext) is { } across)
        {
            particleAt = 2;
            return across;
        }

        return null;
    }

    private static string? Means((string Particle, string Means)[] uses, string particle)
    {
        foreach (var use in uses)
        {
            if (string.Equals(use.Particle, particle, StringComparison.Ordinal))
            {
                return use.Means;
            }
        }

        return null;
    }

    private static readonly FrozenDictionary<string, int> NumberValues = NumberWords
        .SelectMany(c => c.Where(w => !char.IsAsciiDigit(w[0])).Select(w => (Word: w, Value: int.Parse(c.First(d => char.IsAsciiDigit(d[0])), System.Globalization.CultureInfo.InvariantCulture))))
        .ToFrozenDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal);

    /// <summary>Returns the value of a number word (<c>five</c>, <c>dozen</c>) or of plain digits (<c>5</c>), or 0.</summary>
    public static int NumberValue(string word)
    {
        if (NumberValues.TryGetValue(word, out var value))
        {
            return value;
        }

        return word.Length is > 0 and <= 4 && word.All(char.IsAsciiDigit) ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>
    /// Gets every class: the number words with their digits, the synonym classes, then each country or region with
    /// its adjectives (<see cref="NameDescriptors.Places"/>: <c>European clothing brands</c> rewritten as <c>fashion
    /// labels across Europe</c>).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Classes { get; } = [.. NumberWords, .. Synonyms, .. NameDescriptors.Places];

    /// <summary>Gets, for each listed word (lower case), the indexes in <see cref="Classes"/> of the classes it belongs to.</summary>
    public static FrozenDictionary<string, int[]> ClassesOfWord { get; } = Index();

    private static FrozenDictionary<string, int[]> Index()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < Classes.Count; c++)
        {
            foreach (var word in Classes[c])
            {
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = [];
                }

                if (!list.Contains(c))
                {
                    list.Add(c);
                }
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
