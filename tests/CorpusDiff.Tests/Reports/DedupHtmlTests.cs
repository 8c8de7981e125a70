using System.Text.RegularExpressions;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.Reports;

namespace CorpusDiff.Tests.Reports;

public class DedupHtmlTests
{
    private const string Story =
        "Officials in the river city opened a new flood barrier on Monday after four years of construction. "
        + "The barrier spans two kilometres and cost 310 million dollars, according to the regional water agency. "
        + "Engineers said it can hold back a surge three metres higher than the record flood of 1998. "
        + "Residents of the low-lying eastern districts welcomed the project but complained about the noise.";

    [Fact]
    public void Write_GroupsAndSingletons_ShowsRelationsScoresDiffsAndCountsSingletons()
    {
        var texts = new Dictionary<string, string>
        {
            ["a.txt"] = Story,
            ["b.txt"] = Story.Replace("310 million", "320 million", StringComparison.Ordinal),
            ["<c>.txt"] = "A different story about a school that opened a library for 400 pupils in the hills on Tuesday morning.",
            ["d.txt"] = "Another unrelated note: the bakery on the corner now sells rye bread on Sundays, its owner said.",
        };
        var documents = texts.ToDictionary(t => t.Key, t => Corpus.Parse(t.Value, t.Key));
        var options = new DedupOptions { Threshold = 0.5 };
        var result = new Deduplicator(options).Deduplicate(texts.Keys.ToList(), id => documents[id]);
        var writer = new StringWriter();

        DedupHtml.Write(writer, result, options, d => documents[d.Id]);

        var page = writer.ToString();
        var group = result.Groups.Single(g => g.Members.Count > 1);
        Regex.Matches(page, "<li class=\"cd-group\"").Count.Should().Be(1);
        page.Should().Contain($"data-representative=\"{group.Representative}\"");
        foreach (var member in group.Members)
        {
            page.Should().Contain($"data-relation=\"{ReportNames.Of(member.Relation)}\"><th scope=\"row\"><span class=\"cd-id\">{member.Id}</span>");
        }

        page.Should().MatchRegex("<del>3[12]0</del> <ins>3[12]0</ins>", "the member's diff against the representative shows the edited number");
        page.Should().Contain("2 singletons (no copy found)").And.Contain("&lt;c&gt;.txt").And.NotContain("<c>");
    }
}
