namespace DetainerDesk.Domain.Organisations;

/// <summary>A jail or prison run by a local agency. Detainers are lodged with the agency that holds the person at a facility.</summary>
public sealed class Facility
{
    public Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public Guid AgencyId { get; init; }
    public required string City { get; set; }
    public required string StateCode { get; set; }
    public required string CountyFips { get; set; }
    public required string AorCode { get; set; }
    /// <summary>IANA time zone used for local-day rules (weekends, holidays) and display.</summary>
    public required string TimeZone { get; set; }
}
