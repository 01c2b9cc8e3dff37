using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Web.Features.Detainers;

// The JSON contract of /api/v1/detainers. Entities are never bound or returned; these records are.

public sealed record LodgeDetainerRequest(
    DetainerFormType? FormType,
    ProbableCauseRequest? ProbableCause,
    WarrantRequest? Warrant,
    SubjectRequest? Subject,
    Guid? FacilityId,
    string? BookingNumber)
{
    public LodgeDetainerCommand ToCommand() => new(
        FormType,
        ProbableCause?.ToBasis() ?? ProbableCauseBasis.None,
        Warrant?.Kind, Warrant?.Number, Warrant?.Date,
        new SubjectDetails(Subject?.FamilyName, Subject?.GivenName, Subject?.MiddleName, Subject?.DateOfBirth, Subject?.Sex, Subject?.CountryOfCitizenship, Subject?.ANumber),
        FacilityId, BookingNumber);
}

/// <summary>The I-247A boxes: Box 1 (a)–(d), or Box 2.</summary>
public sealed record ProbableCauseRequest(
    bool FinalOrderOfRemoval = false,
    bool PendingRemovalProceedings = false,
    bool BiometricAndDatabaseRecords = false,
    bool StatementsOrReliableEvidence = false,
    bool ResumeCustody = false)
{
    public ProbableCauseBasis ToBasis() =>
        (FinalOrderOfRemoval ? ProbableCauseBasis.FinalOrderOfRemoval : 0)
        | (PendingRemovalProceedings ? ProbableCauseBasis.PendingRemovalProceedings : 0)
        | (BiometricAndDatabaseRecords ? ProbableCauseBasis.BiometricAndDatabaseRecords : 0)
        | (StatementsOrReliableEvidence ? ProbableCauseBasis.StatementsOrReliableEvidence : 0)
        | (ResumeCustody ? ProbableCauseBasis.ResumeCustody : 0);

    public static ProbableCauseRequest From(ProbableCauseBasis b) => new(
        b.HasFlag(ProbableCauseBasis.FinalOrderOfRemoval), b.HasFlag(ProbableCauseBasis.PendingRemovalProceedings),
        b.HasFlag(ProbableCauseBasis.BiometricAndDatabaseRecords), b.HasFlag(ProbableCauseBasis.StatementsOrReliableEvidence),
        b.HasFlag(ProbableCauseBasis.ResumeCustody));
}

public sealed record WarrantRequest(WarrantKind? Kind, string? Number, DateOnly? Date);

public sealed record SubjectRequest(string? FamilyName, string? GivenName, string? MiddleName, DateOnly? DateOfBirth, Sex? Sex, string? CountryOfCitizenship, string? ANumber);

public sealed record DetainerResponse(
    Guid Id, DetainerStatus Status, DetainerFormType FormType, ProbableCauseRequest ProbableCause, WarrantRequest Warrant,
    SubjectRequest Subject, string BookingNumber, FacilityRef Facility, OrganisationRef ReceivingAgency, string IssuingOffice,
    DateTime LodgedAt, DateTime? ReceivedAt, int Version,
    DateTime? ServedAt = null, DateTime? EligibleForReleaseAt = null, DateTime? HoldEndsAt = null, string? DecisionCitation = null,
    Guid? FollowsDetainerId = null, Guid? FollowedByDetainerId = null)
{
    public static DetainerResponse From(DetainerDetails d) => new(
        d.Id, d.Status, d.FormType, ProbableCauseRequest.From(d.Basis), new WarrantRequest(d.WarrantKind, d.WarrantNumber, d.WarrantDate),
        new SubjectRequest(d.Subject.FamilyName, d.Subject.GivenName, d.Subject.MiddleName, d.Subject.DateOfBirth, d.Subject.Sex, d.Subject.CountryOfCitizenship, d.Subject.ANumber),
        d.BookingNumber, new FacilityRef(d.FacilityId, d.FacilityName), new OrganisationRef(d.ReceivingAgencyId, d.AgencyName), d.IssuingOfficeCode,
        d.LodgedAtUtc, d.ReceivedAtUtc, d.Version, d.ServedAtUtc, d.EligibleAtUtc, d.HoldEndsAtUtc, d.DecisionCitation);
}

public sealed record FacilityRef(Guid Id, string Name);
public sealed record OrganisationRef(Guid Id, string Name);

public sealed record DetainerSummaryResponse(Guid Id, DetainerStatus Status, DetainerFormType FormType, string SubjectName,
    FacilityRef Facility, string ReceivingAgency, string IssuingOffice, DateTime LodgedAt, DateTime? ReceivedAt);

public sealed record DetainerListResponse(IReadOnlyList<DetainerSummaryResponse> Items, int Total, int Page, int PageSize);

/// <summary>A projected or actual release date, with its UTC offset (e.g. 2026-12-03T17:00:00-06:00).</summary>
public sealed record ReleaseDateRequest(DateTimeOffset? ReleaseAt, string? Reference = null, string? Note = null, string? Reason = null);

/// <summary>
/// The agency tells ICE of the release. Where the recorded decision forbids it, <c>LegalBasis</c> (e.g. "judicial warrant
/// received") with the document as <c>Source</c> overrides it; the basis is kept on the timeline.
/// </summary>
public sealed record ReleaseNoticeRequest(string? Source = null, string? Reference = null, string? Note = null, string? Reason = null, string? LegalBasis = null);

/// <summary>
/// Custody handed to ICE. Where the law forbids the transfer, or allows it only if a condition holds, <c>LegalBasis</c>
/// (e.g. "judicial warrant received") overrides it, and <c>Source</c> must then name the document behind it.
/// </summary>
public sealed record TransferToIceRequest(string? Source = null, string? Reference = null, string? Note = null, string? Reason = null, string? LegalBasis = null);

/// <summary>The person moves to another agency's facility, booked there under <c>BookingNumber</c>; the detainer follows.</summary>
public sealed record AgencyTransferRequest(Guid? FacilityId, string? BookingNumber, string? Reference = null, string? Note = null, string? Reason = null);
