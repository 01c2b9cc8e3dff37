using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Data.Seeding;

/// <summary>A policy evaluation to store with a demo detainer, as the app stores one when it lodges or records a decision.</summary>
public sealed record DemoEvaluation(Guid Id, PolicyEvaluationOccasion Occasion, DateTime AtUtc, string Actor, string Reason);

/// <summary>The law of a demo detainer's place on its lodging day, evaluated from the same inputs the app evaluates.</summary>
public static class DemoPolicy
{
    /// <summary>
    /// The engine's inputs as the web app's PolicyPrediction builds them: the facility's state, county, city and the
    /// agency's code, with its 287(g) agreement in force that day; the lodging day; form, box and warrant; the booking's charges of known level, dated by the booking.
    /// </summary>
    public static PolicyInputs Inputs(DemoSite site, Detainer detainer, Booking booking) => new(
        new Jurisdiction(site.Facility.StateCode, site.Facility.CountyFips, site.Facility.City, site.Agency.Code),
        DateOnly.FromDateTime(detainer.LodgedAtUtc),
        detainer.FormType,
        detainer.Basis,
        [detainer.WarrantKind],
        Convictions: [],
        Charges: [.. booking.Charges.Where(c => c.Level != ChargeLevel.Unknown)
            .Select(c => new Offence(c.NcicCode, c.Level == ChargeLevel.Felony ? OffenceLevel.Felony : OffenceLevel.Misdemeanor, DateOnly.FromDateTime(booking.BookedAtUtc)))],
        Registries: [],
        Flags: [],
        site.Agency.Agreement287gOn(DateOnly.FromDateTime(detainer.LodgedAtUtc)));

    /// <summary>The stored row, in the format <see cref="PolicyEvaluations.Add"/> writes, with the seeded id.</summary>
    public static StoredPolicyEvaluation Row(Guid detainerId, PolicyDecision decision, string json, string versions, DemoEvaluation e) => new()
    {
        Id = e.Id,
        DetainerId = detainerId,
        Occasion = e.Occasion,
        EvaluatedAtUtc = e.AtUtc,
        EvaluatedBy = e.Actor,
        EvaluationDate = decision.Inputs.EvaluationDate,
        HoldOnDetainer = decision.HoldOnDetainer.Verdict,
        NotifyReleaseDate = decision.NotifyReleaseDate.Verdict,
        TransferToIce = decision.TransferToIce.Verdict,
        ShareInformation = decision.ShareInformation.Verdict,
        IceInterview = decision.IceInterview.Verdict,
        RuleSetVersions = versions,
        DecisionJson = json,
        Reason = e.Reason,
    };
}
