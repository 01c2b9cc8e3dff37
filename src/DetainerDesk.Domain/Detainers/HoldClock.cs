using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Common;

namespace DetainerDesk.Domain.Detainers;

/// <summary>
/// The hold limit in force at a facility (domain brief §2.3). The default is the stricter 48 wall-clock hours; a
/// configurable rule counts only hours on working days (no Saturdays, Sundays or federal holidays) in the facility's
/// time zone; a local law may cut the limit, down to zero, which means no hold at all.
/// </summary>
public sealed record HoldLimit(TimeSpan Limit, bool ExcludeWeekendsAndHolidays, string FacilityTimeZoneId)
{
    /// <summary>"Not to exceed 48 hours" (8 CFR 287.7(d)); nothing may lengthen it.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(48);

    public static HoldLimit Default(string facilityTimeZoneId) => new(Maximum, false, facilityTimeZoneId);

    public DomainError? Validate()
    {
        if (Limit < TimeSpan.Zero || Limit > Maximum)
            return new DomainError("hold-limit-invalid", "A hold limit is between zero and 48 hours; local rules may shorten it, nothing may lengthen it.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(FacilityTimeZoneId, out _))
            return new DomainError("time-zone-unknown", $"'{FacilityTimeZoneId}' is not a known IANA time zone.");
        return null;
    }
}

/// <summary>An alert due before a hold ends (domain brief §6.2 item 5).</summary>
public sealed record HoldAlert(TimeSpan BeforeEnd, DateTime DueUtc);

/// <summary>Pure functions over the hold limit: when a hold must end, and when to warn that it will.</summary>
public static class HoldClock
{
    public static readonly IReadOnlyList<TimeSpan> AlertLeadTimes = [TimeSpan.FromHours(24), TimeSpan.FromHours(4), TimeSpan.FromHours(1)];

    /// <summary>
    /// The moment a hold must end, counted from when the person became eligible for release. With the working-day rule,
    /// time on excluded local days does not count (release due Thursday 17:00 → hold to Monday 17:00, §2.3).
    /// The limit must be valid (<see cref="HoldLimit.Validate"/>).
    /// </summary>
    public static DateTime EndOf(DateTime eligibleAtUtc, HoldLimit rule)
    {
        if (rule.Limit <= TimeSpan.Zero) return eligibleAtUtc;
        if (!rule.ExcludeWeekendsAndHolidays) return eligibleAtUtc + rule.Limit;

        var zone = TimeZoneInfo.FindSystemTimeZoneById(rule.FacilityTimeZoneId);
        var remaining = rule.Limit;
        var cursor = eligibleAtUtc;
        while (true)
        {
            var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(cursor, zone));
            var nextMidnightUtc = LocalMidnightUtc(localDay.AddDays(1), zone);
            if (!FederalHolidays.IsWeekendOrHoliday(localDay))
            {
                var available = nextMidnightUtc - cursor;
                if (remaining <= available) return cursor + remaining;
                remaining -= available;
            }
            cursor = nextMidnightUtc;
        }
    }

    /// <summary>The 24 h, 4 h and 1 h alerts before <paramref name="holdEndUtc"/> that are still ahead when the hold starts.</summary>
    public static IReadOnlyList<HoldAlert> AlertsFor(DateTime holdStartUtc, DateTime holdEndUtc) =>
        AlertLeadTimes.Select(lead => new HoldAlert(lead, holdEndUtc - lead)).Where(a => a.DueUtc > holdStartUtc).ToList();

    private static DateTime LocalMidnightUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A few zones skip midnight when daylight saving starts; the day then begins at the first valid minute.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
