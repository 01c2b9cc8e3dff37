namespace DetainerDesk.Domain.People;

/// <summary>A criminal arrest booked into a facility. A detainer needs one: ICE may lodge only on someone arrested for a criminal offence.</summary>
public sealed class Booking
{
    public Guid Id { get; init; }
    public Guid PersonId { get; init; }
    public Guid FacilityId { get; init; }
    public required string BookingNumber { get; init; }
    public DateTime BookedAtUtc { get; init; }
    public List<Charge> Charges { get; init; } = [];
}

public enum ChargeLevel { Unknown = 0, Misdemeanor = 1, Felony = 2 }

/// <summary>A charge on a booking, classified by its NCIC offence code.</summary>
public sealed class Charge
{
    public Guid Id { get; init; }
    public Guid BookingId { get; init; }
    /// <summary>Four-digit NCIC offence code (e.g. 5404 = DUI, 3562 = marijuana possession).</summary>
    public required string NcicCode { get; init; }
    public required string Description { get; init; }
    public ChargeLevel Level { get; init; }
}
