using CorpusDiff.Claims;
using FluentAssertions;
using Xunit;

namespace CorpusDiff.Tests.Claims;

public sealed class DivergenceKindTests
{
    [Fact]
    public void Cast_EveryClaimKind_IsTheDivergenceKindOfTheSameName()
    {
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            ((DivergenceKind)kind).ToString().Should().Be(kind.ToString());
        }
    }

    [Fact]
    public void Unsupported_IsNoClaimKind()
    {
        Enum.IsDefined((ClaimKind)DivergenceKind.Unsupported).Should().BeFalse();
    }
}
