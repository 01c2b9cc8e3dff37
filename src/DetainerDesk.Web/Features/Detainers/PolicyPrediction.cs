using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>The facts of a detainer the policy engine reads, taken from the aggregate (also before it is first saved).</summary>
public sealed record DetainerPolicyFacts(Guid DetainerId, Guid FacilityId, Guid BookingId, DetainerFormType FormType,
    ProbableCauseBasis Basis, WarrantKind WarrantKind, DateTime LodgedAtUtc)
{
    public static DetainerPolicyFacts Of(Detainer d) => new(d.Id, d.FacilityId, d.BookingId, d.FormType, d.Basis, d.WarrantKind, d.LodgedAtUtc);
}

/// <summary>
/// What the layered law of the facility's jurisdiction says about a detainer on the day it was lodged, from the
/// inputs on file (form, probable cause, warrant, current charges), evaluated with the active rule-set versions in the
/// database. Decisions are stored when the detainer is lodged, when the agency decides and when someone asks for a
/// re-evaluation; pages show the stored one and never recompute it silently.
/// </summary>
public static class PolicyPrediction
{
    /// <summary>
    /// The detainer's latest stored decision (its <see cref="PolicyDecision.Recorded"/> says when and with which versions).
    /// Only a detainer lodged before decisions were stored has none: then a live prediction is returned, unstamped,
    /// and the panel says so.
    /// </summary>
    public static async Task<PolicyDecision> ForAsync(AppDbContext db, DetainerDetails detainer, CancellationToken ct) =>
        await PolicyEvaluations.LatestAsync(db, detainer.Id, ct)
        ?? (await EvaluateAsync(db, await FactsAsync(db, detainer.Id, ct), ct)).Decision;

    public static Task<DetainerPolicyFacts> FactsAsync(AppDbContext db, Guid detainerId, CancellationToken ct) =>
        db.Detainers.AsNoTracking().Where(d => d.Id == detainerId)
            .Select(d => new DetainerPolicyFacts(d.Id, d.FacilityId, d.BookingId, d.FormType, d.Basis, d.WarrantKind, d.LodgedAtUtc))
            .SingleAsync(ct);

    /// <summary>Evaluates now, with the active rule sets; stores nothing.</summary>
    public static async Task<(PolicyDecision Decision, ActiveRuleBook Book)> EvaluateAsync(AppDbContext db, DetainerPolicyFacts facts, CancellationToken ct)
    {
        var place = await PlaceOfAsync(db, facts.FacilityId, ct)
            ?? throw new InvalidOperationException($"Facility {facts.FacilityId} of detainer {facts.DetainerId} does not exist.");
        var charges = await (from c in db.Charges
                             where c.BookingId == facts.BookingId
                             join b in db.Bookings on c.BookingId equals b.Id
                             select new ChargeFact(c.NcicCode, c.Level, b.BookedAtUtc))
            .AsNoTracking().ToListAsync(ct);
        var book = await ActiveRuleBook.ForAsync(db, ct);
        return (book.Engine.Evaluate(Inputs(place, facts, charges)), book);
    }

    /// <summary>Evaluates with the active rule sets and adds the decision to the unit of work, to be saved with the step it belongs to.</summary>
    public static async Task<PolicyDecision> RecordAsync(AppDbContext db, DetainerPolicyFacts facts, PolicyEvaluationOccasion occasion,
        string actor, DateTime nowUtc, string? reason, CancellationToken ct)
    {
        var (decision, book) = await EvaluateAsync(db, facts, ct);
        PolicyEvaluations.Add(db, facts.DetainerId, decision, book, occasion, actor, nowUtc, reason);
        return decision;
    }

    public sealed record ChargeFact(string NcicCode, ChargeLevel Level, DateTime BookedAtUtc);

    /// <summary>The engine's inputs for a detainer: the law of its lodging day, its form, box, warrant and current charges.</summary>
    public static PolicyInputs Inputs(PolicyPlace place, DetainerPolicyFacts facts, IEnumerable<ChargeFact> charges) => new(
        place.Jurisdiction,
        DateOnly.FromDateTime(facts.LodgedAtUtc),
        facts.FormType,
        facts.Basis,
        [facts.WarrantKind],
        Convictions: [],
        // A charge of unknown level is left out rather than guessed: the engine must not read more into the record than it holds.
        Charges: [.. charges.Where(c => c.Level != ChargeLevel.Unknown)
            .Select(c => new Offence(c.NcicCode, c.Level == ChargeLevel.Felony ? OffenceLevel.Felony : OffenceLevel.Misdemeanor, DateOnly.FromDateTime(c.BookedAtUtc)))],
        Registries: [],
        Flags: [],
        place.AgreementOn(DateOnly.FromDateTime(facts.LodgedAtUtc)));

    /// <summary>Before lodging: what the law of the chosen facility's jurisdiction would answer today. Null for an unknown facility.</summary>
    public static async Task<PolicyDecision?> PreviewAsync(AppDbContext db, Guid facilityId, DetainerFormType form,
        ProbableCauseBasis basis, WarrantKind? warrant, DateOnly today, CancellationToken ct)
    {
        var place = await PlaceOfAsync(db, facilityId, ct);
        if (place is null) return null;
        var book = await ActiveRuleBook.ForAsync(db, ct);
        return book.Engine.Evaluate(new PolicyInputs(place.Jurisdiction, today, form, basis,
            warrant is { } kind ? [kind] : [], Convictions: [], Charges: [], Registries: [], Flags: [], place.AgreementOn(today)));
    }

    /// <summary>
    /// The facility's place in the layered law, by codes (state, county FIPS, city and the agency's code), with the
    /// agency's 287(g) agreement, which the agency-layer rules read.
    /// </summary>
    public static Task<PolicyPlace?> PlaceOfAsync(AppDbContext db, Guid facilityId, CancellationToken ct) =>
        (from f in db.Facilities
         where f.Id == facilityId
         join a in db.Organisations on f.AgencyId equals a.Id
         select new PolicyPlace(new Jurisdiction(f.StateCode, f.CountyFips, f.City, a.Code), a.Agreement287g, a.Agreement287gFrom))
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
