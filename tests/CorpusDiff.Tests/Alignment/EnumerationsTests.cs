using CorpusDiff.Alignment;

namespace CorpusDiff.Tests.Alignment;

public class EnumerationsTests
{
    [Theory]
    [InlineData("He urged the city to build an international center for economy, finance, trade, shipping and sci-tech innovation.", 5, true)]
    [InlineData("He urged the city to build an international center for economy, finance, trade, shipping and sci-tech innovation.", 4, false)]
    [InlineData("The museum, the library, and the zoo will reopen.", 3, true)]
    [InlineData("The council met and voted on the plan.", 2, false)]
    [InlineData("After the long vote on Tuesday, the council met and left.", 3, false)]
    public void HasList_Sentence_CountsCommaListsClosedByAConjunction(string text, int count, bool expected)
    {
        var document = Corpus.Parse(text, "list");

        Enumerations.HasList(document, document.Sentences[0], count).Should().Be(expected);
    }
}
