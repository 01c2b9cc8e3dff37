using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Features.Detainers;

namespace DetainerDesk.Web.Features.Bookings;

// The JSON contract of /api/v1/bookings, as a jail management system sends and reads it.

/// <summary>A booking pushed by the jail: who (strong identifiers link re-arrests), where, when, and the charges.</summary>
public sealed record RecordBookingRequest(
    string? BookingNumber,
    Guid? FacilityId,
    DateTimeOffset? BookedAt,
    BookedPersonRequest? Person,
    IReadOnlyList<ChargeRequest>? Charges);

/// <summary>The person as booked. A-number, FBI number and state SID are optional, but only they link a re-arrest.</summary>
public sealed record BookedPersonRequest(
    string? FamilyName, string? GivenName, string? MiddleName, DateOnly? DateOfBirth, Sex? Sex, string? CountryOfCitizenship,
    string? ANumber, string? FbiNumber, string? StateId);

/// <summary>
/// One charge: its four-digit NCIC offence code, the charge as written, its level, and optionally its number on the
/// booking as the jail numbers charges (1–999, the export's <c>charge_seq</c>), which lets a later export match it.
/// </summary>
public sealed record ChargeRequest(string? NcicCode, string? Description, ChargeLevel? Level, int? Sequence = null);

/// <summary>
/// The person left the facility on this booking: when (with its UTC offset; kept to the second) and why, in the words
/// of the export's <c>release_reason</c> (<see cref="BookingReleaseReasons"/>: Bond, ROR, Time Served, …).
/// </summary>
public sealed record ReleaseBookingRequest(DateTimeOffset? ReleasedAt, string? Reason);

public sealed record BookingResponse(
    Guid Id, string BookingNumber, FacilityRef Facility, DateTime BookedAt, BookedPersonResponse Person, IReadOnlyList<ChargeResponse> Charges,
    BookingReleaseResponse? Release, bool ReArrest, int EarlierBookings, IReadOnlyList<EarlierDetainerResponse> EarlierDetainers, string? MatchedBy = null);

public sealed record BookedPersonResponse(Guid Id, string FamilyName, string GivenName, string? MiddleName, DateOnly DateOfBirth, Sex Sex,
    string? ANumber, string? FbiNumber, string? StateId);

public sealed record ChargeResponse(string NcicCode, string Description, ChargeLevel Level, int? Sequence);

/// <summary>The booking's release; null while the person is in custody (or the release was not reported).</summary>
public sealed record BookingReleaseResponse(DateTime ReleasedAt, BookingReleaseReason Reason);

/// <summary>
/// A detainer from the person's earlier bookings and how it ended (<c>Outcome</c>: the status it ended in, also when
/// since closed). Facility and booking are shown only for detainers the caller's organisation may see.
/// </summary>
public sealed record EarlierDetainerResponse(
    Guid Id, DetainerFormType FormType, DetainerStatus Status, DetainerStatus Outcome, string OutcomeText, DateTime LodgedAt, DateTime? EndedAt,
    string IssuingOffice, bool Visible, string? Facility, string? BookingNumber);
