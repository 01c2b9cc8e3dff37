using System.Linq.Expressions;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Infrastructure;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>Whose detainers the cooperation record counts: an agency's users their own agency's, other staff everyone's.</summary>
public sealed record CooperationScope(Guid? AgencyId)
{
    public static CooperationScope For(Caller caller) =>
        new(caller.OrganisationKind == OrganisationKind.LocalAgency ? caller.OrganisationId : null);

    public bool MaySee(Guid agencyId) => AgencyId is null || AgencyId == agencyId;
}

/// <summary>One detainer as the record reads it: where, when, on what inputs, and what was recorded. Never materialised alone, only grouped.</summary>
public sealed class DetainerFactsRow
{
    public Guid Id { get; init; }
    public Guid FacilityId { get; init; }
    public Guid AgencyId { get; init; }
    public string StateCode { get; init; } = "";
    public string CountyFips { get; init; } = "";
    public DateTime LodgedAtUtc { get; init; }
    public DetainerFormType Form { get; init; }
    public ProbableCauseBasis Basis { get; init; }
    public WarrantKind Warrant { get; init; }
    public DetainerStatus Status { get; init; }
    public DetainerStatus? BeforeClose { get; init; }
    public AgencyResponse? Decision { get; init; }
    public bool Notified { get; init; }
    public bool Held { get; init; }
    /// <summary>ICE was told of the release on a recorded legal basis that overrode the law's answer (e.g. a judicial warrant).</summary>
    public bool NotifiedOnLegalBasis { get; init; }
    /// <summary>The transfer to ICE was made on a recorded legal basis that overrode the law's answer.</summary>
    public bool TransferredOnLegalBasis { get; init; }
}

/// <summary>The outcome columns every grouping keeps, so the outcome can be classified after the database has counted.</summary>
public sealed class OutcomeKey
{
    public DetainerStatus Status { get; init; }
    public DetainerStatus? BeforeClose { get; init; }
    public bool Notified { get; init; }
    public bool Held { get; init; }

    public CooperationOutcome Outcome => CooperationOutcomes.Classify(new ObservedFacts(Status, BeforeClose, Notified, Held));
}

public static class CooperationRows
{
    /// <summary>
    /// Every detainer in scope with its facility's place and, for a closed one, the state it was closed from (a closed
    /// detainer has exactly one Close event, so the left join adds no rows).
    /// </summary>
    public static IQueryable<DetainerFactsRow> Facts(AppDbContext db, CooperationScope scope)
    {
        var detainers = scope.AgencyId is { } agency ? db.Detainers.Where(d => d.ReceivingAgencyId == agency) : db.Detainers;
        return from d in detainers
               join f in db.Facilities on d.FacilityId equals f.Id
               join e in db.DetainerEvents.Where(e => e.To == DetainerStatus.Closed) on d.Id equals e.DetainerId into closes
               from close in closes.DefaultIfEmpty()
               select new DetainerFactsRow
               {
                   Id = d.Id,
                   FacilityId = d.FacilityId,
                   AgencyId = d.ReceivingAgencyId,
                   StateCode = f.StateCode,
                   CountyFips = f.CountyFips,
                   LodgedAtUtc = d.LodgedAtUtc,
                   Form = d.FormType,
                   Basis = d.Basis,
                   Warrant = d.WarrantKind,
                   Status = d.Status,
                   BeforeClose = close == null ? null : (DetainerStatus?)close.From,
                   Decision = d.Decision == null ? null : (AgencyResponse?)d.Decision.Response,
                   Notified = d.NotifiedAtUtc != null,
                   Held = d.HoldStartedAtUtc != null,
                   NotifiedOnLegalBasis = d.NotificationLegalBasis != null,
                   TransferredOnLegalBasis = d.TransferLegalBasis != null,
               };
    }

    /// <summary>Detainers lodged in the fiscal year (by the UTC day of lodging, as the policy prediction reads it).</summary>
    public static IQueryable<DetainerFactsRow> LodgedIn(this IQueryable<DetainerFactsRow> rows, Domain.Calendar.FiscalYear year)
    {
        var from = year.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = year.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return rows.Where(r => r.LodgedAtUtc >= from && r.LodgedAtUtc < to);
    }

    /// <summary>
    /// The policy era of the lodging time as a SQL CASE over the era boundaries inside the fiscal year (see
    /// <see cref="PolicyEras"/>), spliced into <paramref name="template"/>'s second parameter.
    /// </summary>
    public static Expression<Func<DetainerFactsRow, TKey>> WithEra<TKey>(
        Expression<Func<DetainerFactsRow, int, TKey>> template, PolicyEras eras, Domain.Calendar.FiscalYear year)
    {
        var row = template.Parameters[0];
        var lodged = Expression.Property(row, nameof(DetainerFactsRow.LodgedAtUtc));
        Expression era = Expression.Constant(eras.EraOf(year.FirstDay));
        foreach (var boundary in eras.Boundaries.Where(b => b > year.FirstDay && b <= year.LastDay))
            era = Expression.Condition(
                Expression.GreaterThanOrEqual(lodged, Expression.Constant(boundary.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))),
                Expression.Constant(eras.EraOf(boundary)), era);
        var body = new Substitute(template.Parameters[1], era).Visit(template.Body);
        return Expression.Lambda<Func<DetainerFactsRow, TKey>>(body, row);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
