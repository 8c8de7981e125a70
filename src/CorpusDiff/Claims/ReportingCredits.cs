using System.Collections.Frozen;
using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// Names that credit a report rather than state a fact of the story: the source's and the target's own outlets, and
/// news agencies and broadcasters cited as the origin of a report (<c>CCTV reported</c>, <c>told Xinhua</c>,
/// <c>Photo: Xinhua</c>). A rewrite that credits another outlet says where it read the story, not what happened, so such
/// names are never checked as names (a speaker swap is still an attribution matter).
/// </summary>
internal sealed class ReportingCredits
{
    /// <summary>Agencies and broadcasters that appear in news text as credits, as lower-case tokens joined by spaces.</summary>
    private static readonly FrozenSet<string> Agencies = new[]
    {
        "xinhua", "xinhua news agency", "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
        "cctv", "china central television", "cgtn", "cns", "china news service", "bloomberg", "kyodo", "kyodo news", "yonhap",
        "tass", "ria novosti", "dpa", "anp", "belga", "efe", "ansa", "upi", "pti", "press trust of india", "bernama", "antara",
        "bbc", "cnn", "people's daily", "people daily", "global times", "xinhuanet", "chinadaily", "china daily",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> outlets;

    public ReportingCredits(Document source, Document? target)
    {
        var names = new List<string>();
        foreach (var outlet in new[] { source.Outlet, target?.Outlet })
        {
            if (!string.IsNullOrWhiteSpace(outlet))
            {
                names.Add(Key(Tokenizer.Tokenize(outlet).Select(t => NameGazetteer.Canonical(t.Text))));
            }
        }

        outlets = names.Where(n => n.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether a name (its canonical words) is an outlet's or an agency's: a credit, not a claim.</summary>
    public bool IsCredit(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var key = Key(words);
        return Agencies.Contains(key) || outlets.Contains(key)
            || (words.Count > 1 && words[0] == "state" && Agencies.Contains(Key(words.Skip(1))));
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words);
}
