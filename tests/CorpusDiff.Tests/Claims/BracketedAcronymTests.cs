using CorpusDiff.Claims;

namespace CorpusDiff.Tests.Claims;

/// <summary>
/// An organisation written out with its acronym in brackets (<c>Full Name (ACRONYM)</c>) where the source uses one of the
/// two forms is the same body, not a new name; a name the source gives in neither form is still new.
/// </summary>
public class BracketedAcronymTests
{
    private static List<Divergence> Check(string source, string target) =>
        [.. TestDocuments.CheckPair(source, target).Divergences];

    [Theory]
    [InlineData("The Harbour Board of Trelawny met on Monday to approve the dredging plan for the outer basin.", "The Harbour Board of Trelawny (HBT) met on Monday to approve the dredging plan for the outer basin.")]
    [InlineData("The HBT met on Monday to approve the dredging plan for the outer basin.", "The Harbour Board of Trelawny (HBT) met on Monday to approve the dredging plan for the outer basin.")]
    [InlineData("The Labour Party of Norland (LPN) Central Office met on Monday to approve the dredging plan.", "The LPN Central Office met on Monday to approve the dredging plan.")]
    [InlineData("The LPN Central Office met on Monday to approve the dredging plan.", "The Labour Party of Norland (LPN) Central Office met on Monday to approve the dredging plan.")]
    [InlineData("The Vell-Ostra Water Authority met on Monday to approve the dredging plan for the outer basin.", "The Vell-Ostra Water Authority (VOWA) met on Monday to approve the dredging plan for the outer basin.")]
    public void Check_FullNameWithItsAcronym_SourceUsesOneForm_IsNotNew(string source, string target)
    {
        Check(source, target).Should().BeEmpty();
    }

    [Fact]
    public void Check_AcronymOfAHyphenatedName_SpellsEachPart()
    {
        // The source writes the name out only; the target uses the acronym alone, which spells each hyphenated part.
        Check(
            "The Vell-Ostra Water Authority said on Monday that it would approve the dredging plan.",
            "The VOWA said on Monday that it would approve the dredging plan.").Should().BeEmpty();
    }

    [Fact]
    public void Check_NewBodyWithItsAcronym_IsStillNew()
    {
        var found = Check(
            "The Harbour Board of Trelawny met on Monday to approve the dredging plan for the outer basin.",
            "The Coastal Fisheries Council (CFC) met on Monday to approve the dredging plan for the outer basin.");

        found.Should().ContainSingle(d => d.Relation == DivergenceRelation.Adds).Which.Facts.Should().Contain(f => f.Contains("Coastal Fisheries Council", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BracketedAcronymNotSpellingTheName_IsStillNew()
    {
        // "(CFC)" after the source's own name does not make it another body's acronym: the bracket says nothing here.
        var found = Check(
            "The Harbour Board of Trelawny met on Monday to approve the dredging plan for the outer basin.",
            "The Harbour Board of Trelawny (CFC) met on Monday to approve the dredging plan for the outer basin.");

        found.SelectMany(d => d.Facts).Should().Contain(f => f.Contains("CFC", StringComparison.Ordinal));
    }
}
