using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The detainers a caller may see, as a WHERE clause: an agency sees those lodged with it, a field office
/// those it issued, headquarters all. Someone else's detainer is therefore simply not found.
/// </summary>
public static class DetainerScope
{
    public static IQueryable<Detainer> VisibleTo(this IQueryable<Detainer> detainers, Caller caller) => caller.OrganisationKind switch
    {
        OrganisationKind.LocalAgency => detainers.Where(d => d.ReceivingAgencyId == caller.OrganisationId),
        OrganisationKind.FieldOffice => detainers.Where(d => d.IssuingOfficeId == caller.OrganisationId),
        OrganisationKind.Headquarters => detainers,
    };

    public static IQueryable<Detainer> VisibleDetainers(this AppDbContext db, Caller caller) => db.Detainers.VisibleTo(caller);
}
