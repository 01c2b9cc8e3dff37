namespace DetainerDesk.Web.Features.Shared;

/// <summary>Turns a day and time typed in a facility's local zone into the UTC instant the domain records.</summary>
public static class FacilityLocalInput
{
    /// <summary>Null when the time does not exist there (the hour skipped when daylight saving time begins).</summary>
    public static DateTime? ToUtc(DateOnly day, TimeOnly time, string timeZone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
            return DateTime.SpecifyKind(local, DateTimeKind.Utc);
        if (zone.IsInvalidTime(local)) return null;
        // An hour repeated when daylight saving time ends is read as its first occurrence (the earlier instant).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>Today's date at the facility.</summary>
    public static DateOnly Today(DateTime nowUtc, string timeZone) => DateOnly.FromDateTime(FacilityClock.ToLocal(nowUtc, timeZone).Local);
}
