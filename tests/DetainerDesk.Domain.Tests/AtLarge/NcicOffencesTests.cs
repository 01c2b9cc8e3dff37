using DetainerDesk.Domain.AtLarge;

namespace DetainerDesk.Domain.Tests.AtLarge;

public sealed class NcicOffencesTests
{
    [Theory]
    [InlineData("0901", OffenceGroup.Homicide)]
    [InlineData("5403", OffenceGroup.Dui)]
    [InlineData("5404", OffenceGroup.Dui)]
    [InlineData("5499", OffenceGroup.Traffic)]
    [InlineData("3562", OffenceGroup.DangerousDrugs)]
    [InlineData("0301", OffenceGroup.Immigration)]
    [InlineData("2308", OffenceGroup.Larceny)]
    [InlineData("7399", OffenceGroup.Other)]
    [InlineData("54", OffenceGroup.Other)]
    [InlineData("x404", OffenceGroup.Other)]
    public void Codes_fall_in_their_groups(string code, OffenceGroup group) => Assert.Equal(group, NcicOffences.GroupOf(code));

    [Fact]
    public void Reported_categories_overlap_and_count_convictions_only()
    {
        var day = new DateOnly(2018, 1, 1);
        Offence C(string code, bool minor = false) => new(code, day, OffenceKind.Conviction, OffenceLevel.Felony, MinorVictim: minor);
        Assert.Equal(ReportedConvictionCategories.SexOffence | ReportedConvictionCategories.SexOffenceInvolvingMinor | ReportedConvictionCategories.Dui,
            NcicOffences.Categories([C("1103", minor: true), C("5404")]));
        Assert.Equal(ReportedConvictionCategories.SexOffence | ReportedConvictionCategories.SexOffenceInvolvingMinor, NcicOffences.Categories([C("3701")]));
        Assert.Equal(ReportedConvictionCategories.Homicide | ReportedConvictionCategories.Other, NcicOffences.Categories([C("0909"), C("2204")]));
        Assert.Equal(ReportedConvictionCategories.None, NcicOffences.Categories([new Offence("0901", day, OffenceKind.PendingCharge, OffenceLevel.Felony)]));
    }
}
