using CorpusDiff.Claims;

namespace CorpusDiff.Tests.Claims;

public class ClaimCheckerFuzzTests
{
    private static readonly string[] Pieces =
    [
        "Nov.", "28", "the", "30th", "Tuesday", "yesterday", "last", "week", "$", "3.2", "billion", "to", "12-15", "%", "percent",
        "Mr.", "Obama", "said", "according", "“", "”", ",", ".", "not", "n't", "a", "one", "hospitals", "several", "of", "万", "3月6日",
        "2023-12-04", "forty-five", "between", "and", "CPC", "Federal", "Reserve", "Fed", "the Fed", "No.", "1", "told", "\n\n", "-", "—",
        "May", "may", "1990s", "bn", "Xi", "Jinping", "visited", "never", "failed", "all", "hundreds", "’s", "(", ")", ":", "?", "!",
    ];

    [Fact]
    public void Check_RandomText_NeverThrowsAndKeepsSpansAndScoresInRange()
    {
        var random = new Random(12345);
        for (var round = 0; round < 300; round++)
        {
            var source = TestDocuments.Body(RandomText(random), random.Next(2) == 0 ? null : "2023-12-04");
            var target = TestDocuments.Body(RandomText(random), random.Next(2) == 0 ? null : "2023-11-30");

            var report = ClaimChecker.Default.Check(source, target);

            report.Consistency.Should().BeInRange(0, 1);
            report.SentenceConsistency.Should().HaveCount(target.Sentences.Count);
            report.SentenceConsistency.All(s => s >= 0 && s <= 1).Should().BeTrue();
            foreach (var d in report.Divergences)
            {
                d.TargetSpan.Start.Should().BeGreaterThanOrEqualTo(0);
                d.TargetSpan.End.Should().BeLessThanOrEqualTo(target.Text.Length).And.BeGreaterThan(d.TargetSpan.Start);
                if (d.SourceSpan is { } span)
                {
                    span.End.Should().BeLessThanOrEqualTo(source.Text.Length).And.BeGreaterThan(span.Start);
                }

                d.Message.Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    private static string RandomText(Random random) =>
        string.Join(random.Next(3) == 0 ? string.Empty : " ", Enumerable.Range(0, random.Next(0, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
