namespace DetainerDesk.Domain.People;

/// <summary>
/// The times a booking and its release may carry, whoever sends them (the jail-bookings import, the bookings API), so
/// both fronts take and refuse the same values.
/// </summary>
public static class BookingTimes
{
    /// <summary>Nothing a jail holds today was booked before this; an earlier time is a misread value.</summary>
    public static readonly DateTime Earliest = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Clocks of the sending system may run a little ahead; more than this is a future time, not a skew.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Why a booking or release time cannot be taken, or null.</summary>
    public static string? Problem(DateTime utc, DateTime nowUtc) =>
        utc < Earliest ? "the time is before 1980" : utc > nowUtc + ClockSkew ? "the time is in the future" : null;

    /// <summary>Exports give times to the second: a release kept to the second is the same whichever front reports it first.</summary>
    public static DateTime ToSecond(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
