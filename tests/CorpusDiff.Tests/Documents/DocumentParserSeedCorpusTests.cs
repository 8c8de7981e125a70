using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Documents;

/// <summary>The document model on the real seed corpus (read from <c>CORPUSDIFF_SEED_CORPUS</c>, never copied).</summary>
public class DocumentParserSeedCorpusTests
{
    private static Document Read(string file) => DocumentParser.Default.ParseFile(SeedCorpus.PathOf(file));

    [SeedCorpusFact]
    public void Source_WireStory_HeadersDatelineAndBothFootersAreRead()
    {
        var doc = Read(SeedCorpus.Source);

        doc.Title.Should().Be("Xi urges Shanghai to accelerate the building of a socialist, modern and international metropolis");
        doc.Published.Should().Be(new DateOnly(2023, 12, 5));
        doc.Outlet.Should().Be("Xinhua");
        doc.Dateline!.Places.Should().Equal("SHANGHAI", "YANCHENG", "Jiangsu");
        doc.Dateline.Date.Should().Be(new DateOnly(2023, 12, 5));
        doc.Sentences[0].Text.Should().StartWith("During his recent inspection tour in Shanghai");
        doc.Removed.Should().HaveCount(2).And.OnlyContain(r => r.Kind == BoilerplateKinds.CopyrightFooter);
        doc.Removed[0].Text.Should().StartWith("Copyright\u00A9 | About us | Contact us").And.EndWith("used in any form.");
        doc.Removed[1].Text.Should().StartWith("Copyright\u00A9 | Contact us").And.EndWith("Registration Number: 05070218");
        doc.Sentences[^1].Text.Should().Be("Leading officials of the Fifth Central Steering Group for theoretical study program attended the briefing.");
        doc.Sentences.Should().Contain(s => s.Text.StartsWith("On the afternoon of Nov. 28, Xi visited", StringComparison.Ordinal));
        doc.Sentences.Should().NotContain(s => s.Text.EndsWith("Nov.", StringComparison.Ordinal) || s.Text.EndsWith("Dec.", StringComparison.Ordinal));
    }

    [SeedCorpusFact]
    public void Summary_DateLineWithHeadline_ReadsTitleAndPublished()
    {
        var doc = Read(SeedCorpus.Summary);

        doc.Published.Should().Be(new DateOnly(2023, 12, 4));
        doc.Title.Should().Be("Xi Jinping Emphasizes Shanghai\u2019s Role in Building International Metropolis");
        doc.Outlet.Should().BeNull();
        doc.Removed.Should().BeEmpty();
        doc.Paragraphs.Should().HaveCount(6);
    }

    [SeedCorpusFact]
    public void PartialOverlap_CaptionAndEmbeddedHeadlineRemoved_FragmentsKept()
    {
        var doc = Read(SeedCorpus.PartialOverlap);

        doc.Published.Should().Be(new DateOnly(2023, 11, 30));
        doc.Title.Should().BeNull();
        doc.Removed.Select(r => (r.Kind, r.Text)).Should().Equal(
            (BoilerplateKinds.EmbeddedHeadline, "Chinese President Xi Jinping visits Shanghai in first post-Covid visit"),
            (BoilerplateKinds.PhotoCaption, "Xi inspected an exhibition on Shanghai\u2019s science-technology innovations. Photo: Xinhua"));
        doc.Sentences.Select(s => s.Text).Should().Contain("Is.").And.Contain("Can go,\u201D Xi said.");
        doc.Sentences[0].Text.Should().StartWith("[The region] We should focus");
    }

    [SeedCorpusFact]
    public void Distractor_NavigationAndRepeatedHeadlinesRemoved_TitleIsTheFirstLine()
    {
        var doc = Read(SeedCorpus.Distractor);

        doc.Title.Should().Be("Party Secretary outlines his vision for the city\u2019s future");
        doc.Published.Should().BeNull();
        doc.Outlet.Should().BeNull();
        doc.Removed.Select(r => (r.Kind, r.Text)).Should().Equal(
            (BoilerplateKinds.RepeatedHeadline, "Party Secretary outlines his vision for the city's future"),
            (BoilerplateKinds.RepeatedHeadline, "The 12th Congress of the Communist Party of China in Shanghai"),
            (BoilerplateKinds.Navigation, "Previous How Doctor Strange 2 explains WandaVision's confusing ad"),
            (BoilerplateKinds.Navigation, "Next 'Stamp Guy' found guilty of defrauding Canada Post of $235,000"));
        doc.Sentences[0].Text.Should().Be("The 12th Congress of the Communist Party of China in Shanghai opens today.");
        doc.Sentences.Should().Contain(s => s.Text.EndsWith("harmonious development between human beings and nature. .", StringComparison.Ordinal));
    }

    [SeedCorpusFact]
    public void RelatedEvent_DateLineWithBodyText_HasNoTitle()
    {
        var doc = Read(SeedCorpus.RelatedEvent);

        doc.Published.Should().Be(new DateOnly(2023, 11, 30));
        doc.Title.Should().BeNull();
        doc.Removed.Should().BeEmpty();
        doc.Sentences[0].Text.Should().StartWith("Xi Jinping, General Secretary of the CPC Central Committee");
    }

    [SeedCorpusTheory]
    [InlineData(SeedCorpus.Source)]
    [InlineData(SeedCorpus.Summary)]
    [InlineData(SeedCorpus.PartialOverlap)]
    [InlineData(SeedCorpus.Distractor)]
    [InlineData(SeedCorpus.RelatedEvent)]
    public void EveryFile_SentenceAndRemovedOffsetsPointIntoTheOriginalFile(string file)
    {
        var original = File.ReadAllText(SeedCorpus.PathOf(file));
        var doc = Read(file);

        doc.Text.Should().Be(original);
        doc.Sentences.Should().NotBeEmpty().And.OnlyContain(s => original.Substring(s.Start, s.End - s.Start) == s.Text);
        doc.Removed.Where(r => original.Substring(r.Start, r.End - r.Start) != r.Text).Should().BeEmpty();
        doc.Tokens.Should().OnlyContain(t => t.Text == TextNormalizer.Normalize(original.Substring(t.Start, t.End - t.Start)));

        // Every letter of the file is accounted for: in a header, a sentence, or a reported removal.
        var covered = new bool[original.Length];
        void Cover(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                covered[i] = true;
            }
        }

        foreach (var s in doc.Sentences)
        {
            Cover(s.Start, s.End);
        }

        foreach (var r in doc.Removed)
        {
            Cover(r.Start, r.End);
        }

        if (doc.TitleSpan is { } title)
        {
            Cover(title.Start, title.End);
        }

        if (doc.Dateline is { } dateline)
        {
            Cover(dateline.Start, dateline.End);
        }

        // Only header lines (the date and "Updated:" lines) may hold letters outside all of those.
        var lost = Enumerable.Range(0, original.Length).Where(i => char.IsLetter(original[i]) && !covered[i]);
        lost.Select(i => LineAt(original, i)).Where(
            line => !line.TrimStart().StartsWith("date 20", StringComparison.Ordinal) && !line.StartsWith("Updated:", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    private static string LineAt(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
