using DetainerDesk.Data.ReferenceData;

namespace DetainerDesk.Web.Tests.ReferenceData;

/// <summary>UWCHR's older map and DDP's newer one, merged into dated assignments.</summary>
public sealed class CountyAorHistoryTests
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.ReadEmbedded();

    [Fact]
    public void Every_DDP_row_names_a_known_office_state_and_county_and_every_county_is_covered_once()
    {
        var match = DdpCountyMatcher.Match(DdpAreasOfResponsibilityFile.Read(), Data.States, Data.Counties);
        Assert.Empty(match.Problems);
        Assert.Equal(Data.Counties.Select(c => c.Fips).Order(), match.AorByCountyFips.Keys.Order());
    }

    [Fact]
    public void A_DDP_row_that_matches_nothing_is_reported_and_stops_the_build()
    {
        DdpAorRow[] rows = [new(2, "Houston", "Texas", "Nowhere"), new(3, "Gotham", "Texas", null), new(4, "Houston", "Atlantis", null)];
        var match = DdpCountyMatcher.Match(rows, Data.States, Data.Counties);

        Assert.Equal(3, match.Problems.Count);
        var uwchr = UwchrCountyAorFile.Read(Data.States);
        Assert.Throws<InvalidOperationException>(() => CountyAorHistory.Build(uwchr, match));
    }

    [Fact]
    public void Every_office_name_in_DDPs_file_maps_to_a_code()
    {
        var names = DdpAreasOfResponsibilityFile.Read().Select(r => r.OfficeName).Distinct().ToList();
        Assert.Equal(25, names.Count);
        Assert.All(names, n => Assert.NotNull(FieldOfficeNames.CodeForDdpName(n)));
        Assert.Equal("SPM", FieldOfficeNames.CodeForDdpName("St Paul"));
        Assert.Equal("HAL", FieldOfficeNames.CodeForDdpName("Harlingen"));
        Assert.Null(FieldOfficeNames.CodeForDdpName("Headquarters"));
    }

    [Fact]
    public void The_sources_disagree_on_25_Texas_counties_15_of_which_moved_to_Harlingen()
    {
        var moved = Data.CountyAorAssignments.Where(a => a.Source == CountyAorHistory.DdpSource).ToList();
        var ended = Data.CountyAorAssignments.Where(a => a.EffectiveTo is not null).ToDictionary(a => a.CountyFips, a => a.AorCode);

        Assert.Equal(25, moved.Count);
        Assert.All(moved, a => Assert.StartsWith("48", a.CountyFips));
        Assert.All(moved, a => Assert.Equal(CountyAorHistory.HarlingenSplitEffective, a.EffectiveFrom));
        Assert.Equal(moved.Select(a => a.CountyFips).Order(), ended.Keys.Order());
        var moves = moved.GroupBy(a => (From: ended[a.CountyFips], To: a.AorCode)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<(string, string), int> { [("SNA", "HAL")] = 8, [("HOU", "HAL")] = 7, [("SNA", "HOU")] = 10 }, moves);
    }

    [Fact]
    public void AorFor_picks_the_assignment_in_force_and_treats_EffectiveTo_as_exclusive()
    {
        var split = CountyAorHistory.HarlingenSplitEffective;
        Assert.Equal("SNA", AorLookup.AorFor(Data.CountyAorAssignments, "48061", split.AddDays(-1)));
        Assert.Equal("HAL", AorLookup.AorFor(Data.CountyAorAssignments, "48061", split));
        Assert.Null(AorLookup.AorFor(Data.CountyAorAssignments, "48061", new DateOnly(1999, 12, 31)));
        Assert.Null(AorLookup.AorFor(Data.CountyAorAssignments, "99999", split));
    }
}
