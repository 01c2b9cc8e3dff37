using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// What the layered law of the facility's jurisdiction says about a detainer on the day it was lodged, from the
/// inputs on file (form, probable cause, warrant, current charges). A prediction shown to both sides; the agency's
/// own recorded decision is a later step of the lifecycle.
/// </summary>
public static class PolicyPrediction
{
    public static async Task<PolicyDecision> ForAsync(AppDbContext db, DetainerDetails detainer, CancellationToken ct)
    {
        var jurisdiction = await JurisdictionOfAsync(db, detainer.FacilityId, ct)
            ?? throw new InvalidOperationException($"Facility {detainer.FacilityId} of detainer {detainer.Id} does not exist.");
        var charges = await (from b in db.Bookings
                             where b.BookingNumber == detainer.BookingNumber && b.FacilityId == detainer.FacilityId
                             from c in b.Charges
                             select new { c.NcicCode, c.Level, b.BookedAtUtc })
            .AsNoTracking().ToListAsync(ct);

        var lodgedOn = DateOnly.FromDateTime(detainer.LodgedAtUtc);
        var inputs = new PolicyInputs(
            jurisdiction,
            lodgedOn,
            detainer.FormType,
            detainer.Basis,
            [detainer.WarrantKind],
            Convictions: [],
            // A charge of unknown level is left out rather than guessed: the engine must not read more into the record than it holds.
            Charges: [.. charges.Where(c => c.Level != ChargeLevel.Unknown)
                .Select(c => new Offence(c.NcicCode, c.Level == ChargeLevel.Felony ? OffenceLevel.Felony : OffenceLevel.Misdemeanor, DateOnly.FromDateTime(c.BookedAtUtc)))],
            Registries: [],
            Flags: []);
        return PolicyEngine.Default.Evaluate(inputs);
    }

    /// <summary>Before lodging: what the law of the chosen facility's jurisdiction would answer today. Null for an unknown facility.</summary>
    public static async Task<PolicyDecision?> PreviewAsync(AppDbContext db, Guid facilityId, DetainerDesk.Domain.Detainers.DetainerFormType form,
        DetainerDesk.Domain.Detainers.ProbableCauseBasis basis, DetainerDesk.Domain.Detainers.WarrantKind? warrant, DateOnly today, CancellationToken ct)
    {
        var jurisdiction = await JurisdictionOfAsync(db, facilityId, ct);
        if (jurisdiction is null) return null;
        return PolicyEngine.Default.Evaluate(new PolicyInputs(jurisdiction, today, form, basis,
            warrant is { } kind ? [kind] : [], Convictions: [], Charges: [], Registries: [], Flags: []));
    }

    /// <summary>The facility's place in the layered law, by codes: state, county FIPS, city and the agency's code.</summary>
    private static Task<Jurisdiction?> JurisdictionOfAsync(AppDbContext db, Guid facilityId, CancellationToken ct) =>
        (from f in db.Facilities
         where f.Id == facilityId
         join a in db.Organisations on f.AgencyId equals a.Id
         select new Jurisdiction(f.StateCode, f.CountyFips, f.City, a.Code))
        .AsNoTracking().SingleOrDefaultAsync(ct);

    public static string Question(PolicyQuestion question) => question switch
    {
        PolicyQuestion.HoldOnDetainer => "Hold up to 48 hours on the detainer",
        PolicyQuestion.NotifyReleaseDate => "Tell ICE the release date",
        PolicyQuestion.TransferToIce => "Transfer the person to ICE",
        PolicyQuestion.ShareInformation => "Share information with ICE",
        PolicyQuestion.IceInterview => "Let ICE interview the person",
    };

    public static string Verdict(PolicyAnswer answer) => answer.Verdict switch
    {
        PolicyVerdict.Forbidden => "Forbidden",
        PolicyVerdict.AllowedOnlyIf => "Only if",
        PolicyVerdict.Allowed => "Allowed",
        PolicyVerdict.Required => "Required",
    };

    public static string TagClass(PolicyVerdict verdict) => verdict switch
    {
        PolicyVerdict.Forbidden => "dd-verdict dd-verdict--forbidden",
        PolicyVerdict.AllowedOnlyIf => "dd-verdict dd-verdict--conditional",
        PolicyVerdict.Allowed => "dd-verdict dd-verdict--allowed",
        PolicyVerdict.Required => "dd-verdict dd-verdict--required",
    };
}
