using CorpusDiff.Alignment;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Alignment;

public class PairModelTests
{
    [Theory]
    [InlineData("The library would open seven days a week.", false)]
    [InlineData("The library would open for 48 hours a week.", true)]
    public void TargetWeight_Length_WeighsOnlyWhenTheSourceStatesIt(string source, bool stated)
    {
        // "two days more than now" is arithmetic on the source's figures: a length only the target states must not
        // count against the pair, since its count and unit already stand as terms of their own.
        var target = TermProfile.For(DocumentParser.Default.Parse("The library would open two days more than now.", "t"));
        var model = new PairModel(TermProfile.For(DocumentParser.Default.Parse(source, "s")), target, AlignerOptions.Default);

        var length = target.SentenceTerms[0].Single(k => target.IsLength[k]);

        (model.TargetWeight[length] > 0).Should().Be(stated);
    }

    [Theory]
    [InlineData("Sales were £2.1bn last year.", false)]
    [InlineData("Sales were £2.1 millions last year.", true)]
    public void Aliases_ScaleWord_MeetsOnlyItsOwnScale(string source, bool met)
    {
        // "million" and "billion" share most of their letters and differ a thousandfold: no spelling variant of each other.
        var target = TermProfile.For(DocumentParser.Default.Parse("Sales were £2.1m last year.", "t"));
        var model = new PairModel(TermProfile.For(DocumentParser.Default.Parse(source, "s")), target, AlignerOptions.Default);

        var million = target.SentenceTerms[0].Single(k => target.Terms[k] == "million");

        (model.Aliases[million].Length > 0).Should().Be(met);
    }
}
