using System.Globalization;
using DetainerDesk.Domain.Imports;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Imports.JailBookings;

/// <summary>One row of a jail's export, checked on its own: the booking, and at most one charge, release and detainer receipt.</summary>
public sealed record JailBookingRow(
    long Line,
    Facility Facility,
    string BookingNumber,
    DateTime BookedAtUtc,
    BookedPerson Person,
    StrongIdentifiers Identifiers,
    RowCharge? Charge,
    RowRelease? Release,
    RowDetainerReceipt? Detainer);

public sealed record BookedPerson(string FamilyName, string GivenName, string? MiddleName, DateOnly DateOfBirth, Sex Sex, string? CountryOfCitizenship);
public sealed record RowCharge(int Sequence, string NcicCode, string Description, ChargeLevel Level);
public sealed record RowRelease(DateTime AtUtc, BookingReleaseReason Reason);
public sealed record RowDetainerReceipt(Guid DetainerId, DateTime ReceivedAtUtc);

/// <summary>
/// The columns of the jail-bookings CSV (docs/jail-bookings.md) and the checks that need nothing but the row and the
/// agency's facilities. What needs the database (the person, the booking already recorded, the detainer) is
/// <see cref="JailBookingWriter"/>'s.
/// </summary>
public sealed class JailBookingColumns(IReadOnlyDictionary<string, Facility> facilitiesByCode, string agencyCode)
{
    public const int FacilityCode = 0, BookingNumber = 1, BookedAt = 2, FamilyName = 3, GivenName = 4, MiddleName = 5, DateOfBirth = 6,
        SexCol = 7, Citizenship = 8, ANumberCol = 9, FbiNumber = 10, StateId = 11, ChargeSeq = 12, NcicCode = 13, ChargeDescription = 14,
        ChargeLevelCol = 15, ReleasedAt = 16, ReleaseReason = 17, DetainerId = 18, DetainerReceivedAt = 19;

    public const int MaxBookingNumberLength = 40, MaxNameLength = 100, MaxChargeSequence = Charge.MaxSequence;
    /// <summary>The same limits as the bookings API (<see cref="BookingTimes"/>).</summary>
    public static readonly DateTime EarliestBooking = BookingTimes.Earliest;
    public static readonly TimeSpan ClockSkew = BookingTimes.ClockSkew;

    public static readonly ImportColumn[] List =
    [
        new("facility_code", true, "Facility", "Facility Code"),
        new("booking_number", true, "Booking Number", "Booking No", "booking_no", "Booking"),
        new("booked_at", true, "Booking Date", "Booked At", "booking_datetime", "Booking Date Time"),
        new("family_name", true, "Last Name", "last_name", "Surname"),
        new("given_name", true, "First Name", "first_name"),
        new("middle_name", false, "Middle Name"),
        new("date_of_birth", true, "DOB", "Date of Birth", "birth_date"),
        new("sex", false, "Gender"),
        new("country_of_citizenship", false, "Citizenship", "Country of Citizenship"),
        new("a_number", false, "A-Number", "Alien Number", "anumber"),
        new("fbi_number", false, "FBI Number", "FBI", "UCN"),
        new("state_id", false, "SID", "State ID", "State SID"),
        new("charge_seq", false, "Charge Sequence", "Charge Seq", "Charge No", "Charge Number"),
        new("ncic_code", false, "NCIC Code", "NCIC", "Offense Code"),
        new("charge_description", false, "Charge Description", "Charge", "Offense", "Offense Description"),
        new("charge_level", false, "Charge Level", "Level", "Severity"),
        new("released_at", false, "Release Date", "Released At", "release_datetime"),
        new("release_reason", false, "Release Reason"),
        new("detainer_id", false, "Detainer ID", "Detainer Number", "detainer_number"),
        new("detainer_received_at", false, "Detainer Received", "Detainer Received At", "detainer_received_date"),
    ];

