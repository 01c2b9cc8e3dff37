using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>Which detainers a list shows; <c>LodgedBy</c> narrows it to those one officer lodged (an actor id), within the caller's scope.</summary>
public sealed record DetainerFilter(DetainerStatus? Status = null, Guid? FacilityId = null, int Page = 1, int PageSize = 25, string? LodgedBy = null)
{
    public const int MaxPageSize = 200;
    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}

public sealed record DetainerListItem(
    Guid Id, DetainerStatus Status, DetainerFormType FormType, DateTime LodgedAtUtc, DateTime? ReceivedAtUtc,
    string SubjectName, Guid FacilityId, string FacilityName, string FacilityTimeZone, string AgencyName, string IssuingOfficeCode);

public sealed record DetainerPage(IReadOnlyList<DetainerListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record DetainerDetails(
    Guid Id, DetainerStatus Status, DetainerFormType FormType, ProbableCauseBasis Basis,
    WarrantKind WarrantKind, string WarrantNumber, DateOnly WarrantDate,
    DateTime LodgedAtUtc, string LodgedBy, DateTime? ReceivedAtUtc, string? ReceivedBy, int Version,
    SubjectView Subject, string BookingNumber,
    Guid FacilityId, string FacilityName, string FacilityTimeZone,
    Guid ReceivingAgencyId, string AgencyName, string IssuingOfficeCode, string IssuingOfficeName,
    DateTime? ServedAtUtc = null, DateTime? EligibleAtUtc = null, DateTime? HoldEndsAtUtc = null, string? DecisionCitation = null);

public sealed record SubjectView(string FamilyName, string GivenName, string? MiddleName, DateOnly DateOfBirth, Sex Sex, string CountryOfCitizenship, string? ANumber);

public sealed record FacilityOption(Guid Id, string Name, string AgencyName, string StateCode);

/// <summary>The reads of the detainer capability, each scoped to the caller. Callers audit the reads of personal data.</summary>
public static class DetainerQueries
{
    public static async Task<DetainerPage> ListAsync(AppDbContext db, Caller caller, DetainerFilter filter, CancellationToken ct)
    {
        var query = db.VisibleDetainers(caller);
        if (filter.Status is { } status) query = query.Where(d => d.Status == status);
        if (filter.FacilityId is { } facility) query = query.Where(d => d.FacilityId == facility);
        if (filter.LodgedBy is { } lodger) query = query.Where(d => d.LodgedByUserId == lodger);

        var total = await query.CountAsync(ct);
        var items = await (
            from d in query
            join p in db.Persons on d.PersonId equals p.Id
            join f in db.Facilities on d.FacilityId equals f.Id
            join a in db.Organisations on d.ReceivingAgencyId equals a.Id
            join o in db.Organisations on d.IssuingOfficeId equals o.Id
            orderby d.LodgedAtUtc descending, d.Id
            select new DetainerListItem(d.Id, d.Status, d.FormType, d.LodgedAtUtc, d.ReceivedAtUtc,
                p.FamilyName + ", " + p.GivenName, f.Id, f.Name, f.TimeZone, a.Name, o.Code))
            .Skip((filter.SafePage - 1) * filter.SafePageSize)
            .Take(filter.SafePageSize)
            .ToListAsync(ct);
        return new DetainerPage(items, total, filter.SafePage, filter.SafePageSize);
    }

    public static Task<DetainerDetails?> FindAsync(AppDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        (from d in db.VisibleDetainers(caller)
         where d.Id == id
         join p in db.Persons on d.PersonId equals p.Id
         join b in db.Bookings on d.BookingId equals b.Id
         join f in db.Facilities on d.FacilityId equals f.Id
         join a in db.Organisations on d.ReceivingAgencyId equals a.Id
         join o in db.Organisations on d.IssuingOfficeId equals o.Id
         join lu in db.Users on d.LodgedByUserId equals lu.Id into lodgers
         from lu in lodgers.DefaultIfEmpty()
         join ru in db.Users on d.ReceivedByUserId equals ru.Id into receivers
         from ru in receivers.DefaultIfEmpty()
         select new DetainerDetails(d.Id, d.Status, d.FormType, d.Basis, d.WarrantKind, d.WarrantNumber, d.WarrantDate,
             d.LodgedAtUtc, lu != null ? lu.DisplayName : d.LodgedByUserId, d.ReceivedAtUtc, ru != null ? ru.DisplayName : d.ReceivedByUserId, d.Version,
             new SubjectView(p.FamilyName, p.GivenName, p.MiddleName, p.DateOfBirth, p.Sex, p.CountryOfCitizenship, p.ANumber),
             b.BookingNumber, f.Id, f.Name, f.TimeZone, a.Id, a.Name, o.Code, o.Name,
             d.ServedAtUtc, d.EligibleAtUtc, d.HoldEndsAtUtc, d.Decision != null ? d.Decision!.Citation : null))
        .AsNoTracking()
        .SingleOrDefaultAsync(ct);

    /// <summary>Facilities the caller may pick: an agency its own, ICE and headquarters all.</summary>
    public static Task<List<FacilityOption>> FacilitiesAsync(AppDbContext db, Caller caller, CancellationToken ct)
    {
        var facilities = caller.OrganisationKind == Domain.Organisations.OrganisationKind.LocalAgency
            ? db.Facilities.Where(f => f.AgencyId == caller.OrganisationId)
            : db.Facilities;
        return (from f in facilities
                join a in db.Organisations on f.AgencyId equals a.Id
                orderby f.StateCode, f.Name
                select new FacilityOption(f.Id, f.Name, a.Name, f.StateCode)).AsNoTracking().ToListAsync(ct);
    }
}
