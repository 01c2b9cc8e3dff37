namespace DetainerDesk.Data.ReferenceData;

/// <summary>A US state or territory, keyed by its two-digit FIPS code.</summary>
public sealed class UsState
{
    public required string Fips { get; init; }
    /// <summary>USPS code, e.g. "WA".</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>The IANA zone most of the state keeps; facilities may override it.</summary>
    public required string DefaultTimeZone { get; init; }
}

/// <summary>A county or county-equivalent, keyed by its five-digit FIPS code.</summary>
public sealed class UsCounty
{
    public required string Fips { get; init; }
    public required string StateFips { get; init; }
    public required string Name { get; init; }
}

/// <summary>An ERO field office (area of responsibility), e.g. SEA Seattle. HQ is the headquarters bucket ICE data use.</summary>
public sealed class FieldOffice
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    /// <summary>Sources disagree on codes for offices created later (Harlingen); this says where the code comes from.</summary>
    public string? Note { get; init; }
}

/// <summary>Which field office covers a county, from when to when. Offices were redrawn (Harlingen), so assignments carry dates.</summary>
public sealed class CountyAorAssignment
{
    public long Id { get; init; }
    public required string CountyFips { get; init; }
    public required string AorCode { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    /// <summary>Exclusive end; null while current.</summary>
    public DateOnly? EffectiveTo { get; init; }
    public required string Source { get; init; }
}

/// <summary>An ICE detention or holding facility from ICE's facility list (keyed by ICE's DETLOC code).</summary>
public sealed class IceFacility
{
    public required string DetLoc { get; init; }
    public required string Name { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? County { get; init; }
    public string? StateCode { get; init; }
    public string? Zip { get; init; }
    public string? AorCode { get; init; }
    public string? Type { get; init; }
    public string? TypeDetailed { get; init; }
}
