namespace DetainerDesk.Data.ReferenceData;

/// <summary>Everything the shipped reference files hold, parsed and cross-checked, ready to insert.</summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<UsState> States,
    IReadOnlyList<UsCounty> Counties,
    IReadOnlyList<FieldOffice> FieldOffices,
    IReadOnlyList<CountyAorAssignment> CountyAorAssignments,
    IReadOnlyList<IceFacility> IceFacilities)
{
    /// <summary>Reads the embedded files. Throws if a file is malformed or DDP's map names something we cannot resolve.</summary>
    public static ReferenceDataSet ReadEmbedded()
    {
        var states = UsStatesFile.Read();
        var uwchrCounties = UwchrCountyAorFile.Read(states);
        var counties = uwchrCounties.Select(c => c.County).ToList();
        var ddp = DdpCountyMatcher.Match(DdpAreasOfResponsibilityFile.Read(), states, counties);
        return new ReferenceDataSet(
            states,
            counties,
            UwchrFieldOfficesFile.Read(),
            CountyAorHistory.Build(uwchrCounties, ddp),
            UwchrIceFacilitiesFile.Read());
    }
}