    private static readonly string[] LocalTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm tt", "M/d/yyyy h:mm:ss tt",
    ];
    private static readonly string[] OffsetTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "M/d/yyyy"];

    /// <summary>The row, or null after adding at least one reject. Values have passed <see cref="CellChecks"/>.</summary>
    public JailBookingRow? Read(SourceRow row, ColumnMap columns, ImportRowContext context, DateTime nowUtc, List<RejectReason> rejects)
    {
        string? V(int c) => columns.Value(row, c);
        void Reject(int c, string? value, string reason) => rejects.Add(new RejectReason(List[c].Name, value, reason));

        Facility? facility = null;
        if (V(FacilityCode) is not { } code) Reject(FacilityCode, null, "the facility code is missing");
        else if (!facilitiesByCode.TryGetValue(code, out facility))
            Reject(FacilityCode, code, $"not a facility of agency {agencyCode} (its facilities: {string.Join(", ", facilitiesByCode.Values.Select(f => f.Code).Order())}); an import writes only to the named agency's facilities");

        var number = V(BookingNumber);
        if (number is null) Reject(BookingNumber, null, "the booking number is missing");
        else if (number.Length > MaxBookingNumberLength) Reject(BookingNumber, number, $"a booking number has at most {MaxBookingNumberLength} characters");

        var latest = nowUtc + ClockSkew;
        DateTime? bookedAt = null;
        if (facility is not null) bookedAt = Time(BookedAt, required: true, EarliestBooking, "1980", latest, facility);

        var family = Name(FamilyName, required: true);
        var given = Name(GivenName, required: true);
        var middle = Name(MiddleName, required: false);
        var dob = Day(DateOfBirth, DateOnly.FromDateTime(nowUtc));
        var sex = SexOf(V(SexCol));
        var citizenship = Name(Citizenship, required: false);

        var aNumber = Identifier(ANumberCol, ANumber.TryNormalise, "an A-number is A followed by 8 or 9 digits");
        var fbi = Identifier(FbiNumber, RecordNumber.TryNormalise, $"an FBI number is letters and digits, at most {RecordNumber.MaxLength}");
        var sid = Identifier(StateId, RecordNumber.TryNormalise, $"a state SID is letters and digits, at most {RecordNumber.MaxLength}");

        var charge = ReadCharge();
        var release = ReadRelease();
        var detainer = ReadDetainer();
        if (rejects.Count > 0) return null;

        return new JailBookingRow(row.Line, facility!, number!, bookedAt!.Value,
            new BookedPerson(family!, given!, middle, dob!.Value, sex, citizenship), new StrongIdentifiers(aNumber, fbi, sid), charge, release, detainer);

        string? Name(int c, bool required)
        {
            var value = V(c);
            if (value is null)
            {
                if (required) Reject(c, null, $"the {List[c].Name.Replace('_', ' ')} is missing");
                return null;
            }
            if (value.Length > MaxNameLength) Reject(c, value, $"at most {MaxNameLength} characters");
            return string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        DateOnly? Day(int c, DateOnly today)
        {
            var value = V(c);
            if (value is null) { Reject(c, null, "the date of birth is missing"); return null; }
            if (!DateOnly.TryParseExact(value, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                Reject(c, value, "not a date: expected YYYY-MM-DD (or M/D/YYYY)");
                return null;
            }
            if (day.Year < 1900 || day > today) { Reject(c, value, $"a date of birth lies between 1900 and today ({today:yyyy-MM-dd})"); return null; }
            return day;
        }

        DateTime? Time(int c, bool required, DateTime earliest, string earliestText, DateTime latestUtc, Facility at)
        {
            var value = V(c);
            if (value is null)
            {
                if (required) Reject(c, null, $"the {List[c].Name.Replace('_', ' ')} time is missing");
                return null;
            }
            var (utc, problem) = ParseTime(value, at.TimeZone);
            if (utc is null) { Reject(c, value, problem!); return null; }
            if (utc < earliest) { Reject(c, value, $"the time is before {earliestText}"); return null; }
            if (utc > latestUtc) { Reject(c, value, "the time is in the future"); return null; }
            return utc;
        }

        string? Identifier(int c, TryNormalise normalise, string rule)
        {
            var value = V(c);
            if (value is null) return null;
            if (normalise(value, out var normalised)) return normalised;
            Reject(c, value, rule);
            return null;
        }

        RowCharge? ReadCharge()
        {
            var (seq, ncic, description, level) = (V(ChargeSeq), V(NcicCode), V(ChargeDescription), V(ChargeLevelCol));
            if (seq is null && ncic is null && description is null && level is null) return null;
            var ok = true;
            if (seq is null || !int.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence is < 1 or > MaxChargeSequence)
            {
                Reject(ChargeSeq, seq, seq is null
                    ? "a row with a charge gives its charge number on the booking (1, 2, …), which keeps a re-import from adding it twice"
                    : $"a charge number is a whole number from 1 to {MaxChargeSequence}");
                ok = false;
                sequence = 0;
            }
            if (ncic is not { Length: 4 } || !ncic.All(char.IsAsciiDigit))
            {
                Reject(NcicCode, ncic, ncic is null ? "a row with a charge gives its NCIC offence code" : "an NCIC offence code is four digits, e.g. 5404");
                ok = false;
            }
            if (description is null) { Reject(ChargeDescription, null, "a row with a charge describes it"); ok = false; }
            var parsedLevel = LevelOf(level);
            if (parsedLevel is null) { Reject(ChargeLevelCol, level, "the level is F (felony), M (misdemeanor) or blank (unknown)"); ok = false; }
            return ok ? new RowCharge(sequence, ncic!, description!, parsedLevel!.Value) : null;
        }

        RowRelease? ReadRelease()
        {
            var (at, reason) = (V(ReleasedAt), V(ReleaseReason));
            if (at is null && reason is null) return null;
            if (at is null) { Reject(ReleasedAt, null, "a release reason without the release time; give both or neither"); return null; }
            var parsedReason = BookingReleaseReasons.Parse(reason);
            if (parsedReason is null)
                Reject(ReleaseReason, reason, BookingReleaseReasons.Refusal(reason));
            var utc = facility is null ? null : Time(ReleasedAt, required: true, EarliestBooking, "1980", latest, facility);
            if (utc is not null && bookedAt is not null && utc < bookedAt) { Reject(ReleasedAt, at, "the release is before the booking"); return null; }
            return utc is null || parsedReason is null ? null : new RowRelease(utc.Value, parsedReason.Value);
        }

        RowDetainerReceipt? ReadDetainer()
        {
            var (id, at) = (V(DetainerId), V(DetainerReceivedAt));
            if (id is null && at is null) return null;
            if (id is null) { Reject(DetainerId, null, "a detainer receipt time without the detainer's id; give both or neither"); return null; }
            if (!Guid.TryParse(id, out var detainerId))
            {
                Reject(DetainerId, id, "not a DetainerDesk detainer id (as on the detainer and in the API, e.g. 0193f0c2-7d1e-7a40-9a55-2f1f2e6c1a10)");
                return null;
            }
            if (at is null) { Reject(DetainerReceivedAt, null, "a detainer without the time it was received; give both or neither"); return null; }
            var utc = facility is null ? null : Time(DetainerReceivedAt, required: true, EarliestBooking, "1980", latest, facility);
            return utc is null ? null : new RowDetainerReceipt(detainerId, utc.Value);
        }

        Sex SexOf(string? value)
        {
            if (value is null) return Sex.Unknown;
            switch (Vocabulary.Key(value))
            {
                case "M" or "MALE": return Sex.Male;
                case "F" or "FEMALE": return Sex.Female;
                case "U" or "UNKNOWN": return Sex.Unknown;
                default:
                    context.NoteUnmapped(List[SexCol].Name, value);
                    return Sex.Unknown;
            }
        }
    }

    private delegate bool TryNormalise(string? input, out string normalised);

    private static ChargeLevel? LevelOf(string? value) => value is null ? ChargeLevel.Unknown : Vocabulary.Key(value) switch
    {
        "F" or "FEL" or "FELONY" => ChargeLevel.Felony,
        "M" or "MIS" or "MISD" or "MISDEMEANOR" or "MISDEMEANOUR" or "GM" or "GROSSMISDEMEANOR" => ChargeLevel.Misdemeanor,
        "U" or "UNKNOWN" => ChargeLevel.Unknown,
        _ => null,
    };

    /// <summary>
    /// A time with its UTC offset (ISO 8601) as given; a time without one is the facility's local time, which is what
    /// records systems export. A local time that does not exist (the hour skipped when clocks go forward) is refused;
    /// one that happens twice (clocks go back) is read as standard time.
    /// </summary>
    public static (DateTime? Utc, string? Problem) ParseTime(string value, string timeZoneId)
    {
        if (DateTimeOffset.TryParseExact(value, OffsetTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            return (withOffset.UtcDateTime, null);
        if (!DateTime.TryParseExact(value, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return (null, "not a date and time: expected YYYY-MM-DDTHH:MM[:SS] with or without a UTC offset (e.g. 2026-03-01T08:15:00-08:00), or M/D/YYYY H:MM");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
            return (null, $"the time has no UTC offset and the facility's time zone ({timeZoneId}) is unknown here; give the offset");
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return (null, $"this local time does not exist in {timeZoneId} (the clocks went forward); give the UTC offset");
        return (TimeZoneInfo.ConvertTimeToUtc(local, zone), null);
    }
}
