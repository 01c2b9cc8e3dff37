using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Tests.Detainers;

/// <summary>Builds detainers part-way through their life for the scenario tests. Times count in hours from <see cref="Commands.Now"/>.</summary>
internal static class Lifecycle
{
    public static readonly HoldLimit Chicago48 = HoldLimit.Default("America/Chicago");
    public static readonly AgencyDecision Honour = new(AgencyResponse.HonourHold, "federal-default", "8 CFR 287.7(d)");

    /// <summary>The federal baseline's transfer answer: the hand-over to ICE is lawful.</summary>
    public static readonly PolicyAnswer TransferAllowed = Transfer(PolicyVerdict.Allowed, "fed-287.7-transfer", "8 CFR 287.7(a), (d)");

    public static PolicyAnswer Transfer(PolicyVerdict verdict, string ruleId, string citation, string? condition = null, params string[] notes) =>
        new(PolicyQuestion.TransferToIce, verdict, condition, ruleId, citation, notes, [], []);

    public static DateTime At(double hours) => Commands.Now.AddHours(hours);

    public static TransitionInput By(string actor, double hours, string source = "jail management system") =>
        new(actor, At(hours), $"step by {actor}", new TransitionEvidence(source, "JMS-1"));

    public static Detainer Lodged(DetainerFormType form = DetainerFormType.I247A) =>
        Detainer.Lodge(Commands.Valid() with { FormType = form }, Commands.Context()).Value!;

    /// <summary>Acknowledged, decided and served, one hour apart.</summary>
    public static Detainer Served(AgencyDecision? decision = null, DetainerFormType form = DetainerFormType.I247A)
    {
        var d = Lodged(form);
        Ok(d.Acknowledge("clerk", At(1)));
        Ok(d.RecordDecision(decision ?? Honour, By("sergeant", 2)));
        Ok(d.RecordService(By("deputy", 3)));
        return d;
    }

    /// <summary>Served, eligible for release at hour 10 (bond posted), hold started at hour 10.5.</summary>
    public static Detainer Holding()
    {
        var d = Served();
        Ok(d.RecordReleaseEligible(ReleaseTrigger.BondPostedOrOwnRecognizance, At(10), By("clerk", 10)));
        Ok(d.StartHold(Chicago48, By("sergeant", 10.5)));
        return d;
    }

    public static void Ok(DetainerDesk.Domain.Common.DomainError? refusal) => Assert.Null(refusal);
}
