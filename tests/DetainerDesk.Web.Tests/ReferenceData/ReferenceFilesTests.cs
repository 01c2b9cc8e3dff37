using DetainerDesk.Data.ReferenceData;

namespace DetainerDesk.Web.Tests.ReferenceData;

/// <summary>The embedded files parse, agree with each other, and read as people expect.</summary>
public sealed class ReferenceFilesTests
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.ReadEmbedded();

    [Fact]
    public void States_are_the_fifty_DC_and_five_territories_with_zones_this_machine_knows()
    {
        Assert.Equal(56, Data.States.Count);
        Assert.Equal(56, Data.States.Select(s => s.Fips).Distinct().Count());
        Assert.Equal(56, Data.States.Select(s => s.Code).Distinct().Count());
        Assert.All(Data.States, s => TimeZoneInfo.FindSystemTimeZoneById(s.DefaultTimeZone));
        Assert.Equal("America/Phoenix", Data.States.Single(s => s.Code == "AZ").DefaultTimeZone);
        Assert.Equal("Pacific/Pago_Pago", Data.States.Single(s => s.Code == "AS").DefaultTimeZone);
    }

    [Theory]
    [InlineData("01001", "Autauga County")]
    [InlineData("29510", "St. Louis city")]
    [InlineData("29189", "St. Louis County")]
    [InlineData("29186", "Ste. Genevieve County")]
    [InlineData("32510", "Carson City")]
    [InlineData("51036", "Charles City County")]
    [InlineData("35013", "Doña Ana County")]
    [InlineData("72097", "Mayagüez Municipio")]
    [InlineData("13089", "DeKalb County")]
    [InlineData("17039", "De Witt County")]
    [InlineData("19141", "O'Brien County")]
    [InlineData("24033", "Prince George's County")]
    [InlineData("27073", "Lac qui Parle County")]
    [InlineData("55039", "Fond du Lac County")]
    [InlineData("22095", "St. John the Baptist Parish")]
    [InlineData("02110", "Juneau City and Borough")]
    [InlineData("02198", "Prince of Wales-Hyder Census Area")]
    [InlineData("12086", "Miami-Dade County")]
    [InlineData("13189", "McDuffie County")]
    [InlineData("11001", "District of Columbia")]
    [InlineData("09110", "Capitol Planning Region")]
    public void County_names_are_spelled_as_the_Census_Bureau_spells_them(string fips, string name)
    {
        Assert.Equal(name, Data.Counties.Single(c => c.Fips == fips).Name);
    }

    [Fact]
    public void Our_county_names_agree_with_DDPs_for_California_New_York_and_Texas()
    {
        var fipsByState = Data.States.ToDictionary(s => s.Name, s => s.Fips);
        var ours = Data.Counties.Select(c => (c.StateFips, c.Name)).ToHashSet();
        var ddpCounties = DdpAreasOfResponsibilityFile.Read().Where(r => r.CountyName is not null).ToList();
        Assert.Equal(58 + 62 + 254, ddpCounties.Count);
        Assert.All(ddpCounties, r => Assert.Contains((fipsByState[r.StateName], r.CountyName + " County"), ours));
    }

    [Fact]
    public void There_are_26_field_offices_with_coordinates_in_the_United_States()
    {
        Assert.Equal(26, Data.FieldOffices.Count);
        Assert.Equal(FieldOfficeNames.ByCode.Keys.Order(), Data.FieldOffices.Select(f => f.Code).Order());
        Assert.All(Data.FieldOffices, f => Assert.InRange(f.Latitude, 24, 50));
        Assert.All(Data.FieldOffices, f => Assert.InRange(f.Longitude, -125, -66));
    }

    [Fact]
    public void Facilities_are_unique_and_name_known_offices_and_states()
    {
        var offices = Data.FieldOffices.Select(f => f.Code).ToHashSet();
        var states = Data.States.Select(s => s.Code).ToHashSet();
        Assert.Equal(1532, Data.IceFacilities.Count);
        Assert.Equal(1532, Data.IceFacilities.Select(f => f.DetLoc).Distinct().Count());
        Assert.All(Data.IceFacilities, f => Assert.Contains(f.AorCode!, offices));
        Assert.All(Data.IceFacilities.Where(f => f.StateCode is not null), f => Assert.Contains(f.StateCode!, states));
        var aberdeen = Data.IceFacilities.Single(f => f.DetLoc == "ABRDNWA");
        Assert.Equal(("ABERDEEN CITY JAIL", "GRAYS HARBOR", "WA", "SEA"), (aberdeen.Name, aberdeen.County, aberdeen.StateCode, aberdeen.AorCode));
        Assert.Equal(8, Data.IceFacilities.Count(f => f.StateCode is null)); // "NA" in the file
        Assert.Equal("801 SOUTH \"A\" ST.", Data.IceFacilities.Single(f => f.DetLoc == "SEBJVAR").Address);
    }
}
