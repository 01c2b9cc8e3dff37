using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The agency's decision on a detainer, held to the law of its jurisdiction (issue 4): a hold or a notification the law
/// forbids is refused with the citation; otherwise the decision is recorded with the rule and citation that govern it.
/// </summary>
public static class AgencyDecisions
{
    public static async Task<Func<Detainer, DomainError?>> StepAsync(AppDbContext db, DetainerDetails details, AgencyResponse response,
        string actor, DateTime nowUtc, string? reason, CancellationToken ct)
    {
        // The law is evaluated afresh with the active rule sets, and that evaluation is stored with the decision it governed.
        var (law, book) = await PolicyPrediction.EvaluateAsync(db, await PolicyPrediction.FactsAsync(db, details.Id, ct), ct);
        var governing = response == AgencyResponse.NotifyOnly ? law.NotifyReleaseDate : law.HoldOnDetainer;
        var refusal = response switch
        {
            AgencyResponse.HonourHold when law.HoldOnDetainer.Verdict == PolicyVerdict.Forbidden => Forbidden("hold", law.HoldOnDetainer),
            AgencyResponse.NotifyOnly or AgencyResponse.HonourHold when law.NotifyReleaseDate.Verdict == PolicyVerdict.Forbidden =>
                Forbidden("notification of the release date", law.NotifyReleaseDate),
            _ => null,
        };
        return d =>
        {
            if (refusal is not null) return refusal;
            var error = d.RecordDecision(new AgencyDecision(response, governing.RuleId, governing.Citation),
                new TransitionInput(actor, nowUtc, reason ?? $"Agency decision: {Describe(response)}",
                    new TransitionEvidence("policy engine", string.Join(',', law.RuleSetVersionsApplied))));
            if (error is null)
                PolicyEvaluations.Add(db, d.Id, law, book, PolicyEvaluationOccasion.AgencyDecision, actor, nowUtc, $"Agency decision: {Describe(response)}");
            return error;
        };
    }

    public static string Describe(AgencyResponse response) => response switch
    {
        AgencyResponse.HonourHold => "honour the hold",
        AgencyResponse.NotifyOnly => "notify ICE of release only",
        AgencyResponse.Decline => "decline",
        AgencyResponse.RequiresJudicialWarrant => "requires a judicial warrant",
    };

    private static DomainError Forbidden(string what, PolicyAnswer answer) =>
        new("forbidden-by-law", $"The law here forbids a {what} on this detainer ({answer.Citation}; rule {answer.RuleId}). A judicial warrant or other legal basis must be on file first.");
}
