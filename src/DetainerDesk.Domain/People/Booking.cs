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
    /// <summary>When the person left the facility on this booking; null while in custody (or not yet reported).</summary>
    public DateTime? ReleasedAtUtc { get; private set; }
    public BookingReleaseReason? ReleaseReason { get; private set; }

    /// <summary>
    /// Records the release. A booking ends once: the same release again changes nothing (false), and a different one is
    /// refused with the reason (<see cref="ReleaseRefusal"/>), so a later export cannot silently rewrite when someone left.
    /// The time is kept to the second, as exports give it, so the API and a later export agree on the same release.
    /// </summary>
    public (bool Changed, string? Refusal) Release(DateTime releasedAtUtc, BookingReleaseReason reason)
    {
        if (ReleaseRefusal(releasedAtUtc, reason) is { } refusal) return (false, refusal);
        if (ReleasedAtUtc is not null) return (false, null);
        ReleasedAtUtc = BookingTimes.ToSecond(releasedAtUtc);
        ReleaseReason = reason;
        return (true, null);
    }

    /// <summary>Why <see cref="Release"/> would refuse this release, or null when it would take it (or already has it).</summary>
    public string? ReleaseRefusal(DateTime releasedAtUtc, BookingReleaseReason reason)
    {
        if (releasedAtUtc.Kind != DateTimeKind.Utc) return "The release time must be given in UTC.";
        if (releasedAtUtc < BookedAtUtc) return $"The release ({releasedAtUtc:u}) is before the booking ({BookedAtUtc:u}).";
        if (ReleasedAtUtc is { } known && (BookingTimes.ToSecond(known) != BookingTimes.ToSecond(releasedAtUtc) || ReleaseReason != reason))
            return $"The booking is already recorded as released at {known:u} ({ReleaseReason}); a different release is not taken over it.";
        return null;
    }
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
    /// <summary>The highest charge number a jail gives on one booking.</summary>
    public const int MaxSequence = 999;
    /// <summary>The charge's number on its booking as the jail's records system numbers it (1, 2, …); null when the sender gave none.</summary>
    public int? Sequence { get; init; }
}
